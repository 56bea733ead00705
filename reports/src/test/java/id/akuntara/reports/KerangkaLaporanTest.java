package id.akuntara.reports;

import id.akuntara.core.paket.Paket;
import id.akuntara.core.paket.PaketData;
import id.akuntara.core.pengukuran.KebijakanPengukuran;
import id.akuntara.core.pengukuran.KinerjaTahunan;
import id.akuntara.core.pengukuran.LayananPengukuran;
import id.akuntara.core.pengukuran.PengaturanPaket;
import id.akuntara.core.pengukuran.SumberPengukuran;
import id.akuntara.core.plugin.PemetaKerangka;
import id.akuntara.core.plugin.PenyusunKonfigurasi;
import id.akuntara.spi.BabLaporan;
import id.akuntara.spi.BagianLaporan;
import id.akuntara.spi.KerangkaLaporan;
import id.akuntara.spi.TenantPlugin;
import org.junit.jupiter.api.Test;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.ResourceBundle;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The report follows the outline in force, by configuration only: the pemda's own (from its data package's
 * {@code pengaturan.kerangkaLaporan}) → its level plugin's → PermenPAN-RB 53/2014. A fifth pemda, data only, gets a
 * complete report in the regulation's order.
 */
class KerangkaLaporanTest {

    private static final ResourceBundle ID = LayananLaporan.label(LayananLaporan.INDONESIA);

    private static List<String> judul(List<Blok> blok) {
        return blok.stream().filter(b -> b.judul() != null).map(Blok::judul).toList();
    }

    private static List<String> jenisDanIsi(List<Blok> blok) {
        return blok.stream().map(b -> b.jenis() + ":" + (b.judul() != null ? b.judul() : b.templat() != null ? b.templat()
                : b.teks())).toList();
    }

    /** Kabupaten Contoh (core/src/test/resources/paket/kab-contoh.json): no code, no plugin of its own. */
    @Test
    void pemdaKelimaMendapatLaporanLengkapTanpaKode() throws IOException {
        PaketData data = Paket.periksa(Files.readString(Path.of("..", "core", "src", "test", "resources", "paket",
                "kab-contoh.json"), StandardCharsets.UTF_8)).paket().orElseThrow();
        TenantPlugin plugin = Wilayah.KLUNGKUNG.plugin();
        KinerjaTahunan k = LayananPengukuran.hitung(SumberPengukuran.paket(data), 2022, KebijakanPengukuran.dari(data, plugin));
        BahanLaporan bahan = PenyusunBahan.susun(data, k, PenyusunKonfigurasi.susun(data.pemda(), plugin,
                PengaturanPaket.lapisanPemda(data.pengaturan())), "Kabupaten Contoh");
        assertEquals(KerangkaLaporan.permenpanRb53Tahun2014(), bahan.kerangka(), "the plugin's outline, the regulation's");
        assertEquals("LKjIP", bahan.namaLaporan());

        List<String> judul = judul(SusunanLaporan.susun(bahan, ID, LayananLaporan.INDONESIA));
        List<String> urutan = List.of("IKHTISAR EKSEKUTIF", "BAB I PENDAHULUAN", "BAB II PERENCANAAN KINERJA",
                "BAB III AKUNTABILITAS KINERJA", "BAB IV PENUTUP", "LAMPIRAN: PERJANJIAN KINERJA", "LAMPIRAN: JEJAK PERHITUNGAN");
        assertEquals(urutan, judul.stream().filter(urutan::contains).toList(), judul.toString());

        ByteArrayOutputStream pdf = new ByteArrayOutputStream();
        LaporanTahunanTest.LAYANAN.laporanTahunan(bahan, plugin, FormatLaporan.PDF, LayananLaporan.INDONESIA, pdf);
        String t = Teks.dari(pdf.toByteArray(), FormatLaporan.PDF);
        assertTrue(t.contains("KABUPATEN CONTOH") && t.contains("TAHUN 2022"), "sampul");
        k.indikator().forEach(i -> assertTrue(t.contains(i.kode()) && t.contains(BarisLaporan.tampil(i.capaian())),
                i.kode() + " " + BarisLaporan.tampil(i.capaian())));
        int posisi = -1;
        for (String j : urutan) {
            int p = t.indexOf(j, posisi + 1);
            assertTrue(p > posisi, j + " in order");
            posisi = p;
        }
    }

    /**
     * Pangkalpinang with an outline of its own in its package: BAB III before BAB II, the organisation chart left
     * out, an optional section of its own ("Maksud dan Tujuan") that takes the chapter's narrative, no Kata Pengantar.
     */
    @Test
    void kerangkaPemdaDariPaketMenentukanBagianDanUrutan() {
        Wilayah w = Wilayah.PANGKALPINANG;
        KerangkaLaporan standar = KerangkaLaporan.permenpanRb53Tahun2014();
        BabLaporan bab1 = standar.bab().get(0);
        List<BagianLaporan> bagian1 = new ArrayList<>(bab1.bagian().stream()
                .filter(b -> !b.kode().equals("bab1.struktur-organisasi") && !b.kode().equals("bab1.latar-belakang")).toList());
        bagian1.add(0, BagianLaporan.bagian("bab1.maksud-tujuan", "Maksud dan Tujuan", false));
        KerangkaLaporan sendiri = new KerangkaLaporan(standar.pembuka().subList(1, 2),
                List.of(new BabLaporan("I", "bab1", "Pendahuluan", bagian1), standar.bab().get(2), standar.bab().get(1),
                        standar.bab().get(3)), standar.lampiran());
        PaketData.Pengaturan s = w.data().pengaturan();
        PaketData data = denganPengaturan(w.data(), new PaketData.Pengaturan(s.plugin(), s.sumberTarget(), s.desimalTampil(),
                s.modePembulatan(), s.batasCapaian(), s.penangananKosong(), s.bulatkanDulu(), s.skala(), s.namaLaporan(),
                s.kepalaDaerah(), PemetaKerangka.kePaket(sendiri), s.logo()));
        assertTrue(Paket.periksa(Paket.tulis(data)).sah(), Paket.periksa(Paket.tulis(data)).galat().toString());

        BahanLaporan bahan = PenyusunBahan.susun(data, w.kinerja(), PenyusunKonfigurasi.susun(w.kode(), w.plugin(),
                PengaturanPaket.lapisanPemda(data.pengaturan())), w.nama());
        assertEquals(sendiri, bahan.kerangka());
        List<Blok> blok = SusunanLaporan.susun(bahan, ID, LayananLaporan.INDONESIA);
        List<String> judul = judul(blok);
        assertFalse(judul.contains("KATA PENGANTAR"), judul.toString());
        assertTrue(judul.indexOf("BAB III AKUNTABILITAS KINERJA") < judul.indexOf("BAB II PERENCANAAN KINERJA"), judul.toString());
        assertFalse(judul.contains("Struktur Organisasi"), judul.toString());
        assertTrue(blok.stream().noneMatch(b -> b.gambar() != null && b.teks().startsWith("Bagan")), "no organisation chart");
        assertTrue(judul.contains("Sumber Daya Aparatur"), "the staff table stays: " + judul);
        // the chapter's narrative stands at the pemda's own first narrative section, before the staff table
        List<String> urut = jenisDanIsi(blok);
        int awalBab1 = urut.indexOf("BAB:BAB I PENDAHULUAN");
        assertEquals("TABEL:narasi", urut.get(awalBab1 + 1), urut.subList(awalBab1, awalBab1 + 4).toString());
        assertTrue(urut.indexOf("JUDUL1:Sumber Daya Aparatur") > awalBab1 + 1);
    }

    /** A level plugin's outline serves every pemda of the level that has none of its own. */
    @Test
    void kerangkaPluginBerlakuBilaPemdaTidakPunya() {
        Wilayah w = Wilayah.KLUNGKUNG;
        KerangkaLaporan standar = KerangkaLaporan.permenpanRb53Tahun2014();
        KerangkaLaporan ringkas = new KerangkaLaporan(List.of(), List.of(standar.bab().get(2)), List.of());
        TenantPlugin plugin = pluginDenganKerangka(w.plugin(), ringkas);
        BahanLaporan bahan = PenyusunBahan.susun(w.data(), w.kinerja(), PenyusunKonfigurasi.susun(w.kode(), plugin,
                PengaturanPaket.lapisanPemda(w.data().pengaturan())), w.nama());
        List<String> judul = judul(SusunanLaporan.susun(bahan, ID, LayananLaporan.INDONESIA));
        assertEquals("BAB III AKUNTABILITAS KINERJA", judul.get(0), judul.toString());
        assertFalse(judul.contains("IKHTISAR EKSEKUTIF") || judul.contains("BAB I PENDAHULUAN"), judul.toString());
        assertEquals("LAMPIRAN: JEJAK PERHITUNGAN", judul.get(judul.size() - 1), "the trace always closes the report");
    }

    /** A required section without data says so; an optional one is left out. English headings by code. */
    @Test
    void bagianWajibTanpaDataDiberiCatatanDanJudulInggris() {
        Wilayah w = Wilayah.KLUNGKUNG;
        List<Blok> id = SusunanLaporan.susun(w.bahan(), ID, LayananLaporan.INDONESIA);
        // Klungkung's data hold no budget realisation: the efficiency section (required) is a note
        int ef = judul(id).indexOf("Analisis atas Efisiensi Penggunaan Sumber Daya");
        assertTrue(ef >= 0);
        assertTrue(id.stream().anyMatch(b -> "CATATAN".equals(b.jenis()) && b.teks().startsWith("Efisiensi tidak dapat disajikan")));
        // no staff table in Klungkung's data: the optional section is absent
        assertFalse(judul(id).contains("Sumber Daya Aparatur"));
        List<String> en = judul(SusunanLaporan.susun(w.bahan(), LayananLaporan.label(Locale.ENGLISH), Locale.ENGLISH));
        assertTrue(en.contains("CHAPTER III PERFORMANCE ACCOUNTABILITY") && en.contains("Efficiency of the Use of Resources")
                && en.contains("EXECUTIVE SUMMARY"), en.toString());
    }

    static PaketData denganPengaturan(PaketData p, PaketData.Pengaturan s) {
        return new PaketData(p.format(), p.versi(), p.pemda(), s, p.unit(), p.perubahanUnit(), p.jabatan(), p.pegawai(),
                p.penugasan(), p.statistikPegawai(), p.rpjmd(), p.renstra(), p.tujuan(), p.sasaran(), p.strategi(),
                p.indikator(), p.iku(), p.target(), p.anggaran(), p.perjanjianKinerja(), p.rencanaAksi(), p.realisasi(),
                p.evaluasi(), p.keputusan(), p.narasi());
    }

    static TenantPlugin pluginDenganKerangka(TenantPlugin asli, KerangkaLaporan kerangka) {
        assertNotNull(kerangka);
        return new PluginPengganti(asli) {
            @Override
            public Optional<KerangkaLaporan> kerangkaLaporan() {
                return Optional.of(kerangka);
            }
        };
    }
}
