package id.akuntara.core.calc;

import java.util.List;
import java.util.Optional;

/**
 * Budget absorption (issue 3 rule 5).
 * <ul>
 *   <li>Serapan = realisasi / pagu × 100 at every level — Kaltim LKjIP 2021 Tabel 3.22 (p. 83), e.g.
 *       1.775.500 / 5.250.000 → 33,82; pagu 0 → {@code tidak-dapat-dihitung}.</li>
 *   <li>Roll-ups are the ratio of sums, never the mean of percentages — Kaltim Tabel 3.19 (p. 79), Sasaran 2:
 *       7.542.401.746 / 10.001.369.212 → 75,41.</li>
 *   <li>A parent must equal the sum of its children, pagu and realisasi separately — Pangkalpinang LAKIP 2021
 *       Tabel 3.4: kegiatan "Fasilitasi dan Koordinasi Hukum" prints realisasi 166.782.450, its sub-kegiatan add up
 *       to 196.882.450.</li>
 * </ul>
 */
public final class SerapanCalculator {

    private SerapanCalculator() {
    }

    public static HasilHitung serapan(PosAnggaran pos) {
        if (pos.pagu().signum() == 0) {
            return HasilHitung.tidakDapatDihitung("pagu bernilai 0: serapan tidak dapat dihitung");
        }
        if (pos.pagu().signum() < 0) {
            return HasilHitung.tidakDapatDihitung("pagu negatif");
        }
        return HasilHitung.terhitung(Presisi.persen(pos.realisasi(), pos.pagu()));
    }

    /** Sum of the lines. */
    public static PosAnggaran jumlah(List<PosAnggaran> pos) {
        PosAnggaran total = PosAnggaran.NOL;
        for (PosAnggaran p : pos) {
            total = total.tambah(p);
        }
        return total;
    }

    /** Absorption of a group: Σ realisasi / Σ pagu × 100. */
    public static HasilHitung serapanGabungan(List<PosAnggaran> pos) {
        return serapan(jumlah(pos));
    }

    /**
     * Parent against the sum of its children; empty when both pagu and realisasi agree, otherwise the
     * differences (parent − Σ children).
     */
    public static Optional<PosAnggaran> selisihDenganAnak(PosAnggaran induk, List<PosAnggaran> anak) {
        PosAnggaran total = jumlah(anak);
        PosAnggaran selisih = new PosAnggaran(induk.pagu().subtract(total.pagu()),
                induk.realisasi().subtract(total.realisasi()));
        return selisih.pagu().signum() == 0 && selisih.realisasi().signum() == 0 ? Optional.empty() : Optional.of(selisih);
    }
}
