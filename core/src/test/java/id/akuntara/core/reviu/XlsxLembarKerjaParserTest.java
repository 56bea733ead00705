package id.akuntara.core.reviu;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.List;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;

class XlsxLembarKerjaParserTest {

    @Test
    void readsNumericCellsAtTheirDisplayedPrecisionAndTextCellsAsIs() throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (XSSFWorkbook wb = new XSSFWorkbook()) {
            Sheet s = wb.createSheet("Tabel 3.2");
            CellStyle empat = wb.createCellStyle();
            empat.setDataFormat(wb.createDataFormat().getFormat("0.0000"));
            CellStyle dua = wb.createCellStyle();
            dua.setDataFormat(wb.createDataFormat().getFormat("0.00"));
            String[] judul = {"jenis", "id", "induk", "uraian", "polaritas", "target", "realisasi", "tercetak"};
            Row h = s.createRow(0);
            for (int i = 0; i < judul.length; i++) {
                h.createCell(i).setCellValue(judul[i]);
            }
            // Pangkalpinang LAKIP 2021 Tabel 3.2, LPPD: numeric cells
            Row r = s.createRow(1);
            r.createCell(0).setCellValue("capaian");
            r.createCell(1).setCellValue("LPPD");
            r.createCell(3).setCellValue("Nilai LPPD");
            r.createCell(4).setCellValue("naik");
            r.createCell(5).setCellValue(3.2721);
            r.getCell(5).setCellStyle(empat);
            r.createCell(6).setCellValue(3.2608);
            r.getCell(6).setCellStyle(empat);
            r.createCell(7).setCellValue(99.69);
            r.getCell(7).setCellStyle(dua);
            // AKIP: text cells in Indonesian format, row 4 (row 3 left empty)
            Row a = s.createRow(3);
            String[] akip = {"capaian", "AKIP", "", "Nilai AKIP", "naik", "63,30", "61,77", "97,58"};
            for (int i = 0; i < akip.length; i++) {
                a.createCell(i).setCellValue(akip[i]);
            }
            wb.write(out);
        }
        LembarKerja lk = XlsxLembarKerjaParser.baca(new ByteArrayInputStream(out.toByteArray()));
        assertEquals("3,2721", lk.baris().get(0).target());
        assertEquals("99,69", lk.baris().get(0).tercetak());
        assertEquals(4, lk.baris().get(1).baris());
        HasilReviu h = ReviuChecker.periksa(lk, OpsiReviu.STANDAR);
        assertEquals(List.of(new Temuan(2, "LPPD", "capaian", "99,69", "99,65", JenisTemuan.SALAH)), h.temuan());
        assertEquals(new Ringkasan(2, 2, 1, 0), h.ringkasan());
    }
}
