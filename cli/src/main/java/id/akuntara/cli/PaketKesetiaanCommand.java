package id.akuntara.cli;

import id.akuntara.core.paket.HasilPemeriksaan;
import id.akuntara.core.pengukuran.KebijakanPengukuran;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;

/**
 * {@code akuntara paket kesetiaan [--tulis docs/fidelity.md]}: the fidelity ledger (issue 9 point 6). For every
 * figure of the seed reports that the built-in packages carry, and every {@code inconsistencies} entry of the
 * seeds' extractions, one line: reproduced exactly, printed wrong and flagged (reviu or data-quality check, with
 * the finding), different without a flag, or not covered (with why). The lines come from
 * {@code kesetiaan/<pemda>.tsv} ({@link BarisKesetiaan}); they are judged by {@link PenilaiKesetiaan}. Prints the
 * Markdown, or writes it to the file. Exit 0; 2 when a package is missing or invalid.
 */
@Command(name = "kesetiaan", mixinStandardHelpOptions = true,
        description = {"Buku kesetiaan: setiap angka laporan seed yang dibawa paket bawaan, dan setiap inkonsistensi",
            "ekstraksi seed, dengan hasilnya: sama, salah cetak (ditandai reviu atau pemeriksaan kualitas data),",
            "berbeda tanpa tanda, atau tidak tercakup. Menulis Markdown (docs/fidelity.md).",
            "Kode keluar: 0 berhasil, 2 paket bawaan tidak ada atau tidak sah."})
final class PaketKesetiaanCommand implements Callable<Integer> {

    /** The command that regenerates docs/fidelity.md, quoted in its header. */
    static final String PERINTAH = "java -jar cli/target/akuntara-cli.jar paket kesetiaan --tulis docs/fidelity.md";

    /** The seed report of each region. */
    private static final Map<String, String> SEED = Map.of(
            "kota-pangkalpinang", "LAKIP 2021 (seed 000; ekstraksi pangkalpinang)",
            "kota-tanjungpinang", "LKIP 2020 (seed teks; tanpa ekstraksi: angka yang dibawa paket)",
            "kab-klungkung", "LKjIP 2020 (ekstraksi klungkung)",
            "prov-kaltim", "LKjIP 2021 (ekstraksi kaltim-a, kaltim-b, kaltim-c)");

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Option(names = "--tulis", paramLabel = "BERKAS", description = "Tulis ke berkas ini (mis. docs/fidelity.md) alih-alih ke keluaran standar")
    Path tulis;

    @Override
    public Integer call() throws IOException {
        String teks;
        try {
            teks = susun();
        } catch (IllegalStateException e) {
            spec.commandLine().getErr().println("GALAT: " + e.getMessage());
            spec.commandLine().getErr().flush();
            return 2;
        }
        if (tulis != null) {
            Files.writeString(tulis, teks, StandardCharsets.UTF_8);
            spec.commandLine().getOut().println("Ditulis: " + tulis);
        } else {
            spec.commandLine().getOut().print(teks);
        }
        spec.commandLine().getOut().flush();
        return 0;
    }

    /** The ledger of every region, judged. */
    static Map<String, List<PenilaiKesetiaan.Hasil>> nilaiSemua() {
        Map<String, List<PenilaiKesetiaan.Hasil>> hasil = new java.util.LinkedHashMap<>();
        for (String pemda : BarisKesetiaan.WILAYAH) {
            PaketBawaan.Entri e = PaketBawaan.cari(pemda)
                    .orElseThrow(() -> new IllegalStateException("paket bawaan " + pemda + " tidak ada"));
            HasilPemeriksaan h = e.periksa();
            if (!h.sah()) {
                throw new IllegalStateException("paket bawaan " + pemda + " tidak sah: " + h.galat());
            }
            var paket = h.paket().orElseThrow();
            hasil.put(pemda, new PenilaiKesetiaan(paket, KebijakanPengukuran.dari(paket, e.plugin()))
                    .nilai(BarisKesetiaan.baca(pemda)));
        }
        return hasil;
    }

    /** docs/fidelity.md. */
    static String susun() {
        Map<String, List<PenilaiKesetiaan.Hasil>> semua = nilaiSemua();
        StringBuilder s = new StringBuilder();
        s.append("# Fidelity ledger (buku kesetiaan)\n\n")
                .append("<!-- Generated; do not edit. Regenerate: ").append(PERINTAH).append(" -->\n\n")
                .append("Every figure printed in the seed reports that the built-in data packages carry, and every\n")
                .append("`inconsistencies` entry of the seeds' extractions, with what the platform makes of it. Regenerate after\n")
                .append("`./mvnw -q -o -pl cli -am package -DskipTests` with\n\n")
                .append("```bash\n").append(PERINTAH).append("\n```\n\n")
                .append("The lines come from `cli/src/main/resources/kesetiaan/<pemda>.tsv` (where each figure is printed, the\n")
                .append("value as printed, the read-model trace id or package input it corresponds to, the extraction id). Each\n")
                .append("region's package is computed through `LayananPengukuran` and checked by `PemeriksaKualitasData`;\n")
                .append("`KesetiaanTest` fails when this file is not what the command writes.\n\n")
                .append("- **sama**: equal to the computed figure cut to the printed precision under the pemda's rounding mode, or\n")
                .append("  to the package's input (target, realisasi, pagu).\n")
                .append("- **salah cetak, ditandai**: different, and flagged: `reviu <rule>` is the reviu (`akuntara reviu`) of\n")
                .append("  the printed figure over its traced inputs; other ids are data-quality checks (`akuntara paket periksa\n")
                .append("  --pemda KODE`). A non-numeric inconsistency flagged by a check is counted here too.\n")
                .append("- **berbeda, tidak ditandai**: different and not flagged; the line says why.\n")
                .append("- **tidak tercakup**: the package holds no such figure; the line says why.\n\n");
        s.append("| pemda | seed | sama | salah cetak, ditandai | berbeda, tidak ditandai | tidak tercakup | jumlah |\n")
                .append("|---|---|---:|---:|---:|---:|---:|\n");
        semua.forEach((pemda, hasil) -> {
            Map<PenilaiKesetiaan.Status, Integer> n = hitung(hasil);
            s.append("| `").append(pemda).append("` | ").append(SEED.get(pemda));
            for (PenilaiKesetiaan.Status st : PenilaiKesetiaan.Status.values()) {
                s.append(" | ").append(n.get(st));
            }
            s.append(" | ").append(hasil.size()).append(" |\n");
        });
        semua.forEach((pemda, hasil) -> {
            s.append("\n## `").append(pemda).append("` — ").append(SEED.get(pemda)).append("\n\n")
                    .append("| # | tahun | sumber | uraian | tercetak | platform | hasil | inkonsistensi | keterangan |\n")
                    .append("|---:|---|---|---|---:|---:|---|---|---|\n");
            int i = 1;
            for (PenilaiKesetiaan.Hasil h : hasil) {
                BarisKesetiaan b = h.baris();
                s.append("| ").append(i++).append(" | ").append(b.tahun()).append(" | ").append(sel(b.sumber()))
                        .append(" | ").append(sel(b.uraian())).append(" | ").append(sel(b.tercetak())).append(" | ")
                        .append(sel(h.dihitung())).append(" | ").append(h.status().label).append(" | ")
                        .append(sel(b.inkonsistensi())).append(" | ")
                        .append(sel(gabungRujukan(b.rujukan(), h.keterangan()))).append(" |\n");
            }
        });
        return s.toString();
    }

    static Map<PenilaiKesetiaan.Status, Integer> hitung(List<PenilaiKesetiaan.Hasil> hasil) {
        Map<PenilaiKesetiaan.Status, Integer> n = new EnumMap<>(PenilaiKesetiaan.Status.class);
        for (PenilaiKesetiaan.Status st : PenilaiKesetiaan.Status.values()) {
            n.put(st, 0);
        }
        hasil.forEach(h -> n.merge(h.status(), 1, Integer::sum));
        return n;
    }

    private static String gabungRujukan(String rujukan, String keterangan) {
        List<String> bagian = new ArrayList<>();
        if (!rujukan.isEmpty()) {
            bagian.add("`" + rujukan + "`");
        }
        if (!keterangan.isEmpty()) {
            bagian.add(keterangan);
        }
        return String.join(" — ", bagian);
    }

    private static String sel(String s) {
        return s == null ? "" : s.replace("|", "\\|").replace("\n", " ");
    }
}
