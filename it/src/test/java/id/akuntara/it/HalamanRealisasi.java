package id.akuntara.it;

import org.openqa.selenium.By;
import org.openqa.selenium.NoSuchElementException;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;

/**
 * The realisasi page ({@code realisasi.xhtml}): year and period choice, the grid's rows by indicator code, the row
 * editor (pencil, check), the submit button, the evidence upload and the messages next to each field.
 */
final class HalamanRealisasi {

    private final WebDriver driver;

    HalamanRealisasi(WebDriver driver) {
        this.driver = driver;
    }

    /** Opens it through the layout's menu link. */
    static HalamanRealisasi bukaDariMenu(WebDriver driver) {
        driver.findElement(By.id("menu-realisasi")).click();
        new WebDriverWait(driver, Duration.ofSeconds(30)).until(d -> !d.findElements(By.id("judul-realisasi")).isEmpty());
        Tunggu.ajax(driver);
        return new HalamanRealisasi(driver);
    }

    /** Chooses the year and the period (labels as shown, e.g. "2021", "Tahunan") in the PrimeFaces menus. */
    void pilih(String tahun, String periode) {
        pilihMenu("realisasi:tahun", tahun);
        pilihMenu("realisasi:periode", periode);
    }

    /**
     * Picks an item of a PrimeFaces menu whose change reloads the form: nothing when it already shows the label,
     * else waits until the form has been replaced (the AJAX may start a moment after the click).
     */
    private void pilihMenu(String id, String label) {
        if (label.equals(driver.findElement(By.id(id + "_label")).getText().strip())) {
            return;
        }
        // a click on an item still sliding in is sometimes lost: open the menu and click again, up to three times
        for (int coba = 1; ; coba++) {
            WebElement menu = driver.findElement(By.id(id));
            menu.click();
            WebElement item = driver.findElement(By.cssSelector("[id='" + id + "_items'] li[data-label='" + label + "']"));
            new WebDriverWait(driver, Duration.ofSeconds(10)).until(d -> item.isDisplayed());
            item.click();
            try {
                new WebDriverWait(driver, Duration.ofSeconds(20)).until(ExpectedConditions.stalenessOf(menu));
                break;
            } catch (org.openqa.selenium.TimeoutException e) {
                if (coba == 3) {
                    throw e;
                }
            }
        }
        Tunggu.ajax(driver);
        if (!label.equals(driver.findElement(By.id(id + "_label")).getText().strip())) {
            throw new AssertionError(id + " menunjukkan " + driver.findElement(By.id(id + "_label")).getText());
        }
    }

    /** The row index of an indicator in the grid. */
    int baris(String kode) {
        List<WebElement> kodeSel = driver.findElements(By.cssSelector("[id^='realisasi:grid:'][id$=':kode']"));
        for (WebElement k : kodeSel) {
            if (kode.equals(k.getText().strip())) {
                String id = k.getAttribute("id");
                return Integer.parseInt(id.split(":")[2]);
            }
        }
        throw new AssertionError("Indikator " + kode + " tidak ada di grid:\n" + driver.findElement(By.tagName("body")).getText());
    }

    private WebElement tr(String kode) {
        return driver.findElement(By.id(id(kode, "kode"))).findElement(By.xpath("./ancestor::tr[1]"));
    }

    private String id(String kode, String nama) {
        return "realisasi:grid:" + baris(kode) + ":" + nama;
    }

    /** Opens the row editor of an indicator. */
    void ubah(String kode) {
        tr(kode).findElement(By.cssSelector("a.ui-row-editor-pencil")).click();
        new WebDriverWait(driver, Duration.ofSeconds(10)).until(d -> d.findElement(By.id(id(kode, "nilai"))).isDisplayed());
    }

    /** Whether the row is (still) in edit mode. */
    boolean sedangDiubah(String kode) {
        return tr(kode).getAttribute("class").contains("ui-row-editing");
    }

    void isiNilai(String kode, String nilai) {
        ketik(id(kode, "nilai"), nilai);
    }

    void isiPenghambat(String kode, String teks) {
        ketik(id(kode, "penghambat"), teks);
    }

    private void ketik(String id, String teks) {
        WebElement e = driver.findElement(By.id(id));
        e.clear();
        e.sendKeys(teks);
    }

    /** Saves the row (the check icon) and waits for the answer. */
    void simpan(String kode) {
        tr(kode).findElement(By.cssSelector("a.ui-row-editor-check")).click();
        Tunggu.ajax(driver);
    }

    void ajukan(String kode) {
        cari(id(kode, "ajukan")).click();
        Tunggu.ajax(driver);
    }

    /** Uploads a file as evidence of the row and waits until the grid shows its link (or a message). */
    void unggah(String kode, Path berkas) {
        driver.findElement(By.id(id(kode, "unggah") + "_input")).sendKeys(berkas.toAbsolutePath().toString());
        String nama = berkas.getFileName().toString();
        new WebDriverWait(driver, Duration.ofSeconds(60)).until(d -> !bukti(kode).isEmpty() && bukti(kode).contains(nama)
                || !galat(kode, "unggah").isEmpty());
        Tunggu.ajax(driver);
    }

    /** The evidence links of the row, as shown. */
    String bukti(String kode) {
        try {
            return tr(kode).findElements(By.cssSelector("a.tautan-bukti")).stream().map(WebElement::getText)
                    .reduce("", (a, b) -> a + b + "\n").strip();
        } catch (NoSuchElementException | org.openqa.selenium.StaleElementReferenceException e) {
            return "";
        }
    }

    /** The message shown next to a field of the row ({@code nilai}, {@code penghambat}, {@code unggah} …); "" if none. */
    String galat(String kode, String field) {
        List<WebElement> m = driver.findElements(By.id(id(kode, "galat-" + field)));
        return m.isEmpty() ? "" : m.get(0).getText().strip();
    }

    boolean galatTampil(String kode, String field) {
        List<WebElement> m = driver.findElements(By.id(id(kode, "galat-" + field)));
        return !m.isEmpty() && m.get(0).isDisplayed() && !m.get(0).getText().isBlank();
    }

    String statusAlur(String kode) {
        return cari(id(kode, "status-alur")).getText().strip();
    }

    String nilaiTampil(String kode) {
        return cari(id(kode, "nilai-tampil")).getText().strip();
    }

    String target(String kode) {
        return cari(id(kode, "target")).getText().strip();
    }

    /** An element by id; a missing one fails with the page's text. */
    private WebElement cari(String id) {
        try {
            return driver.findElement(By.id(id));
        } catch (NoSuchElementException e) {
            throw new AssertionError("#" + id + " tidak ada:\n" + driver.findElement(By.tagName("body")).getText(), e);
        }
    }

    String catatanKembali(String kode) {
        List<WebElement> c = driver.findElements(By.id(id(kode, "catatan-kembali")));
        return c.isEmpty() ? "" : c.get(0).getText().strip();
    }

    boolean bisaDiubah(String kode) {
        return !tr(kode).findElements(By.cssSelector("a.ui-row-editor-pencil")).isEmpty();
    }

    /** The page's global messages (saved, submitted, refused). */
    String pesan() {
        return driver.findElement(By.id("realisasi:pesan")).getText().strip();
    }
}
