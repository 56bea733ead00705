package id.akuntara.core.calc;

import java.math.BigDecimal;
import java.util.Optional;

/**
 * Efficiency (issue 3 rule 6), two regional methods.
 * <ul>
 *   <li>{@link #klungkung}: SE = target capaian sasaran / target capaian keuangan; IE = realisasi capaian sasaran /
 *       realisasi capaian keuangan; Tingkat = (IE − SE) / SE; "Efisien" when IE &gt; SE — Klungkung LKjIP 2020
 *       Tabel 3.2 (p. 28) and 3.4 (p. 33): 95/100, 102,95/87,16 → SE 0,95, IE 1,18, Tingkat 0,24; 110,21/98,20 →
 *       IE 1,12, Tingkat 0,18 (plain IE − SE would give 0,23 / 0,17, which the report does not print).</li>
 *   <li>{@link #selisihPoin}: % capaian kinerja − % penyerapan anggaran, in points — Kaltim LKjIP 2021 Tabel 3.19
 *       (p. 79), column 5 = 3 − 4: 115,49 − 75,41 = 40,08.</li>
 * </ul>
 * A zero denominator gives an empty result, never a number.
 */
public final class EfisiensiCalculator {

    private EfisiensiCalculator() {
    }

    public static Optional<HasilEfisiensi> klungkung(BigDecimal targetSasaran, BigDecimal targetKeuangan,
            BigDecimal realisasiSasaran, BigDecimal realisasiKeuangan) {
        if (targetKeuangan.signum() == 0 || realisasiKeuangan.signum() == 0 || targetSasaran.signum() == 0) {
            return Optional.empty();
        }
        BigDecimal se = Presisi.bagi(targetSasaran, targetKeuangan);
        BigDecimal ie = Presisi.bagi(realisasiSasaran, realisasiKeuangan);
        BigDecimal tingkat = Presisi.bagi(ie.subtract(se), se);
        return Optional.of(new HasilEfisiensi(se, ie, tingkat, ie.compareTo(se) > 0));
    }

    public static BigDecimal selisihPoin(BigDecimal capaianKinerja, BigDecimal serapanAnggaran) {
        return capaianKinerja.subtract(serapanAnggaran);
    }
}
