package id.akuntara.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import id.akuntara.core.calc.AngkaFormatter;
import id.akuntara.core.calc.Pembulatan;
import id.akuntara.core.paket.GalatPaket;
import id.akuntara.core.paket.HasilPemeriksaan;
import id.akuntara.core.paket.hitung.HasilAnggaran;
import id.akuntara.core.paket.hitung.HasilIndikator;
import id.akuntara.core.paket.hitung.HasilPaket;
import id.akuntara.core.paket.hitung.HasilSasaran;
import id.akuntara.core.paket.hitung.KebijakanPaket;
import id.akuntara.core.paket.hitung.PerhitunganPaket;
import java.io.PrintWriter;
import java.math.BigDecimal;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code akuntara paket hitung --pemda KODE --tahun TTTT [--format json|teks]}: computes a built-in package for a
 * year: per indicator target (authoritative source), realisasi, capaian, predikat and state; per sasaran the mean;
 * per budget node pagu, realisasi and serapan. Numbers are written the Indonesian way ("130,92"), capaian and
 * serapan rounded by the pemda's display policy. Exit 0, or 2 for an unknown pemda or an invalid package.
 */
@Command(name = "hitung", mixinStandardHelpOptions = true,
        description = {"Menghitung capaian, predikat, rata-rata sasaran dan serapan anggaran paket data bawaan.",
            "Kode keluar: 0 berhasil, 2 pemda tidak dikenal atau paket tidak sah."})
final class PaketHitungCommand implements Callable<Integer> {

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Option(names = "--pemda", required = true, paramLabel = "KODE", description = "Kode pemda, mis. kab-klungkung")
    String pemda;

    @Option(names = "--tahun", required = true, paramLabel = "TTTT", description = "Tahun laporan, mis. 2021")
    int tahun;

    @Option(names = "--format", defaultValue = "teks", description = "Format keluaran: ${COMPLETION-CANDIDATES} (bawaan: ${DEFAULT-VALUE})")
    PaketPeriksaCommand.Format format;

    @Override
    public Integer call() throws Exception {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        Optional<PaketBawaan.Entri> entri = PaketBawaan.cari(pemda);
        if (entri.isEmpty()) {
            return PaketPeriksaCommand.pemdaTidakDikenal(pemda, err);
        }
        HasilPemeriksaan periksa = entri.get().periksa();
        if (!periksa.sah()) {
            return PaketPeriksaCommand.paketTidakSah(entri.get(), periksa, err);
        }
        var paket = periksa.paket().orElseThrow();
        KebijakanPaket kebijakan = KebijakanPaket.dari(paket, Optional.of(entri.get().plugin()));
        HasilPaket h = PerhitunganPaket.hitung(paket, tahun, kebijakan);
        Pembulatan bulat = kebijakan.pembulatan();
        if (format == PaketPeriksaCommand.Format.json) {
            out.print(json(h, kebijakan));
        } else {
            teks(out, entri.get(), h, kebijakan);
        }
        out.flush();
        return 0;
    }

    static String angka(BigDecimal n) {
        if (n == null) {
            return null;
        }
        BigDecimal s = n.stripTrailingZeros();
        return AngkaFormatter.formatTepat(s.scale() < 0 ? s.setScale(0) : s);
    }

    static String persen(BigDecimal n, Pembulatan bulat) {
        return n == null ? null : AngkaFormatter.format(n, bulat);
    }

    private static String json(HasilPaket h, KebijakanPaket k) throws Exception {
        ObjectMapper m = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);
        ObjectNode akar = m.createObjectNode();
        akar.put("pemda", h.pemda()).put("tahun", h.tahun());
        akar.putObject("kebijakan").put("sumberTarget", k.sumberTarget().name())
                .put("pembulatan", k.pembulatan().skala() + " desimal, " + k.pembulatan().mode())
                .put("batasCapaian", k.batasCapaian().maksimum().map(PaketHitungCommand::angka).orElse(null))
                .put("skala", k.skala().map(s -> s.nama() + " (" + k.asalSkala() + ")").orElse(null));
        ArrayNode ind = akar.putArray("indikator");
        for (HasilIndikator i : h.indikator()) {
            ind.addObject().put("kode", i.kode()).put("nama", i.nama()).put("sumberTarget", i.sumberTarget())
                    .put("target", angka(i.target())).put("labelTarget", i.labelTarget())
                    .put("realisasi", angka(i.realisasi())).put("status", i.status())
                    .put("capaian", persen(i.capaian(), k.pembulatan())).put("predikat", i.predikat())
                    .put("keterangan", i.keterangan());
        }
        ArrayNode sas = akar.putArray("sasaran");
        for (HasilSasaran s : h.sasaran()) {
            ObjectNode o = sas.addObject().put("kode", s.kode()).put("nama", s.nama())
                    .put("capaian", persen(s.capaian(), k.pembulatan()));
            s.peringatan().forEach(o.putArray("peringatan")::add);
        }
        ArrayNode ang = akar.putArray("anggaran");
        for (HasilAnggaran a : h.anggaran()) {
            ang.addObject().put("kode", a.kode()).put("nama", a.nama()).put("induk", a.induk())
                    .put("pagu", angka(a.pagu())).put("realisasi", angka(a.realisasi()))
                    .put("serapan", persen(a.serapan(), k.pembulatan()));
        }
        return m.writeValueAsString(akar) + "\n";
    }

    private static void teks(PrintWriter out, PaketBawaan.Entri e, HasilPaket h, KebijakanPaket k) {
        Pembulatan b = k.pembulatan();
        out.println(e.nama() + " (" + h.pemda() + "), tahun " + h.tahun() + "; sumber target berwenang: "
                + k.sumberTarget() + "; skala predikat: " + k.skala().map(s -> s.nama()).orElse("tidak ada"));
        out.println();
        out.println("INDIKATOR");
        out.println(String.format("%-14s %-12s %14s %14s %10s %-22s %s", "KODE", "SUMBER", "TARGET", "REALISASI",
                "CAPAIAN", "STATUS", "PREDIKAT"));
        for (HasilIndikator i : h.indikator()) {
            out.println(String.format("%-14s %-12s %14s %14s %10s %-22s %s", i.kode(), nol(i.sumberTarget()),
                    nol(i.labelTarget()), nol(angka(i.realisasi())), nol(persen(i.capaian(), b)), i.status(),
                    i.predikat() == null ? "tanpa predikat" : i.predikat()));
            if (!i.keterangan().isEmpty()) {
                out.println("    " + i.keterangan());
            }
        }
        out.println();
        out.println("SASARAN");
        for (HasilSasaran s : h.sasaran()) {
            out.println(String.format("%-14s %10s  %s", s.kode(), nol(persen(s.capaian(), b)), s.nama()));
            s.peringatan().forEach(p -> out.println("    " + p));
        }
        out.println();
        out.println("ANGGARAN");
        out.println(String.format("%-16s %22s %22s %10s  %s", "KODE", "PAGU", "REALISASI", "SERAPAN", "NAMA"));
        for (HasilAnggaran a : h.anggaran()) {
            out.println(String.format("%-16s %22s %22s %10s  %s", a.kode(), nol(angka(a.pagu())), nol(angka(a.realisasi())),
                    nol(persen(a.serapan(), b)), a.nama()));
        }
    }

    private static String nol(String s) {
        return s == null ? "-" : s;
    }
}
