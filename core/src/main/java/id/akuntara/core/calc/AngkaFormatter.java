package id.akuntara.core.calc;

import java.math.BigDecimal;

/**
 * Writes numbers the Indonesian way: "." groups thousands, "," marks decimals ("1.234.567,89", "-0,14").
 * Business rule (issue 3 rules 8–9): presentation is rounded by a {@link Pembulatan} policy — half-up to 2
 * decimals by default — while calculations keep full precision. Stateless and thread-safe.
 */
public final class AngkaFormatter {

    private AngkaFormatter() {
    }

    /** Formats with the default policy, 2 decimals half-up ({@link Pembulatan#STANDAR}). */
    public static String format(BigDecimal nilai) {
        return format(nilai, Pembulatan.STANDAR);
    }

    /** Formats after applying the given rounding policy. */
    public static String format(BigDecimal nilai, Pembulatan pembulatan) {
        return formatTepat(pembulatan.terapkan(nilai));
    }

    /** Formats a value exactly at its own scale (no rounding). */
    public static String formatTepat(BigDecimal nilai) {
        String polos = nilai.abs().toPlainString();
        int koma = polos.indexOf('.');
        String bulat = koma < 0 ? polos : polos.substring(0, koma);
        StringBuilder sb = new StringBuilder(polos.length() + bulat.length() / 3 + 2);
        if (nilai.signum() < 0) {
            sb.append('-');
        }
        int awal = bulat.length() % 3;
        for (int i = 0; i < bulat.length(); i++) {
            if (i > 0 && (i - awal) % 3 == 0) {
                sb.append('.');
            }
            sb.append(bulat.charAt(i));
        }
        if (koma >= 0) {
            sb.append(',').append(polos, koma + 1, polos.length());
        }
        return sb.toString();
    }

    /**
     * Rupiah as the PKs print it: "Rp 47.845.628.624" for whole amounts, "Rp 232.980.102.655,50" when there are
     * sen (Kaltim LKjIP 2021 BAB II prints fractional rupiah).
     */
    public static String formatRupiah(BigDecimal nilai) {
        BigDecimal tampil = nilai.stripTrailingZeros().scale() <= 0
                ? nilai.setScale(0, java.math.RoundingMode.UNNECESSARY)
                : nilai.setScale(2, java.math.RoundingMode.HALF_UP);
        return "Rp " + formatTepat(tampil);
    }
}
