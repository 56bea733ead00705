package id.akuntara.core.calc;

import java.math.BigDecimal;
import java.util.List;

/**
 * Weighted composites (issue 3 rule 3).
 * <ul>
 *   <li>{@link #tertimbang}: Σ nilai × bobot / 100 for components on a 0–100 scale — Tanjungpinang LKIP 2020 BAB II
 *       (Indeks Reformasi Birokrasi: Komponen Pengungkit 60 %, Komponen Hasil 40 %, "menjumlahkan angka tertimbang
 *       dari masing-masing komponen").</li>
 *   <li>{@link #jumlahSkor}: Σ of component scores each already earned out of its weight — Kaltim LKjIP 2021
 *       Tabel 3.1 (p. 26), SAKIP evaluation components 30/25/15/10/20 (the five-component model of PermenPAN-RB
 *       12/2015, per the kaltim-a extraction); the printed 2019 total 67,21 does not add up (Σ = 67,23).</li>
 * </ul>
 * Weights must add up to 100; a component above its weight is refused. Both are checked, never guessed.
 */
public final class KompositCalculator {

    private KompositCalculator() {
    }

    /** Σ nilai × bobot / 100; weights must total 100. */
    public static BigDecimal tertimbang(List<Komponen> komponen) {
        periksaBobot(komponen);
        BigDecimal jumlah = BigDecimal.ZERO;
        for (Komponen k : komponen) {
            jumlah = jumlah.add(k.nilai().multiply(k.bobot()));
        }
        return Presisi.bagi(jumlah, Presisi.SERATUS);
    }

    /** Σ of component scores, each at most its weight; weights must total 100. */
    public static BigDecimal jumlahSkor(List<Komponen> komponen) {
        periksaBobot(komponen);
        BigDecimal jumlah = BigDecimal.ZERO;
        for (Komponen k : komponen) {
            if (k.nilai().compareTo(k.bobot()) > 0 || k.nilai().signum() < 0) {
                throw new IllegalArgumentException("Nilai komponen " + k.nama() + " (" + AngkaFormatter.formatTepat(k.nilai())
                        + ") di luar rentang 0–" + AngkaFormatter.formatTepat(k.bobot()));
            }
            jumlah = jumlah.add(k.nilai());
        }
        return jumlah;
    }

    private static void periksaBobot(List<Komponen> komponen) {
        BigDecimal total = BigDecimal.ZERO;
        for (Komponen k : komponen) {
            total = total.add(k.bobot());
        }
        if (total.compareTo(Presisi.SERATUS) != 0) {
            throw new IllegalArgumentException("Jumlah bobot komponen harus 100, bukan " + AngkaFormatter.formatTepat(total));
        }
    }
}
