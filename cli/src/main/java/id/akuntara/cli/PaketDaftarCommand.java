package id.akuntara.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import java.io.PrintWriter;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code akuntara paket daftar [--format json]}: the built-in data packages of the installed plugins. */
@Command(name = "daftar", mixinStandardHelpOptions = true,
        description = "Daftar paket data bawaan plugin: kode pemda, nama, tingkat, plugin.")
final class PaketDaftarCommand implements Callable<Integer> {

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Option(names = "--format", defaultValue = "teks", description = "Format keluaran: ${COMPLETION-CANDIDATES} (bawaan: ${DEFAULT-VALUE})")
    PaketPeriksaCommand.Format format;

    @Override
    public Integer call() throws Exception {
        PrintWriter out = spec.commandLine().getOut();
        List<PaketBawaan.Entri> semua = PaketBawaan.semua();
        if (format == PaketPeriksaCommand.Format.json) {
            ObjectMapper json = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);
            ArrayNode daftar = json.createArrayNode();
            semua.forEach(e -> daftar.addObject().put("kode", e.kode()).put("nama", e.nama())
                    .put("tingkat", e.tingkat().name()).put("plugin", e.plugin().id()).put("sumber", e.sumber()));
            out.println(json.writeValueAsString(daftar));
        } else if (semua.isEmpty()) {
            out.println("Tidak ada paket data bawaan.");
        } else {
            out.println(String.format("%-22s %-32s %-10s %s", "KODE", "NAMA", "TINGKAT", "PLUGIN"));
            semua.forEach(e -> out.println(String.format("%-22s %-32s %-10s %s", e.kode(), e.nama(), e.tingkat(),
                    e.plugin().id())));
        }
        out.flush();
        return 0;
    }
}
