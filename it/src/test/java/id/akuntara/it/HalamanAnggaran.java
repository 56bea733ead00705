package id.akuntara.it;

import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.WebDriverWait;

import java.time.Duration;
import java.util.List;

/** anggaran.xhtml: the budget tree with pagu, realisasi, serapan, the total, the chart per program, traces. */
final class HalamanAnggaran extends Halaman {

    HalamanAnggaran(WebDriver driver) {
        super(driver);
    }

    static HalamanAnggaran buka(WebDriver driver, int tahun) {
        driver.get(Api.baseUrl() + "anggaran.xhtml?tahun=" + tahun);
        return new HalamanAnggaran(driver);
    }

    String judul() {
        return teks(By.id("judul-anggaran"));
    }

    String totalPagu() {
        return teks(By.id("total-pagu"));
    }

    String totalRealisasi() {
        return teks(By.id("total-realisasi"));
    }

    String totalSerapan() {
        return teks(By.cssSelector("[data-jejak='serapan/TOTAL']"));
    }

    /** The tree's total row: label, pagu, realisasi, serapan. */
    List<String> barisJumlah() {
        return driver.findElements(By.cssSelector("[id='f:pohon'] tfoot td")).stream().map(WebElement::getText)
                .map(String::strip).filter(s -> !s.isEmpty()).toList();
    }

    /** The codes of the tree's top lines (programs). */
    List<String> kodeProgram() {
        return driver.findElements(By.cssSelector("[id='f:pohon'] .kode-PROGRAM[data-kode]")).stream()
                .map(e -> e.getAttribute("data-kode")).toList();
    }

    /** A line's row cells (kode with uraian, pagu, realisasi, serapan …). */
    List<String> baris(String kode) {
        WebElement sel = cari(By.cssSelector("[id='f:pohon'] [data-kode='" + kode + "']"));
        return sel.findElement(By.xpath("./ancestor::tr[1]")).findElements(By.tagName("td")).stream()
                .map(WebElement::getText).map(String::strip).toList();
    }

    /** Opens a line's children with its toggler and waits for them. */
    void buka(String kode, String kodeAnak) {
        WebElement sel = cari(By.cssSelector("[id='f:pohon'] [data-kode='" + kode + "']"));
        sel.findElement(By.xpath("./ancestor::tr[1]")).findElement(By.cssSelector(".ui-treetable-toggler")).click();
        new WebDriverWait(driver, Duration.ofSeconds(15)).until(d -> !d.findElements(
                By.cssSelector("[id='f:pohon'] [data-kode='" + kodeAnak + "']")).isEmpty());
    }

    /** Whether a cell is right-aligned (the numbers are). */
    String perataan(String kode, int kolom) {
        WebElement sel = cari(By.cssSelector("[id='f:pohon'] [data-kode='" + kode + "']"));
        WebElement td = sel.findElement(By.xpath("./ancestor::tr[1]")).findElements(By.tagName("td")).get(kolom);
        return td.getCssValue("text-align");
    }

    HalamanJejak.Jejak jejak(String id) {
        return HalamanJejak.buka(driver, id);
    }

    boolean grafikTergambar() {
        WebElement canvas = cari(By.cssSelector("[id='f:grafik-program'] canvas"));
        new WebDriverWait(driver, Duration.ofSeconds(10)).until(d -> canvas.getSize().getWidth() > 0);
        return Boolean.TRUE.equals(((JavascriptExecutor) driver).executeScript(
                "return !!(window.Chart && Chart.getChart(arguments[0]));", canvas));
    }

    @SuppressWarnings("unchecked")
    List<Object> labelGrafik() {
        WebElement canvas = cari(By.cssSelector("[id='f:grafik-program'] canvas"));
        return (List<Object>) ((JavascriptExecutor) driver).executeScript("return Chart.getChart(arguments[0]).data.labels;", canvas);
    }
}
