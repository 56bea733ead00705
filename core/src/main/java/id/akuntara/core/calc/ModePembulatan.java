package id.akuntara.core.calc;

import java.math.RoundingMode;

/**
 * How a figure is cut to its printed precision.
 *
 * <ul>
 *   <li>{@link #SETENGAH_KE_ATAS} — half-up, the default of every seed table that reproduces (e.g. Klungkung
 *       Tabel 3.1: 31,42/24 = 130,9166… printed 130,92).</li>
 *   <li>{@link #POTONG} — truncation toward zero, as some regions print: Pangkalpinang LAKIP 2021 Tabel 3.3
 *       prints 88,23 for 75/85 = 88,2352…; Kaltim LKjIP 2021 Tabel 3.19 prints 100,76 for 100,765.</li>
 * </ul>
 */
public enum ModePembulatan {
    SETENGAH_KE_ATAS(RoundingMode.HALF_UP),
    POTONG(RoundingMode.DOWN);

    private final RoundingMode roundingMode;

    ModePembulatan(RoundingMode roundingMode) {
        this.roundingMode = roundingMode;
    }

    public RoundingMode roundingMode() {
        return roundingMode;
    }
}
