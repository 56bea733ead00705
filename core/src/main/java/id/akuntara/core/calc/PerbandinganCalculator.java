package id.akuntara.core.calc;

import java.math.BigDecimal;
import java.util.Optional;

/**
 * Comparisons required by PermenPAN-RB 53/2014's report pattern (issue 3 rule 7), as Kaltim LKjIP 2021 prints
 * them with their formulas in the column headers:
 * <ul>
 *   <li>{@link #perubahanTahunan}: (R_t / R_{t−1} − 1) × 100 — Tabel 3.5 (p. 40) "6=(5/4-1)*100": 100,00 → 99,86
 *       gives −0,14. No previous value (or previous 0) → {@code tidak-dapat-dihitung}.</li>
 *   <li>{@link #kemajuan}: R_t / T_akhir × 100, progress to the plan-end target ("Tingkat Kemajuan") — Tabel 3.6
 *       (p. 41) "6=5/4*100": 100,00 / 95,00 → 105,26.</li>
 * </ul>
 */
public final class PerbandinganCalculator {

    private PerbandinganCalculator() {
    }

    public static HasilHitung perubahanTahunan(Optional<BigDecimal> sebelumnya, BigDecimal sekarang) {
        if (sebelumnya.isEmpty()) {
            return HasilHitung.tidakDapatDihitung("tidak ada realisasi tahun sebelumnya");
        }
        BigDecimal lalu = sebelumnya.get();
        if (lalu.signum() == 0) {
            return HasilHitung.tidakDapatDihitung("realisasi tahun sebelumnya bernilai 0");
        }
        return HasilHitung.terhitung(Presisi.persen(sekarang, lalu).subtract(Presisi.SERATUS));
    }

    public static HasilHitung kemajuan(BigDecimal realisasi, BigDecimal targetAkhir) {
        return CapaianCalculator.hitung(Polaritas.NAIK, targetAkhir, realisasi);
    }
}
