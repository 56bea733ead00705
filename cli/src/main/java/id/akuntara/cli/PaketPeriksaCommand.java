package id.akuntara.cli;

import id.akuntara.core.paket.GalatPaket;
import id.akuntara.core.paket.HasilPemeriksaan;
import id.akuntara.core.paket.Paket;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code akuntara paket periksa FILE [--format json|teks]}: checks a data package without a database or server,
 * with the same rules the import applies. Exit 0 when valid, 2 when invalid or unreadable; every error is listed
 * with its JSON path and an Indonesian message.
 */
@Command(name = "periksa", mixinStandardHelpOptions = true,
        description = {"Memeriksa paket data (JSON) tanpa basis data: tipe, rujukan, kode ganda, NIP, pagu, periode,",
            "siklus, jenjang PK. Kode keluar: 0 sah, 2 tidak sah."})
final class PaketPeriksaCommand implements Callable<Integer> {

    enum Format { json, teks }

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Parameters(index = "0", paramLabel = "BERKAS", description = "Paket data .json (UTF-8)")
    Path berkas;

    @Option(names = "--format", defaultValue = "teks", description = "Format keluaran: ${COMPLETION-CANDIDATES} (bawaan: ${DEFAULT-VALUE})")
    Format format;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        String isi;
        try {
            isi = Files.readString(berkas, StandardCharsets.UTF_8);
        } catch (IOException e) {
            err.println("Berkas tidak dapat dibaca: " + berkas + " (" + e.getMessage() + ")");
            err.flush();
            return 2;
        }
        HasilPemeriksaan hasil = Paket.periksa(isi);
        if (format == Format.json) {
            out.print(Paket.galatSebagaiJson(hasil));
        } else if (hasil.sah()) {
            out.println(berkas + ": paket data sah.");
        } else {
            out.println(berkas + ": " + hasil.galat().size() + " galat.");
            for (GalatPaket g : hasil.galat()) {
                out.println("  " + g.jalur() + ": " + g.pesan());
            }
        }
        out.flush();
        return hasil.sah() ? 0 : 2;
    }
}
