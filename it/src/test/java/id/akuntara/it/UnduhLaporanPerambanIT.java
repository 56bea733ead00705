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
 * total serapan (88,08). In English the status texts are English; the XLSX holds the total as a number.
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

            // in English the status texts follow the page's language (from its label bundle), and so does the report
            beranda.gantiBahasa("en");
            WebElement statusEn = driver.findElement(By.id("unduh-status"));
            assertEquals("Preparing the file…", statusEn.getAttribute("data-menyiapkan"));
            driver.findElement(By.id("unduh-xlsx")).click();
            new WebDriverWait(driver, Duration.ofSeconds(180)).until(d -> statusEn.getAttribute("class").contains("selesai")
                    || statusEn.getAttribute("class").contains("gagal"));
            assertTrue(statusEn.getText().startsWith("Done: LAKIP-2021-kota-pangkalpinang-en.xlsx ("), statusEn.getText());
            // the English XLSX is a workbook of the report's tables: the total serapan a number, 88,08
            Path xlsx = unduhan.resolve("LAKIP-2021-kota-pangkalpinang-en.xlsx");
            new WebDriverWait(driver, Duration.ofSeconds(30)).until(d -> Files.exists(xlsx) && xlsx.toFile().length() > 0);
            try (var wb = new org.apache.poi.xssf.usermodel.XSSFWorkbook(xlsx.toFile())) {
                var anggaran = wb.getSheet("Budget Realisation");
                assertTrue(anggaran != null, "the budget sheet");
                boolean ada = false;
                for (var r : anggaran) {
                    var c = r.getCell(1);
                    if (c != null && c.getCellType() == org.apache.poi.ss.usermodel.CellType.STRING
                            && "REGIONAL TOTAL".equals(c.getStringCellValue())) {
                        assertEquals(88.08, r.getCell(4).getNumericCellValue(), 1e-9);
                        ada = true;
                    }
                }
                assertTrue(ada, "the REGIONAL TOTAL row");
            } catch (org.apache.poi.openxml4j.exceptions.InvalidFormatException e) {
                throw new AssertionError(e);
            }
        } finally {
            driver.quit();
        }
    }
}
