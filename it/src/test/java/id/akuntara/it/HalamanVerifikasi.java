package id.akuntara.it;

import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.WebDriverWait;

import java.time.Duration;
import java.util.List;
import java.util.Map;

/** The verifier's queue ({@code verifikasi.xhtml}): rows by indicator, year and period; verify, return, history. */
final class HalamanVerifikasi {

    private final WebDriver driver;

    HalamanVerifikasi(WebDriver driver) {
        this.driver = driver;
    }

    static HalamanVerifikasi bukaDariMenu(WebDriver driver) {
        driver.findElement(By.id("menu-verifikasi")).click();
        new WebDriverWait(driver, Duration.ofSeconds(30)).until(d -> !d.findElements(By.id("judul-verifikasi")).isEmpty());
        Tunggu.ajax(driver);
        return new HalamanVerifikasi(driver);
    }

    /** The row index of the submitted realisasi of {@code kode} in {@code tahun} and the period label, -1 if absent. */
    int baris(String kode, String tahunPeriode) {
        for (WebElement k : driver.findElements(By.cssSelector("[id^='verifikasi:antrian:'][id$=':kode']"))) {
            String sel = k.findElement(By.xpath("./ancestor::td[1]")).getText();
            if (kode.equals(k.getText().strip()) && sel.contains(tahunPeriode)) {
                return Integer.parseInt(k.getAttribute("id").split(":")[2]);
            }
        }
        return -1;
    }

    boolean ada(String kode, String tahunPeriode) {
        return baris(kode, tahunPeriode) >= 0;
    }

    private String id(String kode, String tahunPeriode, String nama) {
        int i = baris(kode, tahunPeriode);
        if (i < 0) {
            throw new AssertionError(kode + " " + tahunPeriode + " tidak ada di antrian:\n"
                    + driver.findElement(By.tagName("body")).getText());
        }
        return "verifikasi:antrian:" + i + ":" + nama;
    }

    String teks(String kode, String tahunPeriode, String nama) {
        return driver.findElement(By.id(id(kode, tahunPeriode, nama))).getText().strip();
    }

    /** The row's whole text (value, target, explanation, evidence names). */
    String isiBaris(String kode, String tahunPeriode) {
        return driver.findElement(By.id(id(kode, tahunPeriode, "kode"))).findElement(By.xpath("./ancestor::tr[1]")).getText();
    }

    /** The evidence links of the row: their addresses. */
    List<String> tautanBukti(String kode, String tahunPeriode) {
        return driver.findElement(By.id(id(kode, tahunPeriode, "kode"))).findElement(By.xpath("./ancestor::tr[1]"))
                .findElements(By.cssSelector("a.tautan-bukti")).stream().map(a -> a.getAttribute("href")).toList();
    }

    /** Fetches an address in the signed-in browser: status, content type and size. */
    @SuppressWarnings("unchecked")
    Map<String, Object> ambil(String alamat) {
        return (Map<String, Object>) ((JavascriptExecutor) driver).executeAsyncScript(
                "var done = arguments[arguments.length - 1];"
                        + "fetch(arguments[0], {credentials: 'same-origin'}).then(function (r) {"
                        + "  return r.arrayBuffer().then(function (b) {"
                        + "    done({status: r.status, jenis: r.headers.get('Content-Type'), bita: b.byteLength,"
                        + "          awal: String.fromCharCode.apply(null, new Uint8Array(b.slice(0, 5)))}); });"
                        + "}).catch(function (e) { done({status: -1, jenis: String(e), bita: 0, awal: ''}); });", alamat);
    }

    void isiCatatan(String kode, String tahunPeriode, String catatan) {
        WebElement e = driver.findElement(By.id(id(kode, tahunPeriode, "catatan")));
        e.clear();
        e.sendKeys(catatan);
    }

    void kembalikan(String kode, String tahunPeriode) {
        Aksi.klik(driver, driver.findElement(By.id(id(kode, tahunPeriode, "kembalikan"))));
        Tunggu.ajax(driver);
    }

    void verifikasi(String kode, String tahunPeriode) {
        Aksi.klik(driver, driver.findElement(By.id(id(kode, tahunPeriode, "verifikasi"))));
        Tunggu.ajax(driver);
    }

    String galatCatatan(String kode, String tahunPeriode) {
        List<WebElement> m = driver.findElements(By.id(id(kode, tahunPeriode, "galat-catatan")));
        return m.isEmpty() ? "" : m.get(0).getText().strip();
    }

    /** Opens the history dialog of a row and returns its table's text. */
    String riwayat(String kode, String tahunPeriode) {
        Aksi.klik(driver, driver.findElement(By.id(id(kode, tahunPeriode, "riwayat"))));
        Tunggu.ajax(driver);
        WebElement dialog = driver.findElement(By.id("verifikasi:dialog-riwayat"));
        new WebDriverWait(driver, Duration.ofSeconds(10)).until(d -> dialog.isDisplayed());
        return driver.findElement(By.id("verifikasi:tabel-riwayat")).getText();
    }

    void tutupRiwayat() {
        driver.findElement(By.cssSelector("[id='verifikasi:dialog-riwayat'] .ui-dialog-titlebar-close")).click();
        new WebDriverWait(driver, Duration.ofSeconds(10)).until(d -> !d.findElement(By.id("verifikasi:dialog-riwayat"))
                .isDisplayed());
    }

    String pesan() {
        return driver.findElement(By.id("verifikasi:pesan")).getText().strip();
    }
}
