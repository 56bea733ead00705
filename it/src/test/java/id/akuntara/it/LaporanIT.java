package id.akuntara.it;

import com.fasterxml.jackson.databind.JsonNode;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.apache.poi.xwpf.extractor.XWPFWordExtractor;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.junit.jupiter.api.Test;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * {@code GET /api/v1/laporan/…}: a pemda's user downloads its own annual report and PKs, rendered on the server from
 * the stored data through the one measurement path, and reads them back (PDFBox, POI). Pangkalpinang's total serapan
 * is the platform's 88,08 (its LAKIP 2021 prints 83,32 in Tabel 3.11). Another pemda's user gets only its own
 * pemda's report: no address names a pemda, a pemda named in the query is ignored, and A's PK code is not found.
 * Uses only reads; 2021 of A and B may be fixed by ProbeKinerja or not, the figures are the same.
 */
@UjiIntegrasi
class LaporanIT {

    private static final HttpClient HTTP = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();

    /** A file answer: status, content type, Content-Disposition and the bytes. */
    record Berkas(int status, String jenis, String disposisi, byte[] isi) {
        String teks() {
            return new String(isi, StandardCharsets.UTF_8);
        }
    }

    static Berkas unduh(String alamat, String token) {
        HttpRequest.Builder r = HttpRequest.newBuilder(URI.create(Api.baseUrl() + alamat)).GET();
        if (token != null) {
            r.header("Authorization", "Bearer " + token);
        }
        try {
            HttpResponse<byte[]> j = HTTP.send(r.build(), HttpResponse.BodyHandlers.ofByteArray());
            return new Berkas(j.statusCode(), j.headers().firstValue("Content-Type").orElse(""),
                    j.headers().firstValue("Content-Disposition").orElse(""), j.body());
        } catch (IOException e) {
            throw new IllegalStateException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    static String pdf(byte[] isi) throws IOException {
        try (var doc = Loader.loadPDF(isi)) {
            return new PDFTextStripper().getText(doc);
        }
    }

    @Test
    void pemdaMengunduhLaporannyaSendiriDenganAngkaModelBaca() throws IOException {
        String token = Keycloak.token("operator.pangkalpinang");
        String serapan = Api.get("api/v1/kinerja/2021", token).json().get("anggaran").get("total").get("serapan")
                .get("tampil").asText();
        assertEquals("88,08", serapan, "Pangkalpinang 2021, truncating rounding (LAKIP Tabel 3.11 prints 83,32)");

        Berkas b = unduh("api/v1/laporan/2021", token);
        assertEquals(200, b.status(), b.teks());
        assertTrue(b.jenis().startsWith("application/pdf"), b.jenis());
        assertEquals("attachment; filename=\"LAKIP-2021-kota-pangkalpinang.pdf\"", b.disposisi());
        String t = pdf(b.isi());
        String total = t.lines().filter(l -> l.contains("TOTAL PEMDA")).findFirst().orElseThrow();
        assertTrue(total.endsWith(serapan), total);
        assertFalse(total.contains("83,32"), total);
        assertTrue(t.startsWith("LAKIP") || t.contains("\nLAKIP\n"), "sampul LAKIP");
        assertTrue(t.contains("KOTA PANGKALPINANG") && t.contains("Walikota Pangkalpinang") && t.contains("TAHUN 2021"));
        assertTrue(t.contains("BAB III AKUNTABILITAS KINERJA") && t.contains("LAMPIRAN: JEJAK PERHITUNGAN"));
        assertFalse(t.contains("KALIMANTAN TIMUR"), "no word of another pemda");

        Berkas docx = unduh("api/v1/laporan/2021?format=docx", token);
        assertEquals(200, docx.status(), docx.teks());
        assertEquals("attachment; filename=\"LAKIP-2021-kota-pangkalpinang.docx\"", docx.disposisi());
        try (var doc = new XWPFDocument(new ByteArrayInputStream(docx.isi())); var ex = new XWPFWordExtractor(doc)) {
            String d = ex.getText();
            assertTrue(d.contains("TOTAL PEMDA") && d.contains(serapan), "DOCX");
            assertFalse(doc.getAllPictures().isEmpty(), "the charts in the DOCX");
        }

        Berkas xlsx = unduh("api/v1/laporan/2021?format=xlsx&bahasa=en", token);
        assertEquals(200, xlsx.status(), xlsx.teks());
        assertEquals("attachment; filename=\"LAKIP-2021-kota-pangkalpinang-en.xlsx\"", xlsx.disposisi());
        String baris = xlsx(xlsx.isi()).lines().filter(l -> l.contains("REGIONAL TOTAL")).findFirst().orElseThrow();
        assertTrue(baris.contains(serapan) && !baris.contains("83,32"), baris);
    }

    @Test
    void perjanjianKinerjaTahunDanSatuKode() throws IOException {
        String token = Keycloak.token("pimpinan.pangkalpinang");
        Berkas semua = unduh("api/v1/laporan/2021/pk", token);
        assertEquals(200, semua.status(), semua.teks());
        assertEquals("attachment; filename=\"PK-2021-kota-pangkalpinang.pdf\"", semua.disposisi());
        String t = pdf(semua.isi()).replaceAll("\\s+", " ");
        assertTrue(t.contains("PERJANJIAN KINERJA TAHUN 2021") && t.contains("Walikota Pangkalpinang"), t);
        Berkas satu = unduh("api/v1/laporan/2021/pk/" + ProbeLaporan.KODE_PK_A + "?format=docx", token);
        assertEquals(200, satu.status(), satu.teks());
        assertEquals("attachment; filename=\"" + ProbeLaporan.KODE_PK_A + "-2021-kota-pangkalpinang.docx\"", satu.disposisi());
        assertEquals(404, unduh("api/v1/laporan/2021/pk/PK-TIDAK-ADA", token).status());
        assertEquals(404, unduh("api/v1/laporan/2019/pk", token).status(), "a year without a PK");
    }

    /** Kaltim's user asks for Pangkalpinang's report every way there is and gets Kaltim's own, or 404. */
    @Test
    void pemdaLainTidakDapatMencapaiLaporanPemdaIni() throws IOException {
        String token = Keycloak.token("operator.kaltim");
        Berkas b = unduh("api/v1/laporan/2021?pemda=kota-pangkalpinang", token);
        assertEquals(200, b.status(), b.teks());
        assertEquals("attachment; filename=\"LKjIP-2021-prov-kaltim.pdf\"", b.disposisi());
        String t = pdf(b.isi());
        assertTrue(t.contains("PROVINSI KALIMANTAN TIMUR") && t.contains("Gubernur Kalimantan Timur"));
        assertFalse(t.contains("PANGKALPINANG") || t.contains("Pangkalpinang"), "nothing of Pangkalpinang");
        Berkas pk = unduh("api/v1/laporan/2021/pk/" + ProbeLaporan.KODE_PK_A, token);
        assertEquals(404, pk.status(), pk.teks());
        assertTrue(pk.jenis().startsWith("application/problem+json"), pk.jenis());
        assertFalse(pk.teks().contains("kota-pangkalpinang"), pk.teks());
    }

    @Test
    void formatTakDikenal422TahunTanpaData404DanPeranLain403() {
        String token = Keycloak.token("verifikator.pangkalpinang");
        Api.Jawaban format = Api.get("api/v1/laporan/2021?format=odt&bahasa=jv", token);
        assertEquals(422, format.status(), format.body());
        JsonNode galat = format.json().get("errors");
        assertEquals("format", galat.get(0).get("field").asText(), format.body());
        assertEquals("odt", galat.get(0).get("nilai").asText(), format.body());
        assertEquals("bahasa", galat.get(1).get("field").asText(), format.body());
        Api.Jawaban tahun = Api.get("api/v1/laporan/1999", token);
        assertEquals(404, tahun.status(), tahun.body());
        assertTrue(tahun.json().get("detail").asText().contains("2021"), tahun.body());
        assertEquals(403, Api.get("api/v1/laporan/2021", Keycloak.token("kementerian")).status());
        assertEquals(401, Api.get("api/v1/laporan/2021", null).status());
    }

    private static String xlsx(byte[] isi) throws IOException {
        StringBuilder sb = new StringBuilder();
        // numbers as an Indonesian spreadsheet shows them ("88,08"); the cells hold the numbers themselves
        DataFormatter f = new DataFormatter(java.util.Locale.forLanguageTag("id-ID"));
        try (var wb = new XSSFWorkbook(new ByteArrayInputStream(isi))) {
            for (Sheet s : wb) {
                for (Row r : s) {
                    for (Cell c : r) {
                        sb.append(f.formatCellValue(c)).append(" | ");
                    }
                    sb.append('\n');
                }
            }
        }
        return sb.toString();
    }
}
