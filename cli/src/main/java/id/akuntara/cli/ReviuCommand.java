package id.akuntara.cli;

import id.akuntara.core.reviu.HasilReviu;
import id.akuntara.core.reviu.LembarKerja;
import id.akuntara.core.reviu.LembarKerjaReader;
import id.akuntara.core.reviu.LembarKerjaTidakTerbacaException;
import id.akuntara.core.reviu.OpsiReviu;
import id.akuntara.core.reviu.ReviuChecker;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code akuntara reviu FILE [--format json|teks] [--tanpa-pembulatan-dulu]}: recomputes the figures of a worksheet
 * and lists what does not add up. Exit 0 without findings, 1 with findings, 2 when the input has errors, cannot
 * be read at all (a {@code GALAT:} line on stderr names the row), or has no printed figure that could be checked.
 */
@Command(name = "reviu", mixinStandardHelpOptions = true,
        description = {"Menghitung ulang angka lembar kerja (CSV atau XLSX) dan mencantumkan yang tidak sesuai.",
            "Kode keluar: 0 tanpa temuan, 1 ada temuan, 2 masukan mengandung galat atau tidak ada angka yang dapat diperiksa."})
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
        String bukan = PesanGalat.bukanBerkas(berkas);
        if (bukan != null) {
            return PesanGalat.berkas(err, berkas, 0, bukan);
        }
        LembarKerja lembar;
        try {
            lembar = LembarKerjaReader.baca(berkas);
        } catch (LembarKerjaTidakTerbacaException e) {
            return PesanGalat.berkas(err, berkas, e.baris(), e.getMessage());
        } catch (IOException e) {
            return PesanGalat.berkas(err, berkas, 0, PesanGalat.baca(e));
        }
        HasilReviu hasil = ReviuChecker.periksa(lembar, new OpsiReviu(!tanpaPembulatanDulu));
        if (format == Format.json) {
            out.println(ReviuJsonWriter.tulis(hasil));
        } else {
            ReviuTeksWriter.tulis(berkas, hasil, out);
        }
        out.flush();
        if (hasil.ringkasan().diperiksa() == 0) {
            return PesanGalat.berkas(err, berkas, 0, "tidak ada angka tercetak yang dapat diperiksa ("
                    + hasil.ringkasan().baris() + " baris data dibaca, 0 diperiksa, " + hasil.ringkasan().galat()
                    + " galat masukan)");
        }
        if (!hasil.galat().isEmpty()) {
            PesanGalat.berkas(err, berkas, hasil.galat().get(0).baris(), hasil.galat().size()
                    + " galat masukan; baris bergalat tidak diperiksa (lihat daftar GALAT MASUKAN)");
        }
        return hasil.kodeKeluar();
    }
}
