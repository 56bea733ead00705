package id.akuntara.core.calc;

import java.math.BigDecimal;
import java.util.Objects;

/**
 * A numeric threshold a unit must meet: strictly above ({@code >}) or at least ({@code ≥}). Kaltim LKjIP 2021
 * KT-IKU-12 "% PD dengan nilai IKM >80 (B)" uses a strict bound (Tabel 3.18: 61 of 84 above 80 → 72,62).
 *
 * @param batas    the threshold value
 * @param inklusif {@code true} for ≥, {@code false} for >
 */
public record Ambang(BigDecimal batas, boolean inklusif) {

    public Ambang {
        Objects.requireNonNull(batas, "batas");
    }

    public static Ambang lebihDari(BigDecimal batas) {
        return new Ambang(batas, false);
    }

    public static Ambang palingSedikit(BigDecimal batas) {
        return new Ambang(batas, true);
    }

    public boolean dipenuhiOleh(BigDecimal nilai) {
        int c = nilai.compareTo(batas);
        return inklusif ? c >= 0 : c > 0;
    }
}
