package id.akuntara.it;

import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;

import java.util.List;

/** The Perjanjian Kinerja page (perjanjian.xhtml): the year's cascade tree and the chosen PK in full. */
final class HalamanPerjanjian extends Halaman {

    HalamanPerjanjian(WebDriver driver) {
        super(driver);
    }

    /** Opens a year ({@code kode} null: its top PK). */
    HalamanPerjanjian buka(int tahun, String kode) {
        bukaTerlindung(driver, "perjanjian.xhtml?tahun=" + tahun + (kode == null ? "" : "&kode=" + kode));
        return this;
    }

    /** Clicks a PK in the tree; the page comes back with it chosen. */
    HalamanPerjanjian pilih(String kode) {
        cari(By.cssSelector("[data-pk='" + kode + "']")).click();
        new org.openqa.selenium.support.ui.WebDriverWait(driver, java.time.Duration.ofSeconds(20))
                .until(d -> d.getCurrentUrl().contains("kode=" + kode));
        return this;
    }

    String judul() {
        return teks(By.id("judul-pk"));
    }

    /** The head of the region at the tree's root. */
    String kepala() {
        return teks(By.cssSelector("[data-kepala]"));
    }

    /** The PK codes in the tree, in order. */
    List<String> pkDiPohon() {
        return driver.findElements(By.cssSelector("[data-pk]")).stream().map(e -> e.getAttribute("data-pk")).toList();
    }

    /** The text of a PK's node (title, holder, code, status, total). */
    String simpul(String kode) {
        return teks(By.cssSelector("[data-pk='" + kode + "']"));
    }

    /** The PK code of a node's parent node in the tree (null under the head of the region). */
    String indukDiPohon(String kode) {
        WebElement simpul = cari(By.cssSelector("[data-pk='" + kode + "']"));
        List<WebElement> induk = simpul.findElements(By.xpath(
                "ancestor::li[contains(@class,'ui-treenode')][2]//a[@data-pk][1]"));
        return induk.isEmpty() ? null : induk.get(0).getAttribute("data-pk");
    }

    String kode() {
        return teks(By.id("kode-pk"));
    }

    String status() {
        return teks(By.id("status-pk"));
    }

    String pihakPertama() {
        return teks(By.id("pihak-pertama"));
    }

    String pihakKedua() {
        return teks(By.id("pihak-kedua"));
    }

    /** The rows: each row's cells' texts (no., sasaran, indikator, satuan, target). */
    List<List<String>> baris() {
        return tabel("f:baris");
    }

    /** The programs: each row's cells' texts (no., program, sumber dana, jumlah). */
    List<List<String>> program() {
        return tabel("f:program");
    }

    String total() {
        return teks(By.id("total-pk"));
    }

    String terbilang() {
        return teks(By.id("terbilang-pk"));
    }

    String kaskade() {
        return teks(By.id("f:kaskade"));
    }

    String totalKaskade() {
        return teks(By.id("kaskade-total"));
    }

    boolean adaTombolTandatangani() {
        return ada(By.id("f:tandatangani"));
    }

    boolean adaTautanUnduhPk() {
        return ada(By.id("f:unduh-pk"));
    }

    String tautanUnduhPk() {
        return cari(By.id("f:unduh-pk")).getAttribute("href");
    }

    String keteranganKunci() {
        return teks(By.id("pk-terkunci"));
    }

    List<List<String>> riwayatVersi() {
        return tabel("f:versi");
    }

    private List<List<String>> tabel(String id) {
        return cari(By.id(id)).findElements(By.cssSelector("tbody tr")).stream()
                .map(tr -> tr.findElements(By.tagName("td")).stream().map(WebElement::getText).toList()).toList();
    }
}
