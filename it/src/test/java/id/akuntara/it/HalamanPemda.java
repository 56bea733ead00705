package id.akuntara.it;

import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;

import java.util.List;

/** pemda.xhtml: the registered pemda and the onboarding form (admin-platform). */
final class HalamanPemda extends Halaman {

    HalamanPemda(WebDriver driver) {
        super(driver);
    }

    static void buka(WebDriver driver) {
        bukaTerlindung(driver, "pemda.xhtml");
    }

    String judul() {
        return driver.findElement(By.id("judul-pemda")).getText().strip();
    }

    /** Every row: code, name, level, province, time zone, report name. */
    List<List<String>> baris() {
        return driver.findElements(By.cssSelector("[id='f:tabel-pemda_data'] > tr")).stream()
                .map(tr -> tr.findElements(By.tagName("td")).stream().map(td -> td.getText().strip()).toList()).toList();
    }

    List<String> kode() {
        return baris().stream().map(b -> b.get(0)).toList();
    }

    void isi(String kode, String nama, String provinsi, String username, String namaAdmin, String email, String sandi) {
        isi("f-baru:kode", kode);
        isi("f-baru:nama", nama);
        isi("f-baru:provinsi", provinsi);
        isi("f-baru:admin-username", username);
        isi("f-baru:admin-nama", namaAdmin);
        isi("f-baru:admin-email", email);
        isi("f-baru:admin-sandi", sandi);
    }

    void daftarkan() {
        klik(driver.findElement(By.id("f-baru:daftarkan")));
        Tunggu.ajax(driver);
    }

    /** The message shown next to the form's input {@code id} (empty when none). */
    String pesanDi(String id) {
        // the input itself, or its wrapper (password with its eye, select menu) is the message's sibling
        List<WebElement> m = driver.findElements(By.xpath("//*[@id='f-baru:" + id
                + "']/ancestor-or-self::*[parent::fieldset][1]/following-sibling::*[contains(@class,'ui-message')][1]"));
        return m.isEmpty() ? "" : m.get(0).getText().strip();
    }
}
