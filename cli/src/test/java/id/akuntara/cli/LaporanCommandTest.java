package id.akuntara.cli;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.poi.xwpf.extractor.XWPFWordExtractor;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** {@code akuntara laporan} and {@code akuntara laporan pk}, in-process, reading the files back. */
class LaporanCommandTest {

    @TempDir
    Path dir;

    private static String[] jalankan(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int kode = AkuntaraCli.commandLine().setOut(new PrintWriter(out)).setErr(new PrintWriter(err)).execute(args);
        return new String[] {String.valueOf(kode), out.toString(), err.toString()};
    }

    private static String pdf(Path p) throws IOException {
        try (var doc = Loader.loadPDF(p.toFile())) {
            return new PDFTextStripper().getText(doc).replaceAll("\\s+", " ");
        }
    }

    @Test
    void laporanKaltimPdfMemuatAngkaReadModel() throws IOException {
        Path f = dir.resolve("lkjip.pdf");
        String[] h = jalankan("laporan", "--pemda", "prov-kaltim", "--tahun", "2021", "-o", f.toString());
        assertEquals("0", h[0], h[2]);
        assertTrue(h[1].startsWith("Ditulis: ") && h[1].contains("LKjIP Provinsi Kalimantan Timur 2021"), h[1]);
        String t = pdf(f);
        assertTrue(t.contains("IK-EKPPD") && t.contains("99,79"), "IK-EKPPD");
        assertTrue(t.contains("BAB III AKUNTABILITAS KINERJA") && t.contains("Gubernur Kalimantan Timur"));
    }

    /** The report's name comes from the package's pengaturan.namaLaporan: Pangkalpinang's LAKIP without an option. */
    @Test
    void namaLaporanDariPaketDanBahasaInggris() throws IOException {
        Path f = dir.resolve("lakip-en.pdf");
        String[] h = jalankan("laporan", "--pemda", "kota-pangkalpinang", "--tahun", "2021", "--bahasa", "en",
                "-o", f.toString());
        assertEquals("0", h[0], h[2]);
        assertTrue(h[1].contains("LAKIP Kota Pangkalpinang 2021"), h[1]);
        String t = pdf(f);
        assertTrue(t.contains("LAKIP") && t.contains("CHAPTER III PERFORMANCE ACCOUNTABILITY") && t.contains("88,08"));
        assertTrue(t.contains("Walikota Pangkalpinang"), "kepala daerah dari pengaturan");
        assertFalse(t.contains("BAB III AKUNTABILITAS KINERJA"));
    }

    /** The stages on stderr with a growing bar (always on a terminal; here asked for), the result line on stdout. */
    @Test
    void progresTahapDemiTahap() {
        Path f = dir.resolve("lkip.xlsx");
        String[] h = jalankan("laporan", "--pemda", "kota-tanjungpinang", "--tahun", "2020", "--format", "xlsx",
                "--progres", "-o", f.toString());
        assertEquals("0", h[0], h[2]);
        assertEquals(java.util.List.of(
                "[--------------------] 1/4 Memeriksa paket kota-tanjungpinang",
                "[#####---------------] 2/4 Menghitung kinerja tahun 2020",
                "[##########----------] 3/4 Menyusun LKIP (xlsx)",
                "[###############-----] 4/4 Menulis " + f,
                "[####################] selesai"), h[2].lines().toList());
        assertTrue(h[1].startsWith("Ditulis: "), h[1]);
        String[] salah = jalankan("laporan", "--pemda", "kota-tanjungpinang", "--tahun", "2030", "--progres", "-o",
                f.toString());
        assertEquals("2", salah[0]);
        assertTrue(salah[2].lines().toList().get(2).startsWith("GALAT: "), "the error follows the failed stage: " + salah[2]);
    }

    @Test
    void opsiNamaLaporanMenggantiPengaturanPaket() throws IOException {
        Path f = dir.resolve("lkip.pdf");
        String[] h = jalankan("laporan", "--pemda", "kota-pangkalpinang", "--tahun", "2021", "--nama-laporan", "LKIP",
                "-o", f.toString());
        assertEquals("0", h[0], h[2]);
        assertTrue(h[1].contains("LKIP Kota Pangkalpinang 2021"), h[1]);
        assertTrue(pdf(f).strip().startsWith("LKIP "), "sampul");
    }

    @Test
    void pkKaltim2022Docx() throws IOException {
        Path f = dir.resolve("pk.docx");
        String[] h = jalankan("laporan", "pk", "--pemda", "prov-kaltim", "--tahun", "2022", "--format", "docx",
                "-o", f.toString());
        assertEquals("0", h[0], h[2]);
        try (InputStream in = Files.newInputStream(f); var doc = new XWPFDocument(in);
                var ex = new XWPFWordExtractor(doc)) {
            String t = ex.getText().replaceAll("\\s+", " ");
            assertTrue(t.contains("Rp 254.986.626.497"), "total");
            assertTrue(t.contains("dua ratus lima puluh empat miliar sembilan ratus delapan puluh enam juta enam ratus"
                    + " dua puluh enam ribu empat ratus sembilan puluh tujuh rupiah"), "terbilang");
        }
    }

    @Test
    void masukanSalahKeluar2TanpaBerkas() {
        Path f = dir.resolve("x.pdf");
        String[] tahun = jalankan("laporan", "--pemda", "prov-kaltim", "--tahun", "2030", "-o", f.toString());
        assertEquals("2", tahun[0]);
        assertTrue(tahun[2].startsWith("GALAT: ") && tahun[2].contains("tidak memuat tahun 2030"), tahun[2]);
        String[] pk = jalankan("laporan", "pk", "--pemda", "kota-pangkalpinang", "--tahun", "2019", "-o", f.toString());
        assertEquals("2", pk[0]);
        assertTrue(pk[2].contains("tidak memuat Perjanjian Kinerja tahun 2019; tahun PK yang ada: 2021"), pk[2]);
        String[] kurang = jalankan("laporan", "--pemda", "prov-kaltim", "--tahun", "2021");
        assertEquals("2", kurang[0]);
        assertTrue(kurang[2].contains("wajib diisi: -o"), kurang[2]);
        String[] pemda = jalankan("laporan", "--pemda", "kota-entah", "--tahun", "2021", "-o", f.toString());
        assertEquals("2", pemda[0]);
        String[] format = jalankan("laporan", "--pemda", "prov-kaltim", "--tahun", "2021", "--format", "odt", "-o", f.toString());
        assertEquals("2", format[0]);
        assertTrue(format[2].contains("Pilihan: pdf, docx, xlsx"), format[2]);
        assertFalse(Files.exists(f));
    }
}
