package id.akuntara.bench;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.Arrays;

/**
 * Not JMH: the three operations of {@link RealisasiTulisBenchmark} in turn (use case, insert with audit and RLS, bare
 * insert, again and again) in one JVM on one database, so that all three see the same load of a shared machine at
 * the same moments. JMH runs each in its own fork one after the other, minutes apart, and on a machine whose load
 * changes by the minute the ratio between forks moves with it. Prints, per operation, the median and the mean of
 * the wall-clock time of a call and the median CPU time of the calling thread (the JVM's share; PostgreSQL's work
 * is not in it), and the ratios to the bare insert.
 *
 * <p>{@code java -Xmx1g -cp bench/target/benchmarks.jar id.akuntara.bench.RealisasiTulisBergantian [warm-up s]
 * [measurement s]} (defaults 60 and 60).
 */
public final class RealisasiTulisBergantian {

    private RealisasiTulisBergantian() {
    }

    public static void main(String[] args) throws Exception {
        long pemanasan = args.length > 0 ? Long.parseLong(args[0]) : 60;
        long pengukuran = args.length > 1 ? Long.parseLong(args[1]) : 60;
        ThreadMXBean mx = ManagementFactory.getThreadMXBean();
        RealisasiTulisBenchmark b = new RealisasiTulisBenchmark();
        b.siapkan();
        try {
            String[] nama = {"kasusPenggunaan", "jpaDenganAuditDanRls", "jpaPolos"};
            long akhir = System.nanoTime() + pemanasan * 1_000_000_000L;
            while (System.nanoTime() < akhir) {
                for (int op = 0; op < 3; op++) {
                    jalankan(b, op);
                }
            }
            int kapasitas = 1 << 16;
            long[][] dinding = new long[3][kapasitas];
            long[][] cpu = new long[3][kapasitas];
            int n = 0;
            akhir = System.nanoTime() + pengukuran * 1_000_000_000L;
            while (System.nanoTime() < akhir && n < kapasitas) {
                for (int op = 0; op < 3; op++) {
                    // the order turns each round, so no operation always follows the same one
                    int o = (op + n) % 3;
                    long c0 = mx.getCurrentThreadCpuTime();
                    long t0 = System.nanoTime();
                    jalankan(b, o);
                    dinding[o][n] = System.nanoTime() - t0;
                    cpu[o][n] = mx.getCurrentThreadCpuTime() - c0;
                }
                n++;
            }
            double[] median = new double[3];
            double[] rata = new double[3];
            double[] cpuMedian = new double[3];
            for (int op = 0; op < 3; op++) {
                median[op] = median(dinding[op], n);
                rata[op] = Arrays.stream(dinding[op], 0, n).average().orElseThrow() / 1e3;
                cpuMedian[op] = median(cpu[op], n);
            }
            System.out.printf("%d rounds of the three operations in %d s after %d s of warm-up%n", n, pengukuran, pemanasan);
            for (int op = 0; op < 3; op++) {
                System.out.printf("%-22s wall median %7.0f µs (%.2f ×), mean %7.0f µs (%.2f ×); CPU median %6.0f µs (%.2f ×)%n",
                        nama[op], median[op], median[op] / median[2], rata[op], rata[op] / rata[2], cpuMedian[op],
                        cpuMedian[op] / cpuMedian[2]);
            }
        } finally {
            b.tutup();
        }
    }

    private static void jalankan(RealisasiTulisBenchmark b, int op) {
        switch (op) {
            case 0 -> b.kasusPenggunaan();
            case 1 -> b.jpaDenganAuditDanRls();
            default -> b.jpaPolos();
        }
    }

    private static double median(long[] nilai, int n) {
        long[] salinan = Arrays.copyOf(nilai, n);
        Arrays.sort(salinan);
        return salinan[n / 2] / 1e3;
    }
}
