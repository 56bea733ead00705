package id.akuntara.core.application.perjanjian;

import id.akuntara.core.calc.AngkaFormatter;
import id.akuntara.core.calc.TerbilangFormatter;

import java.math.BigDecimal;

/**
 * An amount in Rupiah as the API gives it: the exact number ({@code nilai}), the text a person reads ("Rp
 * 254.986.626.497", {@link AngkaFormatter#formatRupiah}) and, for totals, the words as a PK prints them
 * ({@code terbilang}, {@link TerbilangFormatter}; {@code null} elsewhere).
 */
public record Rupiah(BigDecimal nilai, String teks, String terbilang) {

    /** An amount without its words. */
    public static Rupiah dari(BigDecimal nilai) {
        return nilai == null ? null : new Rupiah(normal(nilai), AngkaFormatter.formatRupiah(nilai), null);
    }

    /** A total: with its words (a negative difference has none). */
    public static Rupiah total(BigDecimal nilai) {
        return nilai == null ? null : new Rupiah(normal(nilai), AngkaFormatter.formatRupiah(nilai),
                nilai.signum() < 0 ? null : TerbilangFormatter.rupiah(nilai));
    }

    /** Without trailing zeros and never in exponent form (numeric(20,2) gives 254986626497.00). */
    static BigDecimal normal(BigDecimal b) {
        BigDecimal s = b.stripTrailingZeros();
        return s.scale() < 0 ? s.setScale(0) : s;
    }
}
