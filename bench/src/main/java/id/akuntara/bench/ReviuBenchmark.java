package id.akuntara.bench;

import id.akuntara.core.reviu.CsvLembarKerjaParser;
import id.akuntara.core.reviu.HasilReviu;
import id.akuntara.core.reviu.OpsiReviu;
import id.akuntara.core.reviu.ReviuChecker;
import java.io.IOException;
import java.io.StringReader;
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
import org.openjdk.jmh.annotations.Warmup;

/** Reading and reviewing a generated 100 000-row CSV worksheet (target: under 1 s). */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 3, time = 3)
@Measurement(iterations = 5, time = 3)
@Fork(value = 1, jvmArgs = {"-Xmx1g"})
public class ReviuBenchmark {

    private String csv;

    @Setup
    public void siapkan() {
        csv = LembarKerjaGenerator.csv(100_000);
    }

    @Benchmark
    public HasilReviu reviu100000Baris() throws IOException {
        HasilReviu h = ReviuChecker.periksa(CsvLembarKerjaParser.baca(new StringReader(csv)), OpsiReviu.STANDAR);
        if (h.ringkasan().baris() < 100_000 || !h.galat().isEmpty()) {
            throw new IllegalStateException("lembar kerja bangkitan tidak sah: " + h.ringkasan());
        }
        return h;
    }
}
