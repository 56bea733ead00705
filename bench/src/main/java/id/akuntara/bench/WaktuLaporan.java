package id.akuntara.bench;

import id.akuntara.reports.FormatLaporan;
import id.akuntara.reports.LayananLaporan;

import java.io.ByteArrayOutputStream;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.Arrays;

/**
 * First and warm render times of the Kaltim LKjIP 2021 (PDF) in a fresh process, as context for
 * {@link LaporanBenchmark}: the first report compiles the templates and loads JasperReports; later ones reuse them.
 * Wall-clock and CPU time of this thread (the machine is shared; CPU time is less inflated by other processes).
 * Run: {@code java -Xmx1g -cp bench/target/benchmarks.jar id.akuntara.bench.WaktuLaporan [warm-runs]}.
 */
public final class WaktuLaporan {

    private WaktuLaporan() {
    }

    public static void main(String[] args) {
        int n = args.length > 0 ? Integer.parseInt(args[0]) : 10;
        ThreadMXBean cpu = ManagementFactory.getThreadMXBean();
        long t0 = System.nanoTime();
        long c0 = cpu.getCurrentThreadCpuTime();
        BahanKaltim kaltim = BahanKaltim.muat();
        long muat = System.nanoTime() - t0;
        long muatCpu = cpu.getCurrentThreadCpuTime() - c0;
        LayananLaporan layanan = new LayananLaporan();
        long[] dinding = new long[n + 1];
        long[] prosesor = new long[n + 1];
        int bita = 0;
        for (int i = 0; i <= n; i++) {
            long a = System.nanoTime();
            long ac = cpu.getCurrentThreadCpuTime();
            ByteArrayOutputStream out = new ByteArrayOutputStream(1 << 20);
            layanan.laporanTahunan(kaltim.bahan(), kaltim.plugin(), FormatLaporan.PDF, LayananLaporan.INDONESIA, out);
            dinding[i] = System.nanoTime() - a;
            prosesor[i] = cpu.getCurrentThreadCpuTime() - ac;
            bita = out.size();
        }
        System.out.printf("paket dan model baca Kaltim 2021: %.0f ms (CPU %.0f ms)%n", muat / 1e6, muatCpu / 1e6);
        System.out.printf("laporan pertama (menyusun templat): %.0f ms (CPU %.0f ms), PDF %d bita%n",
                dinding[0] / 1e6, prosesor[0] / 1e6, bita);
        long[] d = Arrays.copyOfRange(dinding, 1, n + 1);
        long[] c = Arrays.copyOfRange(prosesor, 1, n + 1);
        Arrays.sort(d);
        Arrays.sort(c);
        System.out.printf("laporan berikutnya (%d kali): median %.0f ms (CPU %.0f ms), tercepat %.0f ms, terlama %.0f ms%n",
                n, d[n / 2] / 1e6, c[n / 2] / 1e6, d[0] / 1e6, d[n - 1] / 1e6);
    }
}
