package id.akuntara.core.reviu;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;

/** Opens a worksheet file: {@code .xlsx} through {@link XlsxLembarKerjaParser}, anything else as UTF-8 CSV. */
public final class LembarKerjaReader {

    private LembarKerjaReader() {
    }

    public static LembarKerja baca(Path berkas) throws IOException {
        try (InputStream in = Files.newInputStream(berkas)) {
            if (berkas.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(".xlsx")) {
                return XlsxLembarKerjaParser.baca(in);
            }
            return CsvLembarKerjaParser.baca(new InputStreamReader(in, StandardCharsets.UTF_8));
        }
    }
}
