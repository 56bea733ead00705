package id.akuntara.bench;

import id.akuntara.core.calc.CapaianCalculator;
import id.akuntara.core.calc.HasilHitung;
import id.akuntara.core.calc.Polaritas;
import id.akuntara.core.paket.PaketData;
import id.akuntara.core.pengukuran.KebijakanPengukuran;
import id.akuntara.core.pengukuran.KinerjaTahunan;
import id.akuntara.core.pengukuran.LayananPengukuran;
import id.akuntara.core.pengukuran.SumberPengukuran;
import id.akuntara.core.plugin.RegistriPlugin;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.math.BigDecimal;
import java.util.Arrays;
import java.util.Random;

/**
 * How the read model's cost grows with the package, in <b>CPU time of the measuring thread</b> rather than wall-clock
 * time, so that other processes on a shared machine inflate it far less than they inflate the JMH figures (they
 * still cost caches and frequency). Not a JMH benchmark: a companion to {@link PengukuranBenchmark} for the scaling
 * question. For each multiple (default 1 3 10) of the Kaltim package, and for one bare capaian call, it warms up,
 * then prints the median and the minimum CPU time per operation over 7 rounds, and beside it the median wall-clock
 * time of the same rounds (their quotient shows how much of the machine the thread got).
 *
 * <pre>java -cp bench/target/benchmarks.jar id.akuntara.bench.SkalaPengukuran [n ...]</pre>
 */
public final class SkalaPengukuran {

    private static final ThreadMXBean CPU = ManagementFactory.getThreadMXBean();
    private static final int RONDE = 7;
    private static Object lubang;

    private SkalaPengukuran() {
    }

    public static void main(String[] args) {
        int[] kelipatan = args.length == 0 ? new int[] {1, 3, 10} : Arrays.stream(args).mapToInt(Integer::parseInt).toArray();
        double[] c = capaianNs();
        double capaian = c[0];
        System.out.printf("capaian (bare CapaianCalculator.hitung): median %.0f ns CPU/op (min %.0f, wall %.0f)%n",
                c[0], c[1], c[2]);
        Double satu = null;
        for (int n : kelipatan) {
            PaketData data = PaketKelipatan.kali(PaketKelipatan.KALTIM, n);
            KebijakanPengukuran k = KebijakanPengukuran.dari(data, RegistriPlugin.muat(SkalaPengukuran.class.getClassLoader())
                    .cari(data.pengaturan().plugin()).orElseThrow());
            SumberPengukuran s = SumberPengukuran.paket(data);
            KinerjaTahunan h = LayananPengukuran.hitung(s, PengukuranBenchmark.TAHUN, k);
            double[] ns = ukur(() -> lubang = LayananPengukuran.hitung(s, PengukuranBenchmark.TAHUN, k), 2.0 + n * 0.5,
                    0.5 + n * 0.1);
            if (satu == null && n == 1) {
                satu = ns[0];
            }
            System.out.printf("kaltim%s: %d indikator, %d pos anggaran; median %.2f ms CPU/op (min %.2f, wall %.2f)%s;"
                    + " per indikator %.0f µs = %.0f × capaian%n", n == 1 ? "" : n + "x", h.indikator().size(),
                    h.anggaran().pos().size(), ns[0] / 1e6, ns[1] / 1e6, ns[2] / 1e6,
                    satu == null || n == 1 ? "" : String.format(", %.1f × kaltim", ns[0] / satu),
                    ns[0] / h.indikator().size() / 1e3, ns[0] / h.indikator().size() / capaian);
        }
    }

    private static double[] capaianNs() {
        int m = 4096;
        BigDecimal[] t = new BigDecimal[m];
        BigDecimal[] r = new BigDecimal[m];
        Random acak = new Random(42);
        for (int i = 0; i < m; i++) {
            t[i] = BigDecimal.valueOf(1 + acak.nextInt(10_000), 2);
            r[i] = BigDecimal.valueOf(acak.nextInt(12_000), 2);
        }
        int[] i = {0};
        double[] ns = ukur(() -> {
            HasilHitung x = null;
            for (int j = 0; j < 1000; j++) {
                int q = i[0]++ & (m - 1);
                x = CapaianCalculator.hitung((q & 1) == 0 ? Polaritas.NAIK : Polaritas.TURUN, t[q], r[q]);
            }
            lubang = x;
        }, 3.0, 1.0);
        return new double[] {ns[0] / 1000, ns[1] / 1000, ns[2] / 1000};
    }

    /**
     * Median and minimum CPU ns and median wall-clock ns per run of {@code op}: warm-up for {@code pemanasan} s of
     * CPU, then 7 rounds of {@code perRonde} s of CPU each.
     */
    private static double[] ukur(Runnable op, double pemanasan, double perRonde) {
        long batas = CPU.getCurrentThreadCpuTime() + (long) (pemanasan * 1e9);
        while (CPU.getCurrentThreadCpuTime() < batas) {
            op.run();
        }
        double[] hasil = new double[RONDE];
        double[] dinding = new double[RONDE];
        for (int k = 0; k < RONDE; k++) {
            long mulai = System.nanoTime();
            long awal = CPU.getCurrentThreadCpuTime();
            long akhir = awal + (long) (perRonde * 1e9);
            long kali = 0;
            long kini;
            do {
                op.run();
                kali++;
                kini = CPU.getCurrentThreadCpuTime();
            } while (kini < akhir);
            hasil[k] = (double) (kini - awal) / kali;
            dinding[k] = (double) (System.nanoTime() - mulai) / kali;
        }
        Arrays.sort(hasil);
        Arrays.sort(dinding);
        return new double[] {hasil[RONDE / 2], hasil[0], dinding[RONDE / 2]};
    }
}
