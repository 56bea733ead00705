package id.akuntara.core.calc;

import java.math.BigDecimal;
import java.math.RoundingMode;

/**
 * Internal precision of the engine: every division is carried to {@link #SKALA_INTERNAL} decimals, half-up.
 * Presentation rounding happens only at the end ({@link Pembulatan}), so a figure is never rounded twice unless a
 * policy says so (Klungkung's round-before-averaging, {@link KebijakanAgregasi}).
 */
public final class Presisi {

    /** Decimals kept by every division inside the engine ("full precision", issue 3 rule 8). */
    public static final int SKALA_INTERNAL = 12;

    static final BigDecimal SERATUS = BigDecimal.valueOf(100);

    private Presisi() {
    }

    /** {@code a / b} at internal precision; the caller guarantees {@code b != 0}. */
    static BigDecimal bagi(BigDecimal a, BigDecimal b) {
        return a.divide(b, SKALA_INTERNAL, RoundingMode.HALF_UP);
    }

    /** {@code a / b × 100} at internal precision; the caller guarantees {@code b != 0}. */
    static BigDecimal persen(BigDecimal a, BigDecimal b) {
        return a.multiply(SERATUS).divide(b, SKALA_INTERNAL, RoundingMode.HALF_UP);
    }
}
