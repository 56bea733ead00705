package id.akuntara.bench;

import id.akuntara.core.paket.PaketData;
import id.akuntara.core.pengukuran.KebijakanPengukuran;
import id.akuntara.core.pengukuran.KinerjaIndikator;
import id.akuntara.core.pengukuran.KinerjaTahunan;
import id.akuntara.core.pengukuran.LayananPengukuran;
import id.akuntara.core.pengukuran.SumberPengukuran;
import id.akuntara.core.plugin.RegistriPlugin;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.TimeUnit;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Threads;
import org.openjdk.jmh.annotations.Warmup;

/**
 * The read model of a pemda-year ({@link LayananPengukuran#hitung}) of the built-in Kaltim package for 2021, on one
 * thread: {@code kaltim} is the package as shipped, {@code kaltim10x} the same package with its sasaran, indicators,
 * targets, realisasi, rencana aksi, PK rows and budget lines copied to 10 times ({@link PaketKelipatan}). Any
 * {@code kaltim<N>x} can be passed with {@code -p paket=kaltim3x}. The package is read, checked and the policies
 * resolved in setup; the measured call is the service alone, as the CLI and the server call it.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(value = 1, jvmArgs = {"-Xmx1g"})
@Threads(1)
public class PengukuranBenchmark {

    static final int TAHUN = 2021;
    private static final Pattern KELIPATAN = Pattern.compile("kaltim(?:(\\d+)x)?");

    @Param({"kaltim", "kaltim10x"})
    public String paket;

    private SumberPengukuran sumber;
    private KebijakanPengukuran kebijakan;

    @Setup
    public void siapkan() {
        Matcher m = KELIPATAN.matcher(paket);
        if (!m.matches()) {
            throw new IllegalArgumentException("paket tidak dikenal: " + paket + " (kaltim atau kaltim<N>x)");
        }
        int n = m.group(1) == null ? 1 : Integer.parseInt(m.group(1));
        PaketData data = PaketKelipatan.kali(PaketKelipatan.KALTIM, n);
        kebijakan = KebijakanPengukuran.dari(data, RegistriPlugin.muat(getClass().getClassLoader())
                .cari(data.pengaturan().plugin()).orElseThrow());
        sumber = SumberPengukuran.paket(data);
        periksaSalinan(n);
    }

    /** Each copy of an indicator is measured exactly as its original (else the larger package measures other work). */
    private void periksaSalinan(int n) {
        KinerjaTahunan asli = LayananPengukuran.hitung(SumberPengukuran.paket(PaketKelipatan.bawaan(PaketKelipatan.KALTIM)),
                TAHUN, kebijakan);
        KinerjaTahunan h = hitung();
        if (h.indikator().size() != n * asli.indikator().size() || h.sasaran().size() != n * asli.sasaran().size()
                || h.anggaran().pos().size() != n * asli.anggaran().pos().size()) {
            throw new IllegalStateException("ukuran model baca tidak " + n + " × aslinya");
        }
        Map<String, KinerjaIndikator> semua = h.indikator().stream()
                .collect(Collectors.toMap(KinerjaIndikator::kode, Function.identity()));
        for (KinerjaIndikator i : asli.indikator()) {
            for (int r = 0; r < n; r++) {
                KinerjaIndikator c = semua.get(r == 0 ? i.kode() : i.kode() + "-R" + r);
                if (c == null || !Objects.equals(c.capaian().tampil(), i.capaian().tampil())
                        || !Objects.equals(c.predikat(), i.predikat()) || c.triwulan().size() != i.triwulan().size()
                        || c.targetLain().size() != i.targetLain().size()) {
                    throw new IllegalStateException("salinan " + r + " indikator " + i.kode() + " diukur berbeda");
                }
            }
        }
        System.out.printf("%s %d: %d indikator, %d sasaran, %d pos anggaran, %d jejak%n", paket, TAHUN,
                h.indikator().size(), h.sasaran().size(), h.anggaran().pos().size(), h.jejak().size());
    }

    @Benchmark
    public KinerjaTahunan hitung() {
        return LayananPengukuran.hitung(sumber, TAHUN, kebijakan);
    }
}
