package id.akuntara.it;

import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;

import java.util.List;

/** pemda.xhtml: the registered pemda and the onboarding form (admin-platform). */
final class HalamanPemda {

    private final WebDriver driver;

    HalamanPemda(WebDriver driver) {
        this.driver = driver;
    }

    static void buka(WebDriver driver) {
        Halaman.bukaTerlindung(driver, "pemda.xhtml");
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
        isiInput("f-baru:kode", kode);
        isiInput("f-baru:nama", nama);
        isiInput("f-baru:provinsi", provinsi);
        isiInput("f-baru:admin-username", username);
        isiInput("f-baru:admin-nama", namaAdmin);
        isiInput("f-baru:admin-email", email);
        isiInput("f-baru:admin-sandi", sandi);
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

    private void isiInput(String id, String nilai) {
        WebElement e = driver.findElement(By.id(id));
        if (!"input".equals(e.getTagName())) {
            e = e.findElement(By.tagName("input"));
        }
        e.clear();
        if (nilai != null) {
            e.sendKeys(nilai);
        }
    }

    private void klik(WebElement e) {
        ((JavascriptExecutor) driver).executeScript("arguments[0].scrollIntoView({block: 'center'});", e);
        try {
            e.click();
        } catch (org.openqa.selenium.ElementNotInteractableException x) {
            ((JavascriptExecutor) driver).executeScript("arguments[0].click();", e);
        }
    }
}
