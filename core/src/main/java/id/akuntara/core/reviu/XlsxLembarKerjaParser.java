package id.akuntara.core.reviu;

import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.apache.poi.openxml4j.exceptions.OLE2NotOfficeXmlFileException;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * Reads the first sheet of an XLSX worksheet with Apache POI. Every cell is taken as the text a person sees in
 * the spreadsheet, formatted for the Indonesian locale (a numeric cell 75,58 formatted "0,00" reads "75,58"), so
 * printed precision survives; text cells are read as they are.
 */
public final class XlsxLembarKerjaParser {

    private static final Locale INDONESIA = Locale.forLanguageTag("id-ID");

    private XlsxLembarKerjaParser() {
    }

    public static LembarKerja baca(InputStream masukan) throws IOException {
        Workbook wb;
        try {
            wb = new XSSFWorkbook(masukan);
        } catch (OLE2NotOfficeXmlFileException e) {
            throw new LembarKerjaTidakTerbacaException(0, "berkas Excel 97-2003 (.xls) atau terenkripsi, bukan XLSX;"
                    + " simpan ulang sebagai Excel Workbook (.xlsx) tanpa kata sandi", e);
        } catch (IOException | RuntimeException e) {
            // POI reports a non-ZIP file, a ZIP without a workbook, a zip bomb or a damaged part with many exception
            // types (NotOfficeXmlFileException, POIXMLException, RecordFormatException, IOException, …).
            throw new LembarKerjaTidakTerbacaException(0, "bukan berkas XLSX yang sah (Excel 2007 atau lebih baru)"
                    + " atau berkasnya rusak; buka dan simpan ulang di aplikasi lembar kerja, atau ekspor sebagai CSV", e);
        }
        try (wb) {
            return baca(wb);
        } catch (RuntimeException e) {
            throw new LembarKerjaTidakTerbacaException(0, "isi berkas XLSX rusak dan tidak dapat dibaca; buka dan"
                    + " simpan ulang di aplikasi lembar kerja, atau ekspor sebagai CSV", e);
        }
    }

    private static LembarKerja baca(Workbook wb) {
        if (wb.getNumberOfSheets() == 0) {
            return new LembarKerja(List.of(), List.of(new Galat(1, "jenis", "berkas XLSX tidak memiliki lembar")));
        }
        Sheet sheet = wb.getSheetAt(0);
        DataFormatter format = new DataFormatter(INDONESIA);
        // a formula cell reads as the value Excel last computed and showed, not as its formula text
        format.setUseCachedValuesForFormulaCells(true);
        Row judulRow = sheet.getRow(sheet.getFirstRowNum());
        if (judulRow == null) {
            return new LembarKerja(List.of(), List.of(new Galat(1, "jenis", "berkas kosong: baris judul tidak ada")));
        }
        KepalaLembarKerja kepala = new KepalaLembarKerja(sel(judulRow, format));
        List<BarisLembarKerja> baris = new ArrayList<>();
        for (int r = judulRow.getRowNum() + 1; r <= sheet.getLastRowNum(); r++) {
            Row row = sheet.getRow(r);
            if (row == null) {
                continue;
            }
            List<String> sel = sel(row, format);
            if (!KepalaLembarKerja.kosong(sel)) {
                baris.add(kepala.baris(r + 1, sel));
            }
        }
        return new LembarKerja(baris, kepala.galat());
    }

    private static List<String> sel(Row row, DataFormatter format) {
        int akhir = Math.max(row.getLastCellNum(), 0);
        List<String> sel = new ArrayList<>(akhir);
        for (int c = 0; c < akhir; c++) {
            Cell cell = row.getCell(c);
            sel.add(cell == null ? "" : format.formatCellValue(cell));
        }
        return sel;
    }
}
