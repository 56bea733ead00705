package id.akuntara.core.reviu;

/** The columns of a reviu worksheet, in their canonical order; names are matched case-insensitively. */
public enum Kolom {
    JENIS, ID, INDUK, URAIAN, POLARITAS, TARGET, REALISASI, TERCETAK;

    /** The header name as written in the worksheet. */
    public String nama() {
        return name().toLowerCase(java.util.Locale.ROOT);
    }
}
