package id.akuntara.reports;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;

/**
 * Writes the four regions' reports and the Kaltim PKs of 2022 to a directory, for looking at them (docs/laporan.md's
 * pages are made from these with pdftoppm). Runs only when asked:
 * {@code ./mvnw -o -pl reports -am test -Dtest=ContohLaporanTest -Dsurefire.failIfNoSpecifiedTests=false
 * -Dlaporan.contoh=target/laporan-contoh}.
 */
@EnabledIfSystemProperty(named = "laporan.contoh", matches = ".+")
class ContohLaporanTest {

    @Test
    void tulisContoh() throws IOException {
        Path dir = Path.of(System.getProperty("laporan.contoh"));
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
    }
}
