package id.akuntara.it;

import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

import java.time.Duration;
import java.util.List;

/** pengguna.xhtml: the pemda's users, the create dialog, disable / enable, the role dialog. */
final class HalamanPengguna extends Halaman {

    HalamanPengguna(WebDriver driver) {
        super(driver);
    }

    static void buka(WebDriver driver) {
        Halaman.bukaTerlindung(driver, "pengguna.xhtml");
    }

    String judul() {
        return teks(By.id("judul-pengguna"));
    }

    String jumlah() {
        return driver.findElement(By.id("f:jumlah-pengguna")).getText().strip();
    }

    /** Every row: username, name (and e-mail), roles, NIP, status, actions. */
    List<List<String>> baris() {
        return driver.findElements(By.cssSelector("[id='f:tabel-pengguna_data'] > tr")).stream()
                .map(tr -> tr.findElements(By.tagName("td")).stream().map(td -> td.getText().strip()).toList()).toList();
    }

    List<String> username() {
        return baris().stream().map(b -> b.get(0)).toList();
    }

    /** The row of {@code username}. */
    List<String> baris(String username) {
        return baris().stream().filter(b -> b.get(0).equals(username)).findFirst()
                .orElseThrow(() -> new AssertionError(username + " tidak ada di tabel: " + baris()));
    }

    /** The global messages above the table. */
    String pesan() {
        return driver.findElement(By.id("f:pesan")).getText().strip();
    }

    void bukaDialogBaru() {
        klik(driver.findElement(By.id("f:tambah")));
        new WebDriverWait(driver, Duration.ofSeconds(10)).until(ExpectedConditions.visibilityOfElementLocated(By.id("f-baru:username")));
    }

    void isiBaru(String username, String nama, String email, String sandi, String nip) {
        isi("f-baru:username", username);
        isi("f-baru:nama", nama);
        isi("f-baru:email", email);
        isi("f-baru:sandi", sandi);
        isi("f-baru:nip", nip);
    }

    void simpanBaru() {
        klik(driver.findElement(By.id("f-baru:simpan-baru")));
        Tunggu.ajax(driver);
    }

    boolean dialogBaruTerbuka() {
        return driver.findElement(By.id("dlg-baru")).isDisplayed();
    }

    /** The message shown next to the create dialog's input {@code id} (empty when none). */
    String pesanDi(String id) {
        List<WebElement> m = driver.findElements(By.xpath("//*[@id='f-baru:" + id
                + "']/following-sibling::*[contains(@class,'ui-message')][1]"));
        return m.isEmpty() ? "" : m.get(0).getText().strip();
    }

    void nonaktifkan(String username) {
        klik(tombol(username, "nonaktifkan"));
        WebElement ya = new WebDriverWait(driver, Duration.ofSeconds(10))
                .until(ExpectedConditions.elementToBeClickable(By.cssSelector(".ui-confirmdialog-yes")));
        klik(ya);
        Tunggu.ajax(driver);
    }

    void aktifkan(String username) {
        klik(tombol(username, "aktifkan"));
        Tunggu.ajax(driver);
    }

    /** Opens the role dialog of {@code username}, ticks {@code tambah} and saves. */
    void tambahPeran(String username, String labelPeran) {
        klik(tombol(username, "ubah-peran"));
        Tunggu.ajax(driver);
        new WebDriverWait(driver, Duration.ofSeconds(10)).until(ExpectedConditions.visibilityOfElementLocated(By.id("f-peran:peran-ubah")));
        WebElement label = driver.findElement(By.xpath("//*[@id='f-peran:peran-ubah']//label[normalize-space()='" + labelPeran + "']"));
        klik(label);
        klik(driver.findElement(By.id("f-peran:simpan-peran")));
        Tunggu.ajax(driver);
    }

    boolean adaTombol(String username, String aksi) {
        WebElement tr = barisElemen(username);
        return !tr.findElements(By.cssSelector("[id$=':" + aksi + "']")).isEmpty();
    }

    private WebElement tombol(String username, String aksi) {
        return barisElemen(username).findElement(By.cssSelector("[id$=':" + aksi + "']"));
    }

    private WebElement barisElemen(String username) {
        return driver.findElement(By.xpath("//*[@id='f:tabel-pengguna_data']/tr[.//span[contains(@class,'username') and"
                + " normalize-space()='" + username + "']]"));
    }
}
