package id.akuntara.cli;

import id.akuntara.core.paket.HasilPemeriksaan;
import id.akuntara.core.pengukuran.KebijakanPengukuran;
import id.akuntara.core.pengukuran.KinerjaJson;
import id.akuntara.core.pengukuran.KinerjaTahunan;
import id.akuntara.core.pengukuran.LayananPengukuran;
import id.akuntara.core.pengukuran.SumberPengukuran;
import id.akuntara.core.pengukuran.TahunTidakAdaException;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

import java.io.PrintWriter;
import java.util.Optional;
import java.util.concurrent.Callable;

/**
 * {@code akuntara paket hitung --pemda KODE --tahun TTTT [--format json|teks]}: the read model of a built-in
 * package's year through the one measurement service ({@link LayananPengukuran}), as text ({@link KinerjaTeks}) or
 * as the JSON the REST API uses ({@link KinerjaJson}). Exit 0; 2 for an unknown pemda, an invalid package or a
 * year the package does not hold (the message lists the years it does).
 */
@Command(name = "hitung", mixinStandardHelpOptions = true,
        description = {"Menghitung kinerja satu tahun paket data bawaan: capaian per indikator dan triwulan, predikat,",
            "rata-rata dan sebaran per sasaran, efisiensi, perubahan tahunan, kemajuan terhadap target akhir Renstra,",
            "anggaran dengan serapan dan total pemda, evaluasi SAKIP, dan jejak setiap angka.",
            "Kode keluar: 0 berhasil, 2 pemda tidak dikenal, paket tidak sah, atau tahun tidak ada dalam paket."})
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
    public Integer call() {
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
        KinerjaTahunan k;
        try {
            k = LayananPengukuran.hitung(SumberPengukuran.paket(paket), tahun,
                    KebijakanPengukuran.dari(paket, entri.get().plugin()));
        } catch (TahunTidakAdaException e) {
            err.println("GALAT: " + e.getMessage() + ".");
            err.flush();
            return 2;
        }
        if (format == PaketPeriksaCommand.Format.json) {
            out.println(KinerjaJson.tulis(k));
        } else {
            new KinerjaTeks(out).tulis(entri.get().nama(), k);
        }
        out.flush();
        return 0;
    }
}
