package id.akuntara.core.domain.pengukuran;

import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.junit.jupiter.api.Test;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Evidence accepted by content (issue 10 point 3): PDF, JPEG, PNG, XLSX, at most 10 MiB; the name and the declared type prove nothing. */
class PemeriksaBerkasTest {

    private static final byte[] PNG = java.util.Base64.getDecoder().decode(
            "iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAQAAAC1HAwCAAAAC0lEQVR42mNkYAAAAAYAAjCB0C8AAAAASUVORK5CYII=");

    @Test
    void jenisDikenaliDariIsinya() throws IOException {
        assertEquals(PemeriksaBerkas.PDF, PemeriksaBerkas.jenis("lhe.docx", "%PDF-1.7\n".getBytes(StandardCharsets.US_ASCII)));
        assertEquals(PemeriksaBerkas.PNG, PemeriksaBerkas.jenis("foto.jpg", PNG));
        assertEquals(PemeriksaBerkas.JPEG, PemeriksaBerkas.jenis("foto", new byte[] {(byte) 0xFF, (byte) 0xD8, (byte) 0xFF, (byte) 0xE0}));
        try (XSSFWorkbook wb = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            wb.createSheet("Tabel 3.5").createRow(0).createCell(0).setCellValue(81.65);
            wb.write(out);
            assertEquals(PemeriksaBerkas.XLSX, PemeriksaBerkas.jenis("rekap.xlsx", out.toByteArray()));
        }
    }

    @Test
    void docxZipDanBerkasLainDitolakWalauNamanyaXlsx() throws IOException {
        byte[] docx;
        try (XWPFDocument d = new XWPFDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            d.createParagraph().createRun().setText("Laporan");
            d.write(out);
            docx = out.toByteArray();
        }
        for (byte[] isi : new byte[][] {docx, zip("data.csv"), zip("xl/workbook.xml.bak"), "MZ\u0090".getBytes(StandardCharsets.ISO_8859_1),
                "PK\u0003\u0004 terpotong".getBytes(StandardCharsets.ISO_8859_1), "<html>".getBytes(StandardCharsets.US_ASCII)}) {
            IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> PemeriksaBerkas.jenis("laporan.xlsx", isi));
            assertTrue(e.getMessage().contains("bukan PDF, JPEG, PNG atau XLSX"), e.getMessage());
        }
        assertTrue(PemeriksaBerkas.zipMemuat(zip("a", "xl/workbook.xml"), "xl/workbook.xml"));
        assertFalse(PemeriksaBerkas.zipMemuat(Arrays.copyOf(zip("xl/workbook.xml"), 30), "xl/workbook.xml"));
    }

    @Test
    void batasSepuluhMiBDanBerkasKosong() {
        byte[] pas = new byte[PemeriksaBerkas.UKURAN_MAKSIMUM];
        System.arraycopy("%PDF-".getBytes(StandardCharsets.US_ASCII), 0, pas, 0, 5);
        assertEquals(10_485_760, pas.length);
        assertEquals(PemeriksaBerkas.PDF, PemeriksaBerkas.jenis("pindaian.pdf", pas));
        IllegalArgumentException besar = assertThrows(IllegalArgumentException.class,
                () -> PemeriksaBerkas.jenis("pindaian.pdf", Arrays.copyOf(pas, pas.length + 1)));
        assertTrue(besar.getMessage().contains("melebihi batas 10485760 bita (10 MiB)"), besar.getMessage());
        assertThrows(IllegalArgumentException.class, () -> PemeriksaBerkas.jenis("kosong.pdf", new byte[0]));
    }

    @Test
    void jenisYangDinyatakanHarusJenisIsinya() {
        PemeriksaBerkas.periksa("foto.png", PemeriksaBerkas.PNG, PNG);
        IllegalArgumentException salah = assertThrows(IllegalArgumentException.class,
                () -> PemeriksaBerkas.periksa("foto.jpg", PemeriksaBerkas.JPEG, PNG));
        assertTrue(salah.getMessage().contains("tidak sesuai dengan jenisnya (image/jpeg; isinya PNG)"), salah.getMessage());
        IllegalArgumentException docx = assertThrows(IllegalArgumentException.class, () -> PemeriksaBerkas.periksa("a.docx",
                "application/vnd.openxmlformats-officedocument.wordprocessingml.document", zip("word/document.xml")));
        assertTrue(docx.getMessage().contains("tidak diterima"), docx.getMessage());
    }

    static byte[] zip(String... entri) {
        try (ByteArrayOutputStream keluar = new ByteArrayOutputStream(); ZipOutputStream z = new ZipOutputStream(keluar)) {
            for (String e : entri) {
                z.putNextEntry(new ZipEntry(e));
                z.write(e.getBytes(StandardCharsets.UTF_8));
                z.closeEntry();
            }
            z.finish();
            return keluar.toByteArray();
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
