package id.akuntara.core.galat;

/**
 * The caller edited an older version of the record than the one stored (optimistic lock, {@code versi}): someone else
 * saved in between. Nothing was written; the caller reloads the current version and decides again (HTTP 409 with
 * {@link #versiSaatIni()}).
 */
public class KonflikVersiException extends RuntimeException {

    private final long versiSaatIni;
    private final String pesanEn;

    public KonflikVersiException(String rekaman, long versiDikirim, long versiSaatIni) {
        super(rekaman + " sudah diubah orang lain: Anda mengubah versi " + versiDikirim + ", versi saat ini "
                + versiSaatIni + ". Muat ulang lalu ulangi perubahan Anda.");
        this.versiSaatIni = versiSaatIni;
        this.pesanEn = rekaman + " was changed by someone else: you edited version " + versiDikirim
                + ", the current version is " + versiSaatIni + ". Reload and make your change again.";
    }

    /** The version stored now (-1 when it is not known, e.g. a concurrent commit detected at flush). */
    public long versiSaatIni() {
        return versiSaatIni;
    }

    public String pesanEn() {
        return pesanEn;
    }

    /** Checks the version the caller edited against the stored one. */
    public static void periksa(String rekaman, long versiDikirim, long versiSaatIni) {
        if (versiDikirim != versiSaatIni) {
            throw new KonflikVersiException(rekaman, versiDikirim, versiSaatIni);
        }
    }
}
