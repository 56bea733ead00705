package id.akuntara.reports;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFCellStyle;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The XLSX edition is a workbook of the report's tables, read back with POI: one sheet per table of the report (the
 * same blocks the PDF prints), figures as numeric cells holding the figure as printed with an Indonesian display
 * format, Rupiah formatted, headers bold.
 */
class BukuKerjaTest {

    static Stream<Wilayah> wilayah() {
        return LaporanTahunanTest.wilayah();
    }

    private static XSSFWorkbook buka(byte[] isi) throws IOException {
        return new XSSFWorkbook(new ByteArrayInputStream(isi));
    }

    /**
     * Every table block of the report (not the narrative) has its sheet, in the report's order, after the cover; a
     * table printed twice (the PK in BAB II and in the appendix) has one.
     */
    @ParameterizedTest(name = "{0}")
    @MethodSource("wilayah")
    void setiapTabelLaporanPunyaLembarnya(Wilayah w) throws IOException {
        var label = LayananLaporan.label(LayananLaporan.INDONESIA);
        List<String> harap = new ArrayList<>();
        java.util.Set<List<Object>> sekali = new java.util.HashSet<>();
        for (Blok b : SusunanLaporan.susun(w.bahan(), label, LayananLaporan.INDONESIA)) {
            if ("TABEL".equals(b.jenis()) && !"narasi".equals(b.templat()) && !b.baris().isEmpty()
                    && sekali.add(java.util.Arrays.asList(b.templat(), b.lembar(), b.baris()))) {
                harap.add(b.templat());
            }
        }
        try (var wb = buka(LaporanTahunanTest.render(w, FormatLaporan.XLSX, LayananLaporan.INDONESIA))) {
            assertEquals("Sampul", wb.getSheetName(0));
            int grafik = wb.getSheetIndex("Grafik") >= 0 ? 1 : 0;
            assertEquals(harap.size(), wb.getNumberOfSheets() - 1 - grafik, "one sheet per table: " + harap);
            for (int i = 0; i < harap.size(); i++) {
                String nama = wb.getSheetName(i + 1);
                String dasar = label.getString("xlsx." + harap.get(i));
                assertTrue(nama.startsWith(dasar.length() > 25 ? dasar.substring(0, 25) : dasar), nama + " for " + harap.get(i));
                Sheet s = wb.getSheetAt(i + 1);
                Row kepala = s.getRow(4);
                assertTrue(wb.getFontAt(kepala.getCell(0).getCellStyle().getFontIndex()).getBold(), nama + " header bold");
                assertTrue(s.getColumnWidth(0) > 256 * 5, nama + " column width");
            }
            assertTrue(wb.getSheet("Capaian Indikator") != null && wb.getSheet("Jejak Perhitungan") != null);
            // the cover: report name, pemda, head of region, and the list of tables linking to their sheets
            Sheet sampul = wb.getSheetAt(0);
            assertEquals(w.namaLaporan(), sampul.getRow(0).getCell(0).getStringCellValue());
            String teks = Teks.xlsx(LaporanTahunanTest.render(w, FormatLaporan.XLSX, LayananLaporan.INDONESIA));
            assertTrue(teks.contains(w.bahan().kepalaDaerah()) && teks.contains(w.nama().toUpperCase(Locale.ROOT)));
            assertEquals(harap.size(), sampul.getHyperlinkList().size(), "the cover links every table");
        }
    }

    /**
     * Pangkalpinang LAKIP 2021 Tabel 3.11: the pemda's total serapan is the read model's 88,08 as a number (the LAKIP
     * prints 83,32); pagu and realisasi are numbers in a Rupiah format.
     */
    @Test
    void pangkalpinangSerapanTotalAngkaReadModelBukan8332() throws IOException {
        Wilayah w = Wilayah.PANGKALPINANG;
        String serapan = w.kinerja().anggaran().total().serapan().tampil();
        assertEquals("88,08", serapan);
        try (var wb = buka(LaporanTahunanTest.render(w, FormatLaporan.XLSX, LayananLaporan.INDONESIA))) {
            Sheet s = wb.getSheet("Realisasi Anggaran");
            assertTrue(s != null, "the budget sheet");
            assertEquals("Serapan (%)", s.getRow(4).getCell(4).getStringCellValue());
            Row total = baris(s, "TOTAL PEMDA").orElseThrow();
            Cell c = total.getCell(4);
            assertEquals(CellType.NUMERIC, c.getCellType());
            assertEquals(0, new BigDecimal("88.08").compareTo(BigDecimal.valueOf(c.getNumericCellValue())));
            assertEquals("#,##0.00", c.getCellStyle().getDataFormatString());
            Cell pagu = total.getCell(2);
            assertEquals(CellType.NUMERIC, pagu.getCellType());
            assertEquals(0, w.kinerja().anggaran().total().pagu().compareTo(BigDecimal.valueOf(pagu.getNumericCellValue())
                    .setScale(w.kinerja().anggaran().total().pagu().scale(), java.math.RoundingMode.HALF_UP)));
            assertTrue(pagu.getCellStyle().getDataFormatString().startsWith("\"Rp \"#,##0"), pagu.getCellStyle().getDataFormatString());
            assertTrue(wb.getFontAt(((XSSFCellStyle) c.getCellStyle()).getFontIndex()).getBold(), "the total row bold");
            for (Row r : s) {
                for (Cell x : r) {
                    if (x.getCellType() == CellType.NUMERIC) {
                        assertFalse(Math.abs(x.getNumericCellValue() - 83.32) < 1e-9, "the seed's 83,32 at " + x.getAddress());
                    }
                }
            }
            // the Ikhtisar carries the same figure, as a number too
            Row ikhtisar = baris(wb.getSheet("Ikhtisar"), "Serapan anggaran total pemda (%)").orElseThrow();
            assertEquals(88.08, ikhtisar.getCell(1).getNumericCellValue(), 1e-9);
        }
    }

    /** Kaltim LKjIP 2021: IK-EKPPD's capaian 99,79 and the SAKIP evaluations as numbers; a year without separator. */
    @Test
    void kaltimCapaianDanEvaluasiSebagaiAngka() throws IOException {
        try (var wb = buka(LaporanTahunanTest.render(Wilayah.KALTIM, FormatLaporan.XLSX, LayananLaporan.INDONESIA))) {
            Row ik = baris(wb.getSheet("Capaian Indikator"), "IK-EKPPD").orElseThrow();
            assertEquals(99.79, ik.getCell(5).getNumericCellValue(), 1e-9);
            Row eval = baris(wb.getSheet("Evaluasi SAKIP"), 2019.0).orElseThrow();
            assertEquals("0", eval.getCell(0).getCellStyle().getDataFormatString());
            assertEquals(67.21, eval.getCell(2).getNumericCellValue(), 1e-9);
            assertEquals("B", eval.getCell(3).getStringCellValue());
            // the trend: one row per indicator-year, each year's progress from that year's read model
            Sheet tren = wb.getSheet("Tren Tahunan");
            assertTrue(tren != null, "trend sheet");
            for (var k : Wilayah.KALTIM.bahan().riwayat()) {
                var kemajuan = k.indikator("IK-EKPPD").orElseThrow().kemajuan();
                if (kemajuan != null && kemajuan.tampil() != null) {
                    Row r = baris(tren, "IK-EKPPD", (double) k.tahun()).orElseThrow();
                    assertEquals(BukuKerja.angka(kemajuan.tampil()).doubleValue(), r.getCell(8).getNumericCellValue(), 1e-9);
                }
            }
        }
    }

    /** English: English sheet names and headings, the same numbers. */
    @Test
    void edisiInggris() throws IOException {
        try (var wb = buka(LaporanTahunanTest.render(Wilayah.KLUNGKUNG, FormatLaporan.XLSX, Locale.ENGLISH))) {
            assertEquals("Cover", wb.getSheetName(0));
            Sheet s = wb.getSheet("Indicator Results");
            assertEquals("Achievement (%)", s.getRow(4).getCell(5).getStringCellValue());
            assertEquals(108.37, baris(s, "RCS-PK").orElseThrow().getCell(5).getNumericCellValue(), 1e-9);
        }
    }

    /** The PK documents: per PK a sheet of targets and one of programs with the total as a Rupiah number and in words. */
    @Test
    void pkKaltim2022LembarTargetDanAnggaran() throws IOException {
        Wilayah w = Wilayah.KALTIM;
        List<DokumenPk> pk = PenyusunBahan.dokumenPk(w.data(), 2022);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        LaporanTahunanTest.LAYANAN.perjanjianKinerja(w.kode(), w.nama(), pk, w.plugin(), FormatLaporan.XLSX,
                LayananLaporan.INDONESIA, out);
        try (var wb = buka(out.toByteArray())) {
            DokumenPk d = pk.stream().filter(x -> x.total() != null).findFirst().orElseThrow();
            Sheet target = wb.getSheet(org.apache.poi.ss.util.WorkbookUtil.createSafeSheetName("PK " + d.kode(), '-'));
            assertTrue(target != null, "sheet of " + d.kode() + ": " + names(wb));
            assertEquals(d.baris().size(), target.getLastRowNum() - 4);
            Sheet anggaran = wb.getSheet(org.apache.poi.ss.util.WorkbookUtil.createSafeSheetName("Anggaran " + d.kode(), '-'));
            Row total = baris(anggaran, "Jumlah anggaran").orElseThrow();
            assertEquals(0, BukuKerja.angka(d.total()).compareTo(BigDecimal.valueOf(total.getCell(1).getNumericCellValue())
                    .setScale(BukuKerja.angka(d.total()).scale(), java.math.RoundingMode.HALF_UP)));
            assertTrue(Teks.xlsx(out.toByteArray()).contains(d.terbilang()), "the total in words");
        }
    }

    @Test
    void angkaTercetakDibacaPersis() {
        assertEquals(new BigDecimal("88.08"), BukuKerja.angka("88,08"));
        assertEquals(new BigDecimal("1234567.89"), BukuKerja.angka("1.234.567,89"));
        assertEquals(new BigDecimal("254986626497"), BukuKerja.angka("Rp 254.986.626.497"));
        assertEquals(new BigDecimal("-0.14"), BukuKerja.angka("-0,14"));
        assertEquals(null, BukuKerja.angka("75 (baik)"));
        assertEquals(null, BukuKerja.angka("10–20"));
        assertEquals(null, BukuKerja.angka("–"));
        assertEquals("\"Rp \"#,##0", BukuKerja.format(BukuKerja.Jenis.RUPIAH, 0));
        assertEquals("#,##0.000", BukuKerja.format(BukuKerja.Jenis.ANGKA, 3));
    }

    private static String names(XSSFWorkbook wb) {
        List<String> n = new ArrayList<>();
        wb.forEach(s -> n.add(s.getSheetName()));
        return n.toString();
    }

    /** The first data row whose cells hold all these values (strings compared stripped, numbers exactly). */
    private static Optional<Row> baris(Sheet s, Object... nilai) {
        for (Row r : s) {
            if (r.getRowNum() <= 4) {
                continue;
            }
            boolean semua = true;
            for (Object v : nilai) {
                boolean ada = false;
                for (Cell c : r) {
                    if (v instanceof String t && c.getCellType() == CellType.STRING && c.getStringCellValue().strip().equals(t)) {
                        ada = true;
                    } else if (v instanceof Double d && c.getCellType() == CellType.NUMERIC && c.getNumericCellValue() == d) {
                        ada = true;
                    }
                }
                semua &= ada;
            }
            if (semua) {
                return Optional.of(r);
            }
        }
        return Optional.empty();
    }
}
