package id.akuntara.bench;

import id.akuntara.reports.FormatLaporan;
import id.akuntara.reports.IsianLaporan;
import id.akuntara.reports.LayananLaporan;
import net.sf.jasperreports.engine.JRException;
import net.sf.jasperreports.engine.JasperFillManager;
import net.sf.jasperreports.engine.JasperPrint;
import net.sf.jasperreports.export.SimpleExporterInput;
import net.sf.jasperreports.export.SimpleOutputStreamExporterOutput;
import net.sf.jasperreports.pdf.JRPdfExporter;
import net.sf.jasperreports.pdf.SimplePdfExporterConfiguration;
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

import java.io.ByteArrayOutputStream;
import java.util.concurrent.TimeUnit;

/**
 * The Kaltim LKjIP 2021 as PDF, warm (templates compiled, code hot), on one thread:
 * <ul>
 *   <li>{@code layanan}: what the CLI and the server do per report, {@link LayananLaporan#laporanTahunan}: the blocks
 *   of the outline, the table rows from the read model, the three charts drawn, then JasperReports fills and the
 *   PDF is exported;</li>
 *   <li>{@code jasperMentah}: raw JasperReports on the same compiled templates and the same rows, prepared once in
 *   the setup ({@link LayananLaporan#isianTahunan}, charts included): {@code JasperFillManager.fillReport} and the
 *   PDF exporter with the same settings, nothing else.</li>
 * </ul>
 * The goal of issue 12: {@code layanan} ≤ 1.5 × {@code jasperMentah}. The read model is computed once in the setup
 * (its own cost is {@link PengukuranBenchmark}); the first report of a process, which compiles the templates, is
 * {@link WaktuLaporan}'s.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 3, time = 5)
@Measurement(iterations = 5, time = 5)
@Fork(value = 1, jvmArgs = {"-Xmx1g", "-Djava.awt.headless=true"})
@Threads(1)
public class LaporanBenchmark {

    private BahanKaltim kaltim;
    private LayananLaporan layanan;
    private IsianLaporan isian;

    @Setup
    public void siapkan() {
        kaltim = BahanKaltim.muat();
        layanan = new LayananLaporan();
        isian = layanan.isianTahunan(kaltim.bahan(), kaltim.plugin(), LayananLaporan.INDONESIA);
        System.out.printf("Kaltim 2021: %d baris isian, PDF %d bita%n", isian.baris().size(), layanan().length);
    }

    @Benchmark
    public byte[] layanan() {
        ByteArrayOutputStream out = new ByteArrayOutputStream(1 << 20);
        layanan.laporanTahunan(kaltim.bahan(), kaltim.plugin(), FormatLaporan.PDF, LayananLaporan.INDONESIA, out);
        return out.toByteArray();
    }

    @Benchmark
    public byte[] jasperMentah() throws JRException {
        JasperPrint cetak = JasperFillManager.fillReport(isian.templat(), isian.parameterSegar(), isian.sumber());
        ByteArrayOutputStream out = new ByteArrayOutputStream(1 << 20);
        JRPdfExporter e = new JRPdfExporter();
        e.setExporterInput(new SimpleExporterInput(cetak));
        e.setExporterOutput(new SimpleOutputStreamExporterOutput(out));
        SimplePdfExporterConfiguration c = new SimplePdfExporterConfiguration();
        c.setCompressed(true);
        c.setMetadataTitle(cetak.getName());
        c.setMetadataCreator("Akuntara");
        e.setConfiguration(c);
        e.exportReport();
        return out.toByteArray();
    }
}
