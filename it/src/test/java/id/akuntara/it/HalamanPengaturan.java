package id.akuntara.it;

import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;

import java.util.List;

/** pengaturan.xhtml: the pemda's settings form — own scale with its band table, policies, report, save. */
final class HalamanPengaturan extends Halaman {

    HalamanPengaturan(WebDriver driver) {
        super(driver);
    }

    static void buka(WebDriver driver) {
        bukaTerlindung(driver, "pengaturan.xhtml");
    }

    String judul() {
        return teks(By.id("judul-pengaturan"));
    }

    /** Ticks "own scale" when it is not ticked (the band table appears). */
    void pakaiSkalaSendiri() {
        if (!ada(By.id("f:nama-skala"))) {
            Aksi.klikSampai(driver, By.cssSelector("[id='f:skala-sendiri'] .ui-chkbox-box"),
                    ExpectedConditions.presenceOfElementLocated(By.id("f:nama-skala")));
        }
    }

    int jumlahPita() {
        return driver.findElements(By.cssSelector("[id='f:pita_data'] > tr:not(.ui-datatable-empty-message)")).size();
    }

    void tambahPita() {
        int n = jumlahPita();
        Aksi.klikSampai(driver, By.id("f:tambah-pita"), d -> jumlahPita() == n + 1);
    }

    /** One band: label, lower and upper bound as typed (blank: unbounded). */
    void isiPita(int baris, String label, String bawah, String atas) {
        isi("f:pita:" + baris + ":label", label);
        isi("f:pita:" + baris + ":bawah", bawah);
        isi("f:pita:" + baris + ":atas", atas);
    }

    /** Chooses "&gt;" (exclusive) or "≥" for a band's lower bound. */
    void tandaBawah(int baris, String tanda) {
        String id = "f:pita:" + baris + ":bawah-inklusif";
        Aksi.pilihMenu(driver, id, tanda, ExpectedConditions.textToBe(By.id(id + "_label"), tanda));
    }

    /** Chooses "&lt;" (exclusive) or "≤" for a band's upper bound. */
    void tandaAtas(int baris, String tanda) {
        String id = "f:pita:" + baris + ":atas-inklusif";
        Aksi.pilihMenu(driver, id, tanda, ExpectedConditions.textToBe(By.id(id + "_label"), tanda));
    }

    void simpan() {
        Aksi.klik(driver, cari(By.id("f:simpan")));
        Tunggu.ajax(driver);
    }

    /** The message shown next to the input {@code id} of the form (empty when none). */
    String pesanDi(String id) {
        List<WebElement> m = driver.findElements(By.xpath("//*[@id='f:" + id
                + "']/following-sibling::*[contains(@class,'ui-message')][1]"));
        return m.isEmpty() ? "" : m.get(0).getText().strip();
    }

    /** The global messages at the top. */
    String pesan() {
        return teks(By.id("f:pesan"));
    }
}
