package id.akuntara.core.calc;

import java.math.BigDecimal;
import java.util.Objects;

/**
 * One component of a composite score: its name, its value and its weight in percent.
 *
 * @param nama  component name
 * @param nilai value of the component (for {@link KompositCalculator#tertimbang}: on a 0–100 scale; for
 *              {@link KompositCalculator#jumlahSkor}: the score already earned out of {@code bobot})
 * @param bobot weight in percent (e.g. 60 and 40)
 */
public record Komponen(String nama, BigDecimal nilai, BigDecimal bobot) {

    public Komponen {
        Objects.requireNonNull(nama, "nama");
        Objects.requireNonNull(nilai, "nilai");
        Objects.requireNonNull(bobot, "bobot");
        if (bobot.signum() < 0) {
            throw new IllegalArgumentException("Bobot komponen " + nama + " negatif: " + bobot);
        }
    }
}
