package id.akuntara.it;

import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

import java.time.Duration;
import java.util.List;

/** capaian.xhtml: a year's capaian per sasaran and indicator, band counts, charts, traces. */
final class HalamanCapaian extends Halaman {

    HalamanCapaian(WebDriver driver) {
        super(driver);
    }

    /** Opens the page for {@code tahun} (already signed in). */
    static HalamanCapaian buka(WebDriver driver, int tahun) {
        driver.get(Api.baseUrl() + "capaian.xhtml?tahun=" + tahun);
        return new HalamanCapaian(driver);
    }

    String judul() {
        return teks(By.id("judul-capaian"));
    }

    /** The year the selector shows. */
    String tahunTerpilih() {
        return teks(By.id("f:tahun_label"));
    }

    String asalAngka() {
        return teks(By.id("asal-angka"));
    }

    /** The count of one band ({@code di-atas-100} …) as the page shows it. */
    String jumlahPita(String pita) {
        return teks(By.cssSelector("[data-jejak='sebaran/" + pita + "']"));
    }

    /** The sasaran aggregate capaian as printed ("115,49 %"). */
    String capaianSasaran(String kode) {
        return teks(By.cssSelector("[data-jejak='capaian-sasaran/" + kode + "']"));
    }

    /** An indicator's row cells (kode with indikator, target, realisasi, capaian, predikat). */
    List<String> baris(String kodeIndikator) {
        WebElement capaian = cari(By.cssSelector("[data-jejak='capaian/" + kodeIndikator + "/TAHUNAN']"));
        WebElement tr = capaian.findElement(By.xpath("./ancestor::tr[1]"));
        return tr.findElements(By.tagName("td")).stream().map(WebElement::getText).map(String::strip).toList();
    }

    /** The band an indicator's predikat tag is coloured by. */
    String pitaIndikator(String kodeIndikator) {
        WebElement capaian = cari(By.cssSelector("[data-jejak='capaian/" + kodeIndikator + "/TAHUNAN']"));
        return capaian.findElement(By.xpath("./ancestor::tr[1]")).findElement(By.cssSelector("[data-pita]")).getAttribute("data-pita");
    }

    HalamanJejak.Jejak jejak(String id) {
        return HalamanJejak.buka(driver, id);
    }

    /** Whether the chart {@code id} ("grafik-sasaran", "grafik-tren") was drawn: its canvas has a Chart.js chart. */
    boolean grafikTergambar(String id) {
        WebElement canvas = cari(By.cssSelector("[id='f:" + id + "'] canvas"));
        new WebDriverWait(driver, Duration.ofSeconds(10)).until(d -> canvas.getSize().getWidth() > 0);
        return Boolean.TRUE.equals(((JavascriptExecutor) driver).executeScript(
                "return !!(window.Chart && Chart.getChart(arguments[0]));", canvas));
    }

    /** The data of a drawn chart's first dataset. */
    @SuppressWarnings("unchecked")
    List<Object> dataGrafik(String id) {
        WebElement canvas = cari(By.cssSelector("[id='f:" + id + "'] canvas"));
        return (List<Object>) ((JavascriptExecutor) driver).executeScript(
                "return Chart.getChart(arguments[0]).data.datasets[0].data;", canvas);
    }

    /** The trend table's rows: year, target, realisasi, capaian, kemajuan. */
    List<List<String>> tren() {
        return driver.findElements(By.cssSelector("[id='f:tabel-tren'] tbody tr")).stream()
                .map(tr -> tr.findElements(By.tagName("td")).stream().map(WebElement::getText).map(String::strip).toList())
                .toList();
    }

    /** Chooses the trend's indicator in its p:selectOneMenu and waits for the trend to be redrawn. */
    void pilihIndikatorTren(String kode) {
        WebElement tabel = cari(By.id("f:tabel-tren"));
        Aksi.pilihMenu(driver, "f:indikator-tren", kode + " ", ExpectedConditions.stalenessOf(tabel));
    }
}
