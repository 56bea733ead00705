package id.akuntara.reports;

import net.sf.jasperreports.engine.JRException;
import net.sf.jasperreports.engine.JasperPrint;
import net.sf.jasperreports.engine.export.ooxml.JRDocxExporter;
import net.sf.jasperreports.engine.export.ooxml.JRXlsxExporter;
import net.sf.jasperreports.export.SimpleExporterInput;
import net.sf.jasperreports.export.SimpleOutputStreamExporterOutput;
import net.sf.jasperreports.export.SimpleXlsxReportConfiguration;
import net.sf.jasperreports.pdf.JRPdfExporter;
import net.sf.jasperreports.pdf.SimplePdfExporterConfiguration;

import java.io.OutputStream;

/** Writes a filled report as PDF (compressed, fonts embedded by the DejaVu font extension), DOCX or XLSX. */
final class PengeksporLaporan {

    private PengeksporLaporan() {
    }

    static void tulis(JasperPrint cetak, FormatLaporan format, OutputStream keluar) {
        try {
            switch (format) {
                case PDF -> pdf(cetak, keluar);
                case DOCX -> docx(cetak, keluar);
                case XLSX -> xlsx(cetak, keluar);
            }
        } catch (JRException e) {
            throw new IllegalStateException("laporan tidak dapat ditulis sebagai " + format + ": " + e.getMessage(), e);
        }
    }

    private static void pdf(JasperPrint cetak, OutputStream keluar) throws JRException {
        JRPdfExporter e = new JRPdfExporter();
        e.setExporterInput(new SimpleExporterInput(cetak));
        e.setExporterOutput(new SimpleOutputStreamExporterOutput(keluar));
        SimplePdfExporterConfiguration c = new SimplePdfExporterConfiguration();
        c.setMetadataTitle(cetak.getName());
        c.setMetadataCreator("Akuntara");
        c.setCompressed(true);
        e.setConfiguration(c);
        e.exportReport();
    }

    private static void docx(JasperPrint cetak, OutputStream keluar) throws JRException {
        JRDocxExporter e = new JRDocxExporter();
        e.setExporterInput(new SimpleExporterInput(cetak));
        e.setExporterOutput(new SimpleOutputStreamExporterOutput(keluar));
        e.exportReport();
    }

    /** One sheet for the whole report; figures stay text ("88,02"), exactly as printed, never re-read as numbers. */
    private static void xlsx(JasperPrint cetak, OutputStream keluar) throws JRException {
        JRXlsxExporter e = new JRXlsxExporter();
        e.setExporterInput(new SimpleExporterInput(cetak));
        e.setExporterOutput(new SimpleOutputStreamExporterOutput(keluar));
        SimpleXlsxReportConfiguration c = new SimpleXlsxReportConfiguration();
        c.setOnePagePerSheet(false);
        c.setRemoveEmptySpaceBetweenRows(true);
        c.setRemoveEmptySpaceBetweenColumns(true);
        c.setDetectCellType(false);
        c.setWhitePageBackground(false);
        c.setSheetNames(new String[] {cetak.getName()});
        e.setConfiguration(c);
        e.exportReport();
    }
}
