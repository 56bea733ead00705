package id.akuntara.core.galat;

/**
 * One invalid field of an input: its name as the caller sent it (JSON path, e.g. {@code baris[2].target}), the value
 * as received ({@code null} when missing) and what is wrong, in Bahasa Indonesia and English.
 */
public record GalatIsian(String field, String nilai, String pesan, String pesanEn) {

    public GalatIsian {
        if (field == null || field.isBlank() || pesan == null || pesan.isBlank()) {
            throw new IllegalArgumentException("GalatIsian memerlukan field dan pesan");
        }
        if (pesanEn == null || pesanEn.isBlank()) {
            pesanEn = pesan;
        }
    }
}
