package id.akuntara.reports;

import id.akuntara.core.pengukuran.KinerjaIndikator;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Renders the annual report of the four built-in regions and reads it back (PDFBox, POI): the figures printed are
 * the read model's {@code tampil} strings, the cover carries the configured report name, and the English edition
 * has English labels only.
 */
class LaporanTahunanTest {

    /** One service for the class: templates are compiled once (KatalogTemplatTest checks the cache). */
    static final LayananLaporan LAYANAN = new LayananLaporan();

    static Stream<Wilayah> wilayah() {
        return Stream.of(Wilayah.PANGKALPINANG, Wilayah.TANJUNGPINANG, Wilayah.KLUNGKUNG, Wilayah.KALTIM);
    }

    static byte[] render(Wilayah w, FormatLaporan f, Locale bahasa) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        LAYANAN.laporanTahunan(w.bahan(), w.plugin(), f, bahasa, out);
        return out.toByteArray();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("wilayah")
    void pdfMemuatSampulDanSemuaAngkaReadModel(Wilayah w) {
        String t = Teks.dari(render(w, FormatLaporan.PDF, LayananLaporan.INDONESIA), FormatLaporan.PDF);
        assertTrue(t.contains(w.namaLaporan()), "nama laporan");
        assertTrue(t.contains(w.nama().toUpperCase(Locale.ROOT)), "nama pemda");
        assertTrue(t.contains("TAHUN " + w.tahun()), "tahun");
        assertTrue(t.contains(w.bahan().kepalaDaerah()), "kepala daerah");
        assertTrue(t.contains("BAB III AKUNTABILITAS KINERJA"));
        for (KinerjaIndikator i : w.kinerja().indikator()) {
            assertTrue(t.contains(BarisLaporan.tampil(i.capaian())), i.kode() + " capaian " + i.capaian().tampil());
        }
        w.kinerja().sasaran().forEach(s -> assertTrue(t.contains(BarisLaporan.tampil(s.capaian())), s.kode()));
        if (w.kinerja().anggaran().total() != null) {
            assertTrue(t.contains("TOTAL PEMDA"));
        }
        w.kinerja().jejak().stream().limit(5).forEach(j -> assertTrue(t.contains(j.id()), j.id()));
    }

    @Test
    void pangkalpinangMencetakSerapanTotalReadModelBukan8332DariSeed() throws IOException {
        Wilayah w = Wilayah.PANGKALPINANG;
        String serapan = w.kinerja().anggaran().total().serapan().tampil();
        assertEquals("88,08", serapan);
        String baris = Teks.pdf(render(w, FormatLaporan.PDF, LayananLaporan.INDONESIA)).lines()
                .filter(l -> l.contains("TOTAL PEMDA")).findFirst().orElseThrow();
        assertTrue(baris.endsWith(serapan), baris);
        assertFalse(baris.contains("83,32"), baris);
        String ikhtisar = Teks.pdf(render(w, FormatLaporan.PDF, LayananLaporan.INDONESIA)).lines()
                .filter(l -> l.startsWith("Serapan anggaran total")).findFirst().orElseThrow();
        assertTrue(ikhtisar.endsWith(serapan), ikhtisar);
        String xlsx = Teks.xlsx(render(w, FormatLaporan.XLSX, LayananLaporan.INDONESIA)).lines()
                .filter(l -> l.contains("TOTAL PEMDA")).findFirst().orElseThrow();
        assertTrue(xlsx.contains(serapan), xlsx);
        assertFalse(xlsx.contains("83,32"), xlsx);
    }

    @Test
    void kaltimIkEkppdDanKlungkungRcsPkTercetakDiSetiapFormat() {
        assertEquals("99,79", Wilayah.KALTIM.kinerja().indikator("IK-EKPPD").orElseThrow().capaian().tampil());
        assertEquals("108,37", Wilayah.KLUNGKUNG.kinerja().indikator("RCS-PK").orElseThrow().capaian().tampil());
        for (FormatLaporan f : FormatLaporan.values()) {
            String kaltim = Teks.dari(render(Wilayah.KALTIM, f, LayananLaporan.INDONESIA), f);
            assertTrue(kaltim.contains("IK-EKPPD") && kaltim.contains("99,79"), "Kaltim " + f);
            assertTrue(kaltim.contains("LKjIP") && kaltim.contains("Gubernur Kalimantan Timur"), "sampul " + f);
            String klungkung = Teks.dari(render(Wilayah.KLUNGKUNG, f, LayananLaporan.INDONESIA), f);
            assertTrue(klungkung.contains("RCS-PK") && klungkung.contains("108,37"), "Klungkung " + f);
        }
    }

    /**
     * BAB III beyond target and realisasi, each figure the read model's and the seed's where the seed is right:
     * efficiency in points (Kaltim LKjIP 2021 Tabel 3.19 column 5: S2 40,08, S3 54,26, S4 22,66; S1 differs because
     * the seed mixes budget groupings, IC-06/IC-08), change from 2020 (Tabel 3.5: KT-IKU-3 −0,14), progress towards
     * the P-Renstra 2023 target (Tabel 3.6: 98,05, 105,26, 99,86, 94,44) and the SAKIP evaluations (67,21 B; 59,14 CC).
     */
    @Test
    void kaltimBab3EfisiensiPerbandinganKemajuanDanEvaluasi() throws IOException {
        Wilayah w = Wilayah.KALTIM;
        var k = w.kinerja();
        assertEquals(List.of("40,08", "54,26", "22,66"), k.sasaran().stream().skip(1)
                .map(x -> x.efisiensi().selisihPoin().tampil()).toList());
        assertEquals("-0,14", k.indikator("IK-PRODUK-HUKUM").orElseThrow().perubahanTahunan().tampil());
        assertEquals(List.of("98,05", "105,26", "99,86", "94,44"), Stream.of("IK-EKPPD", "IK-KERJASAMA", "IK-PRODUK-HUKUM",
                "IK-KESRA").map(c -> k.indikator(c).orElseThrow().kemajuan().tampil()).toList());
        byte[] pdf = render(w, FormatLaporan.PDF, LayananLaporan.INDONESIA);
        String baris = Teks.pdf(pdf);
        String efisiensi = bagian(baris, "Tabel: tingkat efisiensi", "Efisiensi (poin) =");
        k.sasaran().forEach(x -> assertTrue(efisiensi.contains(x.efisiensi().selisihPoin().tampil()), x.kode() + " " + efisiensi));
        String lalu = bagian(baris, "Tabel: realisasi tahun 2021 dibandingkan dengan tahun 2020", "Tabel: realisasi tahun 2021 dibandingkan dengan target");
        assertTrue(lalu.lines().anyMatch(l -> l.startsWith("IK-PRODUK-") && l.endsWith("-0,14")) || lalu.contains("-0,14"), lalu);
        String kemajuan = bagian(baris, "dibandingkan dengan target akhir Renstra", "Tabel: hasil evaluasi SAKIP");
        for (String v : List.of("98,05", "105,26", "99,86", "94,44")) {
            assertTrue(kemajuan.contains(v), v + " in " + kemajuan);
        }
        String evaluasi = bagian(baris, "Tabel: hasil evaluasi SAKIP", "Laporan Hasil Evaluasi");
        assertTrue(evaluasi.contains("67,21") && evaluasi.contains("59,14") && evaluasi.contains("CC"), evaluasi);
        String t = baris.replaceAll("\\s+", " ");
        assertTrue(t.contains("Grafik: capaian per sasaran strategis") && t.contains("Grafik: serapan anggaran per program")
                && t.contains("Bagan: struktur organisasi Sekretariat Daerah per 31 Desember 2021"), "charts");
        assertTrue(gambarPdf(pdf) >= 3, "three charts drawn: " + gambarPdf(pdf));
        try (var docx = new XWPFDocument(new ByteArrayInputStream(render(w, FormatLaporan.DOCX, LayananLaporan.INDONESIA)))) {
            assertTrue(docx.getAllPictures().size() >= 3, "the charts in the DOCX too");
        }
    }

    /** BAB I: the staff tables of the package (Tanjungpinang LKIP 2020 Tabel 1.1–1.4) and the organisation chart. */
    @Test
    void tanjungpinangBab1SdmDanBagan() {
        String t = Teks.dari(render(Wilayah.TANJUNGPINANG, FormatLaporan.PDF, LayananLaporan.INDONESIA), FormatLaporan.PDF);
        assertTrue(t.contains("Tabel: aparatur Sekretariat Daerah per 31 Desember 2020"), "SDM");
        assertTrue(t.contains("Menurut golongan") && t.contains("Menurut eselon") && t.contains("Menurut pendidikan"), "dimensi");
        assertTrue(t.contains("Bagan: struktur organisasi Sekretariat Daerah per 31 Desember 2020"), "bagan");
        assertTrue(t.contains("Tabel: tujuan, sasaran dan indikator kinerja dengan target Renstra"), "BAB II Renstra");
    }

    /**
     * BAB III's trend over the plan's years: a chart of each year's progress towards the Renstra end target and its
     * table, every figure from that year's own read model (Kaltim: the years of P-Renstra 2019–2023 up to 2021).
     */
    @Test
    void kaltimTrenTahunRenstraDariReadModelSetiapTahun() throws IOException {
        Wilayah w = Wilayah.KALTIM;
        var riwayat = w.bahan().riwayat();
        assertTrue(riwayat.size() >= 2, "years of the plan: " + riwayat.size());
        assertEquals(w.tahun(), riwayat.get(riwayat.size() - 1).tahun());
        assertEquals(PenyusunBahan.tahunRenstra(w.data(), w.tahun(),
                id.akuntara.core.pengukuran.LayananPengukuran.tahunTersedia(w.data())), riwayat.stream().map(k -> k.tahun()).toList());
        byte[] pdf = render(w, FormatLaporan.PDF, LayananLaporan.INDONESIA);
        String teks = Teks.pdf(pdf);
        String periode = riwayat.get(0).tahun() + "–" + w.tahun();
        assertTrue(teks.replaceAll("\\s+", " ").contains("Grafik: tren tingkat kemajuan terhadap target akhir Renstra per indikator, tahun "
                + periode), "trend chart");
        String tren = bagian(teks, "Tabel: target, realisasi, capaian dan tingkat kemajuan terhadap target akhir Renstra, tahun "
                + periode, "Tabel: hasil evaluasi SAKIP");
        int angka = 0;
        for (var k : riwayat) {
            assertTrue(tren.contains(String.valueOf(k.tahun())), k.tahun() + " in " + tren);
            for (String kode : List.of("IK-EKPPD", "IK-KERJASAMA", "IK-PRODUK-HUKUM", "IK-KESRA")) {
                var x = k.indikator(kode).orElse(null);
                if (x != null && x.kemajuan() != null && x.kemajuan().tampil() != null) {
                    assertTrue(tren.contains(x.kemajuan().tampil()), kode + " " + k.tahun() + " " + x.kemajuan().tampil());
                    angka++;
                }
            }
        }
        assertTrue(angka > 4, "progress figures of more than one year: " + angka);
        // the cover's emblem, three charts of BAB I/III and the trend chart
        assertTrue(gambarPdf(pdf) >= 5, "images: " + gambarPdf(pdf));
    }

    /** Without a logo in its settings the cover shows the neutral emblem; with one, that PNG (cover and PK header). */
    @Test
    void logoPemdaDiSampulDanPk() throws IOException {
        Wilayah w = Wilayah.KLUNGKUNG;
        assertEquals(null, w.bahan().logo(), "the built-in packages carry no logo");
        java.awt.image.BufferedImage merah = new java.awt.image.BufferedImage(37, 41, java.awt.image.BufferedImage.TYPE_INT_RGB);
        ByteArrayOutputStream png = new ByteArrayOutputStream();
        javax.imageio.ImageIO.write(merah, "png", png);
        assertEquals(List.of(), ukuranGambarHalaman(render(w, FormatLaporan.PDF, LayananLaporan.INDONESIA), 0).stream()
                .filter(u -> u.equals(List.of(37, 41))).toList());
        var s = w.data().pengaturan();
        var dengan = new id.akuntara.core.paket.PaketData.Pengaturan(s.plugin(), s.sumberTarget(), s.desimalTampil(),
                s.modePembulatan(), s.batasCapaian(), s.penangananKosong(), s.bulatkanDulu(), s.skala(), s.namaLaporan(),
                s.kepalaDaerah(), s.kerangkaLaporan(), java.util.Base64.getEncoder().encodeToString(png.toByteArray()));
        var data = KerangkaLaporanTest.denganPengaturan(w.data(), dengan);
        assertTrue(id.akuntara.core.paket.Paket.periksa(id.akuntara.core.paket.Paket.tulis(data)).sah(), "the package check accepts it");
        BahanLaporan bahan = PenyusunBahan.susun(data, w.kinerja(), w.konfigurasi(), w.nama());
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        LAYANAN.laporanTahunan(bahan, w.plugin(), FormatLaporan.PDF, LayananLaporan.INDONESIA, out);
        assertEquals(List.of(List.of(37, 41)), ukuranGambarHalaman(out.toByteArray(), 0), "the pemda's logo on the cover");
        ByteArrayOutputStream pk = new ByteArrayOutputStream();
        LAYANAN.perjanjianKinerja(w.kode(), w.nama(), PenyusunBahan.logo(data), PenyusunBahan.dokumenPk(data, 2020),
                w.plugin(), FormatLaporan.PDF, LayananLaporan.INDONESIA, pk);
        assertEquals(List.of(List.of(37, 41)), ukuranGambarHalaman(pk.toByteArray(), 0), "the logo heads the PK");
    }

    /** Width and height (pixels) of each image on a page of a PDF. */
    private static List<List<Integer>> ukuranGambarHalaman(byte[] pdf, int halaman) throws IOException {
        List<List<Integer>> hasil = new java.util.ArrayList<>();
        try (var doc = org.apache.pdfbox.Loader.loadPDF(pdf)) {
            var r = doc.getPage(halaman).getResources();
            for (var nama : r.getXObjectNames()) {
                if (r.getXObject(nama) instanceof org.apache.pdfbox.pdmodel.graphics.image.PDImageXObject g) {
                    hasil.add(List.of(g.getWidth(), g.getHeight()));
                }
            }
        }
        return hasil;
    }

    /** The text of a PDF between two markers (the first after the start). */
    private static String bagian(String teks, String dari, String sampai) {
        int a = teks.indexOf(dari);
        assertTrue(a >= 0, "no '" + dari + "'");
        int b = teks.indexOf(sampai, a + dari.length());
        return teks.substring(a, b < 0 ? teks.length() : b);
    }

    private static int gambarPdf(byte[] pdf) throws IOException {
        int n = 0;
        try (var doc = org.apache.pdfbox.Loader.loadPDF(pdf)) {
            for (var halaman : doc.getPages()) {
                for (var nama : halaman.getResources().getXObjectNames()) {
                    if (halaman.getResources().isImageXObject(nama)) {
                        n++;
                    }
                }
            }
        }
        return n;
    }

    @Test
    void namaLaporanDariKonfigurasi() {
        assertEquals("LAKIP", Wilayah.PANGKALPINANG.bahan().namaLaporan());
        assertEquals("LKIP", Wilayah.TANJUNGPINANG.bahan().namaLaporan());
        // without a pemda setting the plugin/core layer gives LKjIP (no built-in package or plugin names another)
        var tanpa = PenyusunBahan.susun(Wilayah.TANJUNGPINANG.data(), Wilayah.TANJUNGPINANG.kinerja(),
                id.akuntara.core.plugin.PenyusunKonfigurasi.susun("kota-tanjungpinang", Wilayah.TANJUNGPINANG.plugin(),
                        id.akuntara.core.plugin.PengaturanPemda.KOSONG), "Kota Tanjungpinang");
        assertEquals("LKjIP", tanpa.namaLaporan());
    }

    @Test
    void edisiInggrisBerlabelInggrisSaja() {
        for (FormatLaporan f : FormatLaporan.values()) {
            String t = Teks.dari(render(Wilayah.KLUNGKUNG, f, Locale.ENGLISH), f);
            assertTrue(t.contains("CHAPTER III PERFORMANCE ACCOUNTABILITY"), f + " chapter");
            assertTrue(t.contains("Achievement (%)") && t.contains("Spent (Rp)") && t.contains("REGIONAL TOTAL"), f + "");
            assertTrue(t.contains("108,37"), f + " figure");
            for (String id : new String[] {"BAB III AKUNTABILITAS KINERJA", "Capaian (%)", "Realisasi (Rp)",
                "TOTAL PEMDA", "Halaman", "IKHTISAR EKSEKUTIF", "Disampaikan kepada"}) {
                assertFalse(t.contains(id), f + " still has '" + id + "'");
            }
        }
    }
}
