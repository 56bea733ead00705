package id.akuntara.core.calc;

import java.math.BigDecimal;
import java.util.Objects;

/**
 * One bound of a rating band with explicit inclusiveness ("75 % s.d. 100 %" is inclusive on both sides; ">100 %"
 * is an exclusive lower bound).
 */
public record BatasPita(BigDecimal nilai, boolean inklusif) {

    public BatasPita {
        Objects.requireNonNull(nilai, "nilai");
    }

    public static BatasPita inklusif(BigDecimal nilai) {
        return new BatasPita(nilai, true);
    }

    public static BatasPita eksklusif(BigDecimal nilai) {
        return new BatasPita(nilai, false);
    }

    String tampil(boolean bawah) {
        String angka = AngkaFormatter.formatTepat(nilai);
        return bawah ? (inklusif ? "≥ " : "> ") + angka : (inklusif ? "≤ " : "< ") + angka;
    }
}
