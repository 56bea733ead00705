package id.akuntara.core.reviu;

/** Kind of finding: a printed figure that is wrong, or one that is the truncated instead of the rounded value. */
public enum JenisTemuan {
    SALAH("salah"),
    PEMBULATAN("pembulatan");

    private final String kode;

    JenisTemuan(String kode) {
        this.kode = kode;
    }

    public String kode() {
        return kode;
    }
}
