package id.akuntara.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ObjectNode;
import id.akuntara.core.kualitas.Keparahan;
import id.akuntara.core.kualitas.PemeriksaKualitasData;
import id.akuntara.core.kualitas.TemuanKualitas;
import id.akuntara.core.paket.GalatPaket;
import id.akuntara.core.paket.HasilPemeriksaan;
import id.akuntara.core.paket.Paket;
import id.akuntara.core.teks.BukanUtf8Exception;
import id.akuntara.core.teks.TeksUtf8;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code akuntara paket periksa FILE [--format json|teks]}: checks a data package without a database or server,
 * with the same rules the import applies. Exit 0 when valid, 2 when invalid or unreadable; every error is listed
 * with its JSON path and an Indonesian message.
 *
 * <p>{@code akuntara paket periksa --pemda KODE [--format json|teks]} (the alternative to FILE): runs the
 * data-quality checks ({@link PemeriksaKualitasData}) on a built-in package. Exit 0 without findings of severity
 * GALAT, 1 with, 2 for an unknown pemda or an invalid package.
 */
@Command(name = "periksa", mixinStandardHelpOptions = true,
        description = {"Memeriksa paket data (JSON) tanpa basis data: tipe, rujukan, kode ganda, NIP, pagu, periode,",
            "siklus, jenjang PK. Kode keluar: 0 sah, 2 tidak sah.",
            "Dengan --pemda KODE (pengganti BERKAS): pemeriksaan kualitas data paket bawaan.",
            "Kode keluar: 0 tanpa temuan GALAT, 1 ada temuan GALAT, 2 pemda tidak dikenal atau paket tidak sah."})
final class PaketPeriksaCommand implements Callable<Integer> {

    enum Format { json, teks }

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Parameters(index = "0", arity = "0..1", paramLabel = "BERKAS", description = "Paket data .json (UTF-8)")
    Path berkas;

    @Option(names = "--pemda", paramLabel = "KODE", description = "Kode pemda paket bawaan (pengganti BERKAS), mis. prov-kaltim")
    String pemda;

    @Option(names = "--format", defaultValue = "teks", description = "Format keluaran: ${COMPLETION-CANDIDATES} (bawaan: ${DEFAULT-VALUE})")
    Format format;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        if ((berkas == null) == (pemda == null)) {
            err.println("GALAT: sebutkan tepat salah satu: BERKAS atau --pemda KODE.");
            err.flush();
            return 2;
        }
        if (pemda != null) {
            return kualitas(out, err);
        }
        String bukan = PesanGalat.bukanBerkas(berkas);
        if (bukan != null) {
            return PesanGalat.berkas(err, berkas, 0, bukan);
        }
        String isi;
        try {
            isi = TeksUtf8.baca(Files.readAllBytes(berkas));
        } catch (BukanUtf8Exception e) {
            return PesanGalat.berkas(err, berkas, e.baris(), e.getMessage());
        } catch (IOException e) {
            return PesanGalat.berkas(err, berkas, 0, PesanGalat.baca(e));
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
        if (!hasil.sah()) {
            return PesanGalat.berkas(err, berkas, 0, "paket data tidak sah: " + hasil.galat().size() + " galat, pertama "
                    + hasil.galat().get(0).jalur() + ": " + hasil.galat().get(0).pesan());
        }
        return 0;
    }

    private int kualitas(PrintWriter out, PrintWriter err) {
        Optional<PaketBawaan.Entri> entri = PaketBawaan.cari(pemda);
        if (entri.isEmpty()) {
            return pemdaTidakDikenal(pemda, err);
        }
        HasilPemeriksaan hasil = entri.get().periksa();
        if (!hasil.sah()) {
            return paketTidakSah(entri.get(), hasil, err);
        }
        List<TemuanKualitas> temuan = PemeriksaKualitasData.periksa(hasil.paket().orElseThrow());
        Map<Keparahan, Integer> jumlah = new EnumMap<>(Keparahan.class);
        for (Keparahan k : Keparahan.values()) {
            jumlah.put(k, 0);
        }
        temuan.forEach(t -> jumlah.merge(t.keparahan(), 1, Integer::sum));
        if (format == Format.json) {
            try {
                ObjectMapper m = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);
                ObjectNode akar = m.createObjectNode();
                akar.put("pemda", pemda).put("jumlahTemuan", temuan.size());
                ObjectNode r = akar.putObject("ringkasan");
                jumlah.forEach((k, n) -> r.put(k.name(), n));
                var daftar = akar.putArray("temuan");
                for (TemuanKualitas t : temuan) {
                    ObjectNode o = daftar.addObject().put("idPemeriksaan", t.idPemeriksaan()).put("keparahan", t.keparahan().name())
                            .put("deskripsi", t.deskripsi());
                    t.rujukan().forEach(o.putArray("rujukan")::add);
                }
                out.print(m.writeValueAsString(akar) + "\n");
            } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
                throw new IllegalStateException(e);
            }
        } else {
            out.println(entri.get().nama() + " (" + pemda + "): " + temuan.size() + " temuan kualitas data ("
                    + jumlah.get(Keparahan.GALAT) + " galat, " + jumlah.get(Keparahan.PERINGATAN) + " peringatan, "
                    + jumlah.get(Keparahan.INFO) + " info).");
            for (TemuanKualitas t : temuan) {
                out.println("  [" + t.keparahan() + "] " + t.idPemeriksaan() + ": " + t.deskripsi());
                out.println("      " + String.join(", ", t.rujukan()));
            }
        }
        out.flush();
        return jumlah.get(Keparahan.GALAT) > 0 ? 1 : 0;
    }

    static int pemdaTidakDikenal(String kode, PrintWriter err) {
        err.println("Pemda '" + kode + "' tidak memiliki paket data bawaan. Paket yang ada: "
                + String.join(", ", PaketBawaan.semua().stream().map(PaketBawaan.Entri::kode).toList())
                + " (lihat: akuntara paket daftar).");
        err.flush();
        return 2;
    }

    static int paketTidakSah(PaketBawaan.Entri e, HasilPemeriksaan hasil, PrintWriter err) {
        err.println("Paket bawaan " + e.sumber() + " (plugin " + e.plugin().id() + ") tidak sah: " + hasil.galat().size()
                + " galat.");
        hasil.galat().forEach(g -> err.println("  " + g.jalur() + ": " + g.pesan()));
        err.flush();
        return 2;
    }
}
