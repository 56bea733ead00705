package id.akuntara.core.calc;

import java.math.BigDecimal;
import java.util.List;

/**
 * Share of units meeting a threshold, in percent (issue 3 rule 3): count(meeting) / count(evaluated) × 100.
 * Numeric thresholds use {@link Ambang}; grade thresholds use an ordinal {@link SkalaPredikat} (AA > A > BB > B >
 * CC > C > D). Golden case: Kaltim LKjIP 2021 Tabel 3.13 (p. 62) — 28 of 37 PD with SAKIP ≥ B → 75,68.
 * No unit evaluated → {@code tidak-dapat-dihitung}.
 */
public final class AmbangCalculator {

    private AmbangCalculator() {
    }

    public static HasilHitung persentaseMemenuhi(List<BigDecimal> nilai, Ambang ambang) {
        if (nilai.isEmpty()) {
            return HasilHitung.tidakDapatDihitung("tidak ada unit yang dinilai");
        }
        int memenuhi = 0;
        for (BigDecimal v : nilai) {
            if (ambang.dipenuhiOleh(v)) {
                memenuhi++;
            }
        }
        return HasilHitung.terhitung(Presisi.persen(BigDecimal.valueOf(memenuhi), BigDecimal.valueOf(nilai.size())));
    }

    /** Share of grades at least {@code minimal} on the ordinal scale; unknown grades are refused. */
    public static HasilHitung persentasePredikatMinimal(List<String> predikat, SkalaPredikat skala, String minimal) {
        if (predikat.isEmpty()) {
            return HasilHitung.tidakDapatDihitung("tidak ada unit yang dinilai");
        }
        int memenuhi = 0;
        for (String p : predikat) {
            if (skala.bandingkanLabel(p, minimal) >= 0) {
                memenuhi++;
            }
        }
        return HasilHitung.terhitung(Presisi.persen(BigDecimal.valueOf(memenuhi), BigDecimal.valueOf(predikat.size())));
    }
}
