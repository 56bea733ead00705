package id.akuntara.cli;

import id.akuntara.core.paket.PaketData;
import id.akuntara.reports.DokumenPk;
import id.akuntara.reports.PenyusunBahan;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;

import java.io.ByteArrayOutputStream;
import java.io.PrintWriter;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.TreeSet;
import java.util.concurrent.Callable;

import static id.akuntara.core.paket.Paket.daftar;

/**
 * {@code akuntara laporan pk --pemda KODE --tahun TTTT [--format …] [--bahasa …] -o BERKAS}: the Perjanjian Kinerja
 * documents of a year of a built-in package, one after another. Exit 2 when the package holds no PK of that year
 * (the message lists the years it does).
 */
@Command(name = "pk", mixinStandardHelpOptions = true,
        description = {"Menyusun dokumen Perjanjian Kinerja satu tahun paket data bawaan: para pihak (nama, jabatan,",
            "NIP), tabel sasaran/indikator/target, program dengan anggaran, jumlah dan terbilang, tanda tangan.",
            "Kode keluar: 0 berhasil, 2 masukan tidak dapat dipakai atau tahun tanpa PK."})
final class LaporanPkCommand implements Callable<Integer> {

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Mixin
    OpsiLaporan opsi;

    @Override
    public Integer call() {
        PrintWriter err = spec.commandLine().getErr();
        Progres progres = new Progres(err, 3, opsi.progres);
        progres.langkah(1, "Memeriksa paket " + (opsi.pemda == null ? "" : opsi.pemda));
        Optional<PaketData> paket = LaporanCommand.paket(opsi, err);
        if (paket.isEmpty()) {
            return PesanGalat.MASUKAN;
        }
        List<DokumenPk> pk = PenyusunBahan.dokumenPk(paket.get(), opsi.tahun);
        if (pk.isEmpty()) {
            TreeSet<Integer> ada = new TreeSet<>();
            daftar(paket.get().perjanjianKinerja()).stream().map(PaketData.PerjanjianKinerja::tahun)
                    .filter(Objects::nonNull).forEach(ada::add);
            err.println("GALAT: paket " + opsi.pemda + " tidak memuat Perjanjian Kinerja tahun " + opsi.tahun
                    + "; tahun PK yang ada: " + (ada.isEmpty() ? "tidak ada" : String.join(", ",
                            ada.stream().map(String::valueOf).toList())) + ".");
            err.flush();
            return PesanGalat.MASUKAN;
        }
        PaketBawaan.Entri entri = PaketBawaan.cari(opsi.pemda).orElseThrow();
        progres.langkah(2, "Menyusun " + pk.size() + " Perjanjian Kinerja (" + opsi.format + ")");
        ByteArrayOutputStream isi = new ByteArrayOutputStream();
        LaporanCommand.LAYANAN.perjanjianKinerja(opsi.pemda, entri.nama(), PenyusunBahan.logo(paket.get()), pk, entri.plugin(), opsi.formatLaporan(),
                opsi.locale(), isi);
        progres.langkah(3, "Menulis " + opsi.keluaran);
        int kode = LaporanCommand.tulis(spec, opsi, isi.toByteArray(), pk.size() + " Perjanjian Kinerja " + entri.nama()
                + " " + opsi.tahun);
        if (kode == 0) {
            progres.selesai();
        }
        return kode;
    }
}
