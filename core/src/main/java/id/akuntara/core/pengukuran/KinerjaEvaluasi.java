package id.akuntara.core.pengukuran;

import java.math.BigDecimal;
import java.util.List;

/**
 * The SAKIP evaluation of a year as the data hold it: the components, their computed total, and what was printed.
 *
 * @param tahun            year evaluated
 * @param evaluator        who evaluated (Inspektorat, KemenPAN-RB)
 * @param komponen         weighted components
 * @param total            Σ component scores
 * @param nilaiTertulis    the score printed in the report or LHE, may be null
 * @param predikatTertulis the grade printed (AA … D), may be null
 */
public record KinerjaEvaluasi(int tahun, String evaluator, List<Komponen> komponen, Angka total,
        BigDecimal nilaiTertulis, String predikatTertulis) {

    public KinerjaEvaluasi {
        komponen = List.copyOf(komponen);
    }

    /** One component with its weight and score. */
    public record Komponen(String nama, BigDecimal bobot, BigDecimal nilai) {
    }
}
