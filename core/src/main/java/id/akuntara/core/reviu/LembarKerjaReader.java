package id.akuntara.core.reviu;

import id.akuntara.core.teks.BukanUtf8Exception;
import id.akuntara.core.teks.TeksUtf8;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.StringReader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;

/**
 * Opens a worksheet file: {@code .xlsx} through {@link XlsxLembarKerjaParser}, anything else as UTF-8 CSV (decoded
 * strictly: a byte that is not UTF-8 is an error naming its line, never a silently replaced character). A file that
 * cannot be read at all throws {@link LembarKerjaTidakTerbacaException}.
 */
public final class LembarKerjaReader {

    private LembarKerjaReader() {
    }

    public static LembarKerja baca(Path berkas) throws IOException {
        byte[] isi = Files.readAllBytes(berkas);
        if (berkas.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(".xlsx")) {
            return XlsxLembarKerjaParser.baca(new ByteArrayInputStream(isi));
        }
        String teks;
        try {
            teks = TeksUtf8.baca(isi);
        } catch (BukanUtf8Exception e) {
            throw new LembarKerjaTidakTerbacaException(e.baris(), e.getMessage(), e);
        }
        return CsvLembarKerjaParser.baca(new StringReader(teks));
    }
}
