package id.akuntara.core.domain.bersama;

import java.math.BigDecimal;

/** Small guards shared by the aggregates; each refusal is an {@link AturanDilanggarException}. */
public final class Aturan {

    private Aturan() {
    }

    public static String wajib(String nilai, String nama) {
        if (nilai == null || nilai.isBlank()) {
            throw new AturanDilanggarException(nama + " wajib diisi.");
        }
        return nilai.strip();
    }

    public static <T> T ada(T nilai, String nama) {
        if (nilai == null) {
            throw new AturanDilanggarException(nama + " wajib diisi.");
        }
        return nilai;
    }

    /** Money, pagu and counts are never negative. */
    public static BigDecimal tidakNegatif(BigDecimal nilai, String nama) {
        if (nilai != null && nilai.signum() < 0) {
            throw new AturanDilanggarException(nama + " tidak boleh negatif: " + nilai.toPlainString() + ".");
        }
        return nilai;
    }
}
