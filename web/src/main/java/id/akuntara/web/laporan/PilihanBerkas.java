package id.akuntara.web.laporan;

import id.akuntara.core.galat.ValidasiGagalException;
import id.akuntara.reports.FormatLaporan;
import id.akuntara.reports.LayananLaporan;

import java.util.Locale;

/**
 * The file format and language asked for ({@code format=pdf|docx|xlsx}, {@code bahasa=id|en}), checked together:
 * every unknown one is named ({@link ValidasiGagalException}, 422). Absent: PDF in Bahasa Indonesia.
 *
 * @param format the format
 * @param bahasa the language of the labels
 */
public record PilihanBerkas(FormatLaporan format, Locale bahasa) {

    public static PilihanBerkas periksa(String format, String bahasa) {
        ValidasiGagalException.Pengumpul galat = new ValidasiGagalException.Pengumpul();
        String f = format == null || format.isBlank() ? "pdf" : format.strip().toLowerCase(Locale.ROOT);
        String b = bahasa == null || bahasa.isBlank() ? "id" : bahasa.strip().toLowerCase(Locale.ROOT);
        FormatLaporan fl = switch (f) {
            case "pdf" -> FormatLaporan.PDF;
            case "docx" -> FormatLaporan.DOCX;
            case "xlsx" -> FormatLaporan.XLSX;
            default -> null;
        };
        Locale l = switch (b) {
            case "id" -> LayananLaporan.INDONESIA;
            case "en" -> Locale.ENGLISH;
            default -> null;
        };
        galat.jika(fl == null, "format", format, "format tidak dikenal; pilihan: pdf, docx, xlsx",
                "unknown format; choose pdf, docx or xlsx");
        galat.jika(l == null, "bahasa", bahasa, "bahasa tidak dikenal; pilihan: id, en", "unknown language; choose id or en");
        galat.periksa();
        return new PilihanBerkas(fl, l);
    }
}
