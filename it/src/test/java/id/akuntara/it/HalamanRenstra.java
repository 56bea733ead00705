package id.akuntara.it;

import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.WebDriverWait;

import java.time.Duration;
import java.util.List;

/** The Renstra & IKU page (renstra.xhtml): versions, the tree with its target cells, the draft's editors. */
final class HalamanRenstra extends Halaman {

    HalamanRenstra(WebDriver driver) {
        super(driver);
    }

    /** Opens the page at a version ({@code kode} null: the version in force). */
    HalamanRenstra buka(String kode) {
        bukaTerlindung(driver, "renstra.xhtml" + (kode == null ? "" : "?kode=" + kode));
        return this;
    }

    String judul() {
        return teks(By.id("judul-renstra"));
    }

    String kodeVersi() {
        return teks(By.id("kode-renstra"));
    }

    String status() {
        return teks(By.id("status-renstra"));
    }

    String sumberBerwenang() {
        return teks(By.id("sumber-berwenang"));
    }

    /** The codes of the version links, in order. */
    List<String> versi() {
        return driver.findElements(By.cssSelector("[data-versi]")).stream().map(e -> e.getAttribute("data-versi")).toList();
    }

    boolean adaBaris(String kode) {
        return ada(By.cssSelector("[data-baris='" + kode + "']"));
    }

    /** The text of a goal, objective or indicator row's description cell. */
    String baris(String kode) {
        return teks(By.cssSelector("[data-baris='" + kode + "']"));
    }

    /** Whether a row carries the IKU mark. */
    boolean iku(String kode) {
        return ada(By.cssSelector("[data-baris='" + kode + "'] .tag-IKU"));
    }

    /** The row's HTML, for a failure message. */
    String html(String kode) {
        return cari(By.cssSelector("[data-baris='" + kode + "']")).getAttribute("outerHTML");
    }

    /** The target cell of an indicator and year. */
    WebElement sel(String indikator, int tahun) {
        return cari(By.cssSelector("[data-sel='" + indikator + "-" + tahun + "']"));
    }

    String teksSel(String indikator, int tahun) {
        return sel(indikator, tahun).getText();
    }

    /** Whether the sources' targets differ there (the cell is highlighted). */
    boolean bentrok(String indikator, int tahun) {
        return sel(indikator, tahun).getAttribute("class").contains("bentrok");
    }

    /** Whether any edit link is offered (only in a draft, for the roles that may write). */
    boolean adaTautanUbah() {
        return ada(By.cssSelector("[data-ubah]"));
    }

    boolean bisaBuatPerubahan() {
        return ada(By.id("f:mulai-perubahan"));
    }

    /** Makes a Perubahan Renstra of the version shown and waits for its draft page. */
    void buatPerubahan(String kodeBaru, String alasan) {
        driver.findElement(By.id("f:mulai-perubahan")).click();
        WebElement kode = tunggu(By.id("f:pKode"));
        kode.clear();
        kode.sendKeys(kodeBaru);
        driver.findElement(By.id("f:pAlasan")).sendKeys(alasan);
        driver.findElement(By.id("f:simpan-perubahan")).click();
        new WebDriverWait(driver, Duration.ofSeconds(20)).until(d -> d.getCurrentUrl().contains("kode=" + kodeBaru));
        tunggu(By.id("kode-renstra"));
    }

    /** Opens the editor of a target (indicator, year, source) and saves {@code nilai}; waits for the answer. */
    void ubahTarget(String indikator, int tahun, String sumber, String nilai) {
        if (!ada(By.id("f:targetNilai"))) {
            driver.findElement(By.cssSelector("[data-ubah='" + indikator + "-" + tahun + "-" + sumber + "']")).click();
            tunggu(By.id("f:targetNilai"));
        }
        WebElement isian = driver.findElement(By.id("f:targetNilai"));
        isian.clear();
        isian.sendKeys(nilai);
        // the answer: the editor closed (saved) or a message next to the value or at the top
        Aksi.klikSampai(driver, By.id("f:simpan-target"), d -> !editorTargetTerbuka() || !pesanNilaiTarget().isBlank()
                || !pesan().isBlank());
    }

    boolean editorTargetTerbuka() {
        return ada(By.id("f:targetNilai"));
    }

    /** The message shown next to the target value input (empty when none). */
    String pesanNilaiTarget() {
        return ada(By.id("f:pesanTargetNilai")) ? driver.findElement(By.id("f:pesanTargetNilai")).getText() : "";
    }

    /** The messages at the top of the form. */
    String pesan() {
        return ada(By.id("f:pesan")) ? driver.findElement(By.id("f:pesan")).getText() : "";
    }

    private WebElement tunggu(By by) {
        return new WebDriverWait(driver, Duration.ofSeconds(20)).until(d -> {
            List<WebElement> e = d.findElements(by);
            return e.isEmpty() || !e.get(0).isDisplayed() ? null : e.get(0);
        });
    }
}
