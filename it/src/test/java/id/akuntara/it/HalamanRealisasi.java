package id.akuntara.it;

import org.openqa.selenium.By;
import org.openqa.selenium.NoSuchElementException;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.WebDriverWait;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;

/**
 * The realisasi page ({@code realisasi.xhtml}): year and period choice, the grid's rows by indicator code, the row
 * editor (pencil, check), the submit button, the evidence upload and the messages next to each field.
 */
final class HalamanRealisasi extends Halaman {

    HalamanRealisasi(WebDriver driver) {
        super(driver);
    }

    /** Opens it through the layout's menu link. */
    static HalamanRealisasi bukaDariMenu(WebDriver driver) {
        driver.findElement(By.id("menu-realisasi")).click();
        new WebDriverWait(driver, Duration.ofSeconds(30)).until(d -> !d.findElements(By.id("judul-realisasi")).isEmpty());
        Tunggu.ajax(driver);
        return new HalamanRealisasi(driver);
    }

    /**
     * Shows the year and the period (labels as shown, e.g. "2021", "Tahunan") by opening the page with its
     * parameters {@code ?tahun=&periode=}: clicks on PrimeFaces menu items still sliding in were lost now and then on
     * a busy machine, and the menus' own change is not what these tests are about.
     */
    void pilih(String tahun, String periode) {
        if (tahun.equals(driver.findElement(By.id("realisasi:tahun_label")).getText().strip())
                && periode.equals(driver.findElement(By.id("realisasi:periode_label")).getText().strip())) {
            return;
        }
        String kode = switch (periode) {
            case "Tahunan" -> "TAHUNAN";
            case "Triwulan I" -> "TW1";
            case "Triwulan II" -> "TW2";
            case "Triwulan III" -> "TW3";
            case "Triwulan IV" -> "TW4";
            default -> throw new IllegalArgumentException("periode " + periode);
        };
        bukaTerlindung(driver, "realisasi.xhtml?tahun=" + tahun + "&periode=" + kode);
        new WebDriverWait(driver, Duration.ofSeconds(30)).until(d -> !d.findElements(By.id("judul-realisasi")).isEmpty());
        Tunggu.ajax(driver);
        for (String[] menu : new String[][] {{"realisasi:tahun", tahun}, {"realisasi:periode", periode}}) {
            String tampil = driver.findElement(By.id(menu[0] + "_label")).getText().strip();
            if (!menu[1].equals(tampil)) {
                throw new AssertionError(menu[0] + " menunjukkan " + tampil);
            }
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
        cari(By.id(id(kode, "ajukan"))).click();
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
        return cari(By.id(id(kode, "status-alur"))).getText().strip();
    }

    String nilaiTampil(String kode) {
        return cari(By.id(id(kode, "nilai-tampil"))).getText().strip();
    }

    String target(String kode) {
        return cari(By.id(id(kode, "target"))).getText().strip();
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
