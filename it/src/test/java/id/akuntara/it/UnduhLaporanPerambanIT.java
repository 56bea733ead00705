package id.akuntara.it;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.WebDriverWait;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The start page's download: Pangkalpinang's operator clicks "Unduh LAKIP 2021 (PDF)", the button shows that it is
 * busy until the whole file has arrived, then the file is saved under the server's name and holds the platform's
 * total serapan (88,08).
 */
@UjiIntegrasi
class UnduhLaporanPerambanIT {

    @BeforeAll
    static void perambanTersedia() {
        Peramban.wajibTersedia();
    }

    @Test
    void tombolUnduhMenunjukkanProsesLaluBerkasTiba() throws IOException {
        Path unduhan = Files.createTempDirectory("akuntara-unduhan");
        WebDriver driver = Peramban.buka(unduhan);
        try {
            driver.get(Api.baseUrl());
            HalamanBeranda beranda = new HalamanLogin(driver).masukSebagai("operator.pangkalpinang", Keycloak.PASSWORD);
            assertEquals("Kota Pangkalpinang", beranda.namaPemda());
            WebElement tombol = driver.findElement(By.id("unduh-pdf"));
            assertEquals("Unduh LAKIP 2021 (PDF)", tombol.getText());
            tombol.click();
            // busy while the server renders: aria-busy and the busy label, until the file has arrived
            new WebDriverWait(driver, Duration.ofSeconds(10)).until(d -> "true".equals(tombol.getAttribute("aria-busy")));
            assertEquals("Menyiapkan berkas…", tombol.getText());
            WebElement status = driver.findElement(By.id("unduh-status"));
            new WebDriverWait(driver, Duration.ofSeconds(180)).until(d -> status.getAttribute("class").contains("selesai")
                    || status.getAttribute("class").contains("gagal"));
            beranda.simpanTangkapanLayar("unduh-laporan");
            assertTrue(status.getAttribute("class").contains("selesai"), status.getText());
            assertEquals("LAKIP-2021-kota-pangkalpinang.pdf", status.getAttribute("data-berkas"), status.getText());
            assertTrue(Integer.parseInt(status.getAttribute("data-bita")) > 10_000, status.getText());
            assertEquals("Unduh LAKIP 2021 (PDF)", tombol.getText(), "the button is itself again");
            assertTrue(tombol.getAttribute("aria-busy") == null, "no longer busy");

            Path berkas = unduhan.resolve("LAKIP-2021-kota-pangkalpinang.pdf");
            new WebDriverWait(driver, Duration.ofSeconds(30)).until(d -> Files.exists(berkas));
            try (var doc = Loader.loadPDF(berkas.toFile())) {
                String t = new PDFTextStripper().getText(doc);
                String total = t.lines().filter(l -> l.contains("TOTAL PEMDA")).findFirst().orElseThrow();
                assertTrue(total.endsWith("88,08"), total);
            }
        } finally {
            driver.quit();
        }
    }
}
