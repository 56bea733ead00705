package id.akuntara.it;

import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

/**
 * The start page's role blocks (index.xhtml): the operator's realisasi to fill and the returned ones, the verifier's
 * queue, the pimpinan's figures with the chart and fixing the year, the admin's data-quality findings.
 */
final class HalamanBerandaPeran extends HalamanBeranda {

    private static final Duration TUNGGU = Duration.ofSeconds(20);

    HalamanBerandaPeran(WebDriver driver) {
        super(driver);
    }

    /** Whether the page holds element {@code id} (without waiting: the page is rendered whole on the server). */
    boolean ada(String id) {
        return driver.getPageSource().contains("id=\"" + id + "\"");
    }

    /** The rows of a PrimeFaces table, each as its cells' texts. */
    List<List<String>> baris(String idTabel) {
        List<List<String>> baris = new ArrayList<>();
        for (WebElement tr : driver.findElements(By.cssSelector("[id='" + idTabel + "_data'] > tr"))) {
            List<String> sel = new ArrayList<>();
            tr.findElements(By.tagName("td")).forEach(td -> sel.add(td.getText().strip()));
            baris.add(sel);
        }
        return baris;
    }

    // ------------------------------------------------------------------------------------------------ operator

    String judulPerluDiisi() {
        return teks("judul-perlu-diisi");
    }

    String jumlahPerluDiisi() {
        return teks("jumlah-perlu-diisi");
    }

    List<List<String>> perluDiisi() {
        return baris("tabel-perlu-diisi");
    }

    List<List<String>> dikembalikan() {
        return baris("tabel-dikembalikan");
    }

    // --------------------------------------------------------------------------------------------- verifikator

    String jumlahAntrean() {
        return teks("jumlah-antrean");
    }

    List<List<String>> antrean() {
        return baris("tabel-antrean");
    }

    // ------------------------------------------------------------------------------------------------ pimpinan

    /** Chooses the year in the pimpinan's block and waits until the block shows it. */
    void pilihTahun(int tahun) {
        Aksi.pilihMenu(driver, "form-pimpinan:tahun", String.valueOf(tahun),
                ExpectedConditions.textToBePresentInElementLocated(By.id("judul-capaian"), String.valueOf(tahun)));
    }

    String judulCapaian() {
        return teks("judul-capaian");
    }

    /** Tag of where the figures come from: fixed (snapshot) or computed now. */
    String asalAngka() {
        return teks("form-pimpinan:asal-angka");
    }

    String keteranganPenetapan() {
        return teks("form-pimpinan:keterangan-penetapan");
    }

    /** The sasaran table: code and capaian as printed, per row. */
    List<List<String>> sasaran() {
        return baris("form-pimpinan:tabel-sasaran");
    }

    /** The chart's labels and bar values, as the browser's Chart.js holds them. */
    @SuppressWarnings("unchecked")
    List<Object> grafik(String bagian) {
        new WebDriverWait(driver, TUNGGU).until(d -> (Boolean) ((JavascriptExecutor) d).executeScript(
                "return !!(window.PF && PF('grafikCapaian') && PF('grafikCapaian').chart);"));
        String skrip = "labels".equals(bagian) ? "return PF('grafikCapaian').chart.data.labels;"
                : "return PF('grafikCapaian').chart.data.datasets[0].data.map(function (v) { return v === null ? null : v.toFixed(2); });";
        return (List<Object>) ((JavascriptExecutor) driver).executeScript(skrip);
    }

    String sebaran() {
        return teks("sebaran");
    }

    String predikat() {
        return teks("predikat");
    }

    String serapan() {
        return teks("serapan");
    }

    List<List<String>> perluPerhatian() {
        return baris("form-pimpinan:tabel-perhatian");
    }

    /** Clicks "Tetapkan kinerja tahun …" and confirms in the dialog. */
    void tetapkanTahun() {
        driver.findElement(By.id("form-pimpinan:tetapkan")).click();
        new WebDriverWait(driver, TUNGGU).until(ExpectedConditions.elementToBeClickable(By.id("form-pimpinan:konfirmasi-ya")))
                .click();
    }

    String tombolTetapkan() {
        return teks("form-pimpinan:tetapkan");
    }

    /** The messages of the pimpinan's block, after its last ajax update. */
    String pesan() {
        return teks("form-pimpinan:pesan-pimpinan");
    }

    /** Replaces the view state every form of the page sends with a forged one (a form built elsewhere). */
    void palsukanViewState() {
        ((JavascriptExecutor) driver).executeScript("document.querySelectorAll(\"input[name='jakarta.faces.ViewState']\")"
                + ".forEach(function (i) { i.value = '-4211357803496716170:2750447431953386522'; });");
    }

    /** Ends the page's session countdown after {@code detik} seconds (the real idle time is 30 minutes). */
    void akhiriSesiDalam(int detik) {
        ((JavascriptExecutor) driver).executeScript("window.akuntaraSesi.berakhirDalam(arguments[0]);", detik);
    }

    /** Waits until the browser shows the page that says the session has ended. */
    String tungguSesiBerakhir() {
        new WebDriverWait(driver, TUNGGU).until(ExpectedConditions.presenceOfElementLocated(By.id("sesi-berakhir")));
        return driver.findElement(By.tagName("main")).getText();
    }

    // --------------------------------------------------------------------------------------------- admin-pemda

    String jumlahTemuan() {
        return teks("jumlah-temuan");
    }

    List<List<String>> temuan() {
        return baris("tabel-temuan");
    }

    /** The admin's short list of the pemda's users (issue 13): username, name, roles, status. */
    List<List<String>> penggunaBeranda() {
        return baris("tabel-pengguna-beranda");
    }
}
