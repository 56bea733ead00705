package id.akuntara.reports;

import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Locale;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

/**
 * Writes the four regions' reports in every format and language and the Kaltim PKs of 2022 to a directory
 * ({@code reports/target/laporan-contoh}, or {@code -Dlaporan.contoh=DIR}), for looking at them: docs/laporan.md's
 * pages are made from these with pdftoppm. Each file must be what its name says (PDF, or the zip of DOCX and XLSX).
 */
class ContohLaporanTest {

    private static final byte[] PDF = {'%', 'P', 'D', 'F'};
    private static final byte[] ZIP = {'P', 'K', 3, 4};

    @Test
    void tulisContoh() throws IOException {
        Path dir = Path.of(System.getProperty("laporan.contoh", "target/laporan-contoh"));
        Files.createDirectories(dir);
        LayananLaporan layanan = LaporanTahunanTest.LAYANAN;
        for (Wilayah w : LaporanTahunanTest.wilayah().toList()) {
            for (FormatLaporan f : FormatLaporan.values()) {
                try (OutputStream out = Files.newOutputStream(dir.resolve(w.kode() + "-" + w.tahun() + "." + f.ekstensi()))) {
                    layanan.laporanTahunan(w.bahan(), w.plugin(), f, LayananLaporan.INDONESIA, out);
                }
            }
            try (OutputStream out = Files.newOutputStream(dir.resolve(w.kode() + "-" + w.tahun() + "-en.pdf"))) {
                layanan.laporanTahunan(w.bahan(), w.plugin(), FormatLaporan.PDF, Locale.ENGLISH, out);
            }
        }
        Wilayah kaltim = Wilayah.KALTIM;
        try (OutputStream out = Files.newOutputStream(dir.resolve("prov-kaltim-pk-2022.pdf"))) {
            layanan.perjanjianKinerja(kaltim.kode(), kaltim.nama(), PenyusunBahan.dokumenPk(kaltim.data(), 2022),
                    kaltim.plugin(), FormatLaporan.PDF, LayananLaporan.INDONESIA, out);
        }
        try (var berkas = Files.list(dir)) {
            for (Path b : berkas.toList()) {
                byte[] awal = Arrays.copyOf(Files.readAllBytes(b), 4);
                assertArrayEquals(b.toString().endsWith(".pdf") ? PDF : ZIP, awal, b.toString());
            }
        }
        String laporanKaltim = kaltim.kode() + "-" + kaltim.tahun();
        assertFalse(Arrays.equals(Files.readAllBytes(dir.resolve(laporanKaltim + ".pdf")),
                Files.readAllBytes(dir.resolve(laporanKaltim + "-en.pdf"))), "laporan bahasa Inggris berbeda");
    }
}
