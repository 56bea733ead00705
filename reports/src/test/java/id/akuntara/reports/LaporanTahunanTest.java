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
