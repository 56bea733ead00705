package id.akuntara.bench;

import id.akuntara.core.calc.CapaianCalculator;
import id.akuntara.core.calc.HasilHitung;
import id.akuntara.core.calc.Polaritas;
import java.math.BigDecimal;
import java.util.Random;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Threads;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Capaian computations per second on one thread (target: ≥ 1 million per second per core). Targets and
 * realisations have 2 decimals like the seed tables; polarity alternates.
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(1)
@Threads(1)
public class CapaianBenchmark {

    private static final int N = 4096;
    private final BigDecimal[] target = new BigDecimal[N];
    private final BigDecimal[] realisasi = new BigDecimal[N];
    private int i;

    @Setup
    public void siapkan() {
        Random acak = new Random(42);
        for (int k = 0; k < N; k++) {
            target[k] = BigDecimal.valueOf(1 + acak.nextInt(10_000), 2);
            realisasi[k] = BigDecimal.valueOf(acak.nextInt(12_000), 2);
        }
    }

    @Benchmark
    public HasilHitung capaian() {
        int k = i++ & (N - 1);
        return CapaianCalculator.hitung((k & 1) == 0 ? Polaritas.NAIK : Polaritas.TURUN, target[k], realisasi[k]);
    }
}
