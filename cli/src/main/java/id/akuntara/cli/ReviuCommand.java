package id.akuntara.cli;

import id.akuntara.core.reviu.HasilReviu;
import id.akuntara.core.reviu.LembarKerjaReader;
import id.akuntara.core.reviu.OpsiReviu;
import id.akuntara.core.reviu.ReviuChecker;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code akuntara reviu FILE [--format json|teks] [--tanpa-pembulatan-dulu]}: recomputes the figures of a worksheet
 * and lists what does not add up. Exit 0 without findings, 1 with findings, 2 when the input has errors.
 */
@Command(name = "reviu", mixinStandardHelpOptions = true,
        description = {"Menghitung ulang angka lembar kerja (CSV atau XLSX) dan mencantumkan yang tidak sesuai.",
            "Kode keluar: 0 tanpa temuan, 1 ada temuan, 2 masukan mengandung galat."})
final class ReviuCommand implements Callable<Integer> {

    enum Format { json, teks }

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Parameters(index = "0", paramLabel = "BERKAS", description = "Lembar kerja .csv (UTF-8, pemisah ';' atau ',') atau .xlsx")
    Path berkas;

    @Option(names = "--format", defaultValue = "teks", description = "Format keluaran: ${COMPLETION-CANDIDATES} (bawaan: ${DEFAULT-VALUE})")
    Format format;

    @Option(names = "--tanpa-pembulatan-dulu",
            description = "Rata-rata dari capaian anggota tanpa membulatkan masing-masing ke 2 desimal lebih dulu")
    boolean tanpaPembulatanDulu;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        if (!Files.isRegularFile(berkas)) {
            err.println("Berkas tidak ditemukan: " + berkas);
            err.flush();
            return 2;
        }
        HasilReviu hasil;
        try {
            hasil = ReviuChecker.periksa(LembarKerjaReader.baca(berkas), new OpsiReviu(!tanpaPembulatanDulu));
        } catch (IOException | RuntimeException e) {
            err.println("Berkas tidak dapat dibaca: " + berkas + " (" + e.getMessage() + ")");
            err.flush();
            return 2;
        }
        if (format == Format.json) {
            out.println(ReviuJsonWriter.tulis(hasil));
        } else {
            ReviuTeksWriter.tulis(berkas, hasil, out);
        }
        out.flush();
        return hasil.kodeKeluar();
    }
}
