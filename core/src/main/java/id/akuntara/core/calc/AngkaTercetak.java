package id.akuntara.core.calc;

import java.math.BigDecimal;
import java.util.Objects;

/**
 * A number as it was printed: its value, the precision it was printed at and whether it carried a percent sign.
 * The printed precision matters: a printed figure is judged at its own precision (issue 3, Reviu).
 *
 * @param nilai  the exact value; its scale equals the printed number of decimals
 * @param persen {@code true} when the text ended in "%"
 */
public record AngkaTercetak(BigDecimal nilai, boolean persen) {

    public AngkaTercetak {
        Objects.requireNonNull(nilai, "nilai");
    }

    /** Number of decimals printed ("99,69" → 2, "100%" → 0, "3,2721" → 4). */
    public int skala() {
        return nilai.scale();
    }
}
