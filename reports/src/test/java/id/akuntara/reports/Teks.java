package id.akuntara.reports;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.apache.poi.xwpf.extractor.XWPFWordExtractor;
import org.apache.poi.xwpf.usermodel.XWPFDocument;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;

/** The text of a rendered report, read back the way a reader's tool would (PDFBox, POI), whitespace collapsed. */
final class Teks {

    private Teks() {
    }

    static String dari(byte[] isi, FormatLaporan format) {
        try {
            String t = switch (format) {
                case PDF -> pdf(isi);
                case DOCX -> docx(isi);
                case XLSX -> xlsx(isi);
            };
            return t.replaceAll("\\s+", " ");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Lines of a PDF as PDFBox extracts them (for row-wise checks). */
    static String pdf(byte[] isi) throws IOException {
        try (var doc = Loader.loadPDF(isi)) {
            return new PDFTextStripper().getText(doc);
        }
    }

    private static String docx(byte[] isi) throws IOException {
        try (var doc = new XWPFDocument(new ByteArrayInputStream(isi)); var ex = new XWPFWordExtractor(doc)) {
            return ex.getText();
        }
    }

    /** Every cell, row by row, cells separated by " | ". */
    static String xlsx(byte[] isi) throws IOException {
        StringBuilder sb = new StringBuilder();
        // numbers as an Indonesian spreadsheet shows them ("88,08"); the cells hold the numbers themselves
        DataFormatter f = new DataFormatter(LayananLaporan.INDONESIA);
        try (var wb = new XSSFWorkbook(new ByteArrayInputStream(isi))) {
            for (Sheet s : wb) {
                for (Row r : s) {
                    for (Cell c : r) {
                        String v = f.formatCellValue(c);
                        if (!v.isBlank()) {
                            sb.append(v).append(" | ");
                        }
                    }
                    sb.append('\n');
                }
            }
        }
        return sb.toString();
    }
}
