package id.akuntara.cli;

import id.akuntara.core.paket.HasilPemeriksaan;
import id.akuntara.core.paket.PaketData;
import id.akuntara.core.pengukuran.KebijakanPengukuran;
import id.akuntara.core.pengukuran.KinerjaTahunan;
import id.akuntara.core.pengukuran.LayananPengukuran;
import id.akuntara.core.pengukuran.PengaturanPaket;
import id.akuntara.core.pengukuran.SumberPengukuran;
import id.akuntara.core.pengukuran.TahunTidakAdaException;
import id.akuntara.core.plugin.KonfigurasiPemda;
import id.akuntara.core.plugin.PengaturanPemda;
import id.akuntara.core.plugin.PenyusunKonfigurasi;
import id.akuntara.reports.BahanLaporan;
import id.akuntara.reports.LayananLaporan;
import id.akuntara.reports.PenyusunBahan;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

import java.io.ByteArrayOutputStream;
import java.io.PrintWriter;
import java.util.Optional;
import java.util.concurrent.Callable;

/**
 * {@code akuntara laporan --pemda KODE --tahun TTTT [--format pdf|docx|xlsx] [--bahasa id|en] -o BERKAS}: the annual
 * performance report (LKjIP / LKIP / LAKIP) of a built-in package's year, rendered by {@code reports} from the read
 * model of the one measurement service. Exit 0; 2 for a missing option, an unknown pemda, an invalid package, a
 * year the package does not hold or a file that cannot be written.
 */
@Command(name = "laporan", mixinStandardHelpOptions = true,
        description = {"Menyusun laporan kinerja tahunan (LKjIP/LKIP/LAKIP) paket data bawaan sebagai PDF, DOCX atau",
            "XLSX: sampul, ikhtisar, BAB I–IV dengan tabel capaian, sasaran dan realisasi anggaran, tabel PK, dan",
            "lampiran jejak perhitungan. Subperintah 'pk': dokumen Perjanjian Kinerja satu tahun.",
            "Kode keluar: 0 berhasil, 2 masukan tidak dapat dipakai."},
        subcommands = LaporanPkCommand.class)
final class LaporanCommand implements Callable<Integer> {

    /** One service for the process: each template is compiled once. */
    static final LayananLaporan LAYANAN = new LayananLaporan();

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Mixin
    OpsiLaporan opsi;

    @Option(names = "--nama-laporan", paramLabel = "NAMA",
            description = "Mengganti nama laporan (mis. LAKIP, LKIP); bawaan: pengaturan.namaLaporan paket, lalu plugin,"
                    + " lalu inti (LKjIP).")
    String namaLaporan;

    @Override
    public Integer call() {
        PrintWriter err = spec.commandLine().getErr();
        Progres progres = new Progres(err, 4, opsi.progres);
        progres.langkah(1, "Memeriksa paket " + (opsi.pemda == null ? "" : opsi.pemda));
        Optional<PaketData> paket = LaporanCommand.paket(opsi, err);
        if (paket.isEmpty()) {
            return PesanGalat.MASUKAN;
        }
        PaketBawaan.Entri entri = PaketBawaan.cari(opsi.pemda).orElseThrow();
        progres.langkah(2, "Menghitung kinerja tahun " + opsi.tahun);
        KinerjaTahunan k;
        try {
            k = LayananPengukuran.hitung(SumberPengukuran.paket(paket.get()), opsi.tahun,
                    KebijakanPengukuran.dari(paket.get(), entri.plugin()));
        } catch (TahunTidakAdaException e) {
            err.println("GALAT: " + e.getMessage() + ".");
            err.flush();
            return PesanGalat.MASUKAN;
        }
        PengaturanPemda pemda = PengaturanPaket.lapisanPemda(paket.get().pengaturan());
        if (namaLaporan != null && !namaLaporan.isBlank()) {
            pemda = pemda.denganNamaLaporan(namaLaporan.strip());
        }
        KonfigurasiPemda konfigurasi = PenyusunKonfigurasi.susun(opsi.pemda, entri.plugin(), pemda);
        // the trend of BAB III: the read model of each year of the plan, computed from the same package
        BahanLaporan bahan = PenyusunBahan.susun(paket.get(), k, konfigurasi, entri.nama(),
                LayananPengukuran.tahunTersedia(paket.get()), t -> LayananPengukuran.hitung(SumberPengukuran.paket(paket.get()), t,
                        KebijakanPengukuran.dari(paket.get(), entri.plugin())));
        progres.langkah(3, "Menyusun " + bahan.namaLaporan() + " (" + opsi.format + ")");
        ByteArrayOutputStream isi = new ByteArrayOutputStream();
        LAYANAN.laporanTahunan(bahan, entri.plugin(), opsi.formatLaporan(), opsi.locale(), isi);
        progres.langkah(4, "Menulis " + opsi.keluaran);
        int kode = tulis(spec, opsi, isi.toByteArray(), bahan.namaLaporan() + " " + entri.nama() + " " + opsi.tahun);
        if (kode == 0) {
            progres.selesai();
        }
        return kode;
    }

    /** The checked package of {@code --pemda}, or empty after writing the error (missing option, unknown pemda …). */
    static Optional<PaketData> paket(OpsiLaporan opsi, PrintWriter err) {
        String kurang = opsi.kurang();
        if (kurang != null) {
            err.println("GALAT: wajib diisi: " + kurang + ".");
            err.flush();
            return Optional.empty();
        }
        Optional<PaketBawaan.Entri> entri = PaketBawaan.cari(opsi.pemda);
        if (entri.isEmpty()) {
            PaketPeriksaCommand.pemdaTidakDikenal(opsi.pemda, err);
            return Optional.empty();
        }
        HasilPemeriksaan periksa = entri.get().periksa();
        if (!periksa.sah()) {
            PaketPeriksaCommand.paketTidakSah(entri.get(), periksa, err);
            return Optional.empty();
        }
        return periksa.paket();
    }

    /** Writes the rendered file whole (nothing half-written), and one line saying what was written. */
    static int tulis(CommandLine.Model.CommandSpec spec, OpsiLaporan opsi, byte[] isi, String apa) {
        try {
            java.nio.file.Files.write(opsi.keluaran, isi);
        } catch (java.io.IOException e) {
            return PesanGalat.berkas(spec.commandLine().getErr(), opsi.keluaran, 0,
                    "tidak dapat ditulis (" + (e instanceof java.nio.file.AccessDeniedException ? "tidak ada izin"
                            : e instanceof java.nio.file.NoSuchFileException ? "direktori tidak ada" : "galat masukan/keluaran") + ")");
        }
        PrintWriter out = spec.commandLine().getOut();
        out.println("Ditulis: " + opsi.keluaran + " (" + apa + ", " + opsi.format + ", bahasa " + opsi.bahasa + ", "
                + isi.length + " bita)");
        out.flush();
        return 0;
    }
}
