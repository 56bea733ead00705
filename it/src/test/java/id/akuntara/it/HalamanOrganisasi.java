package id.akuntara.it;

import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

import java.time.Duration;
import java.util.List;

/**
 * organisasi.xhtml: the tree as of a date (units with their codes, positions with their holders), the restructure
 * history, and the admin's dialogs (restructure, new pegawai, assign a holder, end an assignment).
 */
final class HalamanOrganisasi extends Halaman {

    HalamanOrganisasi(WebDriver driver) {
        super(driver);
    }

    static void buka(WebDriver driver) {
        bukaTerlindung(driver, "organisasi.xhtml");
    }

    String judul() {
        return teks(By.id("judul-organisasi"));
    }

    boolean bolehMengubah() {
        return ada(By.id("f:buka-ubah"));
    }

    /** Shows the tree as of {@code tanggal} (YYYY-MM-DD). */
    void padaTanggal(String tanggal) {
        isi("f:tanggal", tanggal);
        Aksi.klikSampai(driver, By.id("f:tampilkan"), ExpectedConditions.textToBePresentInElementLocated(
                By.id("f:judul-pohon"), tanggal));
    }

    /** The codes of the units in the tree, top down. */
    List<String> kodeUnit() {
        return driver.findElements(By.cssSelector("#f\\:pohon .kode-unit")).stream().map(e -> e.getDomAttribute("data-kode"))
                .toList();
    }

    /** The holders of a position as shown ("Plt. Sekretaris Daerah …: Nama · NIP … (mulai – selesai)"). */
    List<String> pemegang(String kodeJabatan) {
        return driver.findElements(By.cssSelector("#f\\:pohon .pemegang[data-jabatan='" + kodeJabatan + "']")).stream()
                .map(HalamanOrganisasi::teksDari).toList();
    }

    /** The history rows: date, change, from, to, legal basis. */
    List<List<String>> riwayat() {
        return driver.findElements(By.cssSelector("[id='f:riwayat_data'] > tr")).stream()
                .map(tr -> tr.findElements(By.tagName("td")).stream().map(HalamanOrganisasi::teksDari).toList()).toList();
    }

    /** The element's text as the page holds it (also where a row is outside the window), spaces collapsed. */
    private static String teksDari(WebElement e) {
        String t = e.getDomProperty("textContent");
        return t == null ? "" : t.replaceAll("\\s+", " ").strip();
    }

    String pesan() {
        return teks(By.id("f:pesan"));
    }

    // ------------------------------------------------------------------------------------------------ restructure

    void bukaDialog(String tombol, String isianPertama) {
        Aksi.klik(driver, cari(By.id("f:" + tombol)));
        new WebDriverWait(driver, Duration.ofSeconds(10)).until(ExpectedConditions.visibilityOfElementLocated(By.id(isianPertama)));
    }

    /** A split of {@code unit} into two on {@code tanggal} by {@code dasar} (null: left empty). */
    void pecah(String unit, String tanggal, String dasar, String kode1, String nama1, String kode2, String nama2) {
        bukaDialog("buka-ubah", "f-ubah:tgl-ubah");
        Aksi.pilihMenu(driver, "f-ubah:unit-ubah", unit + " —", ExpectedConditions.textToBePresentInElementLocated(
                By.id("f-ubah:unit-ubah_label"), unit + " —"));
        isi("f-ubah:tgl-ubah", tanggal);
        isi("f-ubah:dasar", dasar);
        isi("f-ubah:kode1", kode1);
        isi("f-ubah:nama1", nama1);
        isi("f-ubah:kode2", kode2);
        isi("f-ubah:nama2", nama2);
        simpan("f-ubah:simpan-ubah");
    }

    void tambahPegawai(String nama, String nip) {
        if (!cari(By.id("f-pegawai:pg-nama")).isDisplayed()) {
            bukaDialog("buka-pegawai", "f-pegawai:pg-nama");
        }
        isi("f-pegawai:pg-nama", nama);
        isi("f-pegawai:pg-nip", nip);
        simpan("f-pegawai:simpan-pegawai");
    }

    void tugaskan(String labelJabatan, String pegawai, String labelJenis, String kode, String mulai) {
        if (!cari(By.id("f-tugas:tg-pegawai")).isDisplayed()) {
            bukaDialog("buka-tugas", "f-tugas:tg-pegawai");
        }
        Aksi.pilihMenu(driver, "f-tugas:tg-jabatan", labelJabatan, ExpectedConditions.textToBePresentInElementLocated(
                By.id("f-tugas:tg-jabatan_label"), labelJabatan));
        Aksi.pilihMenu(driver, "f-tugas:tg-jenis", labelJenis, ExpectedConditions.textToBePresentInElementLocated(
                By.id("f-tugas:tg-jenis_label"), labelJenis));
        isi("f-tugas:tg-pegawai", pegawai);
        isi("f-tugas:tg-kode", kode);
        isi("f-tugas:tg-mulai", mulai);
        simpan("f-tugas:simpan-tugas");
    }

    /** Ends the assignment whose label in the list starts with {@code labelAwal} ("Sekretaris Daerah … — Nama"). */
    void akhiri(String labelAwal, String selesai) {
        bukaDialog("buka-akhiri", "f-akhiri:ak-selesai");
        Aksi.pilihMenu(driver, "f-akhiri:ak-kode", labelAwal, ExpectedConditions.textToBePresentInElementLocated(
                By.id("f-akhiri:ak-kode_label"), labelAwal));
        isi("f-akhiri:ak-selesai", selesai);
        simpan("f-akhiri:simpan-akhiri");
    }

    boolean dialogTerbuka(String id) {
        return cari(By.id(id)).isDisplayed();
    }

    /** The messages shown right after the input {@code id} of a dialog's form (empty when none). */
    String pesanDi(String id) {
        List<WebElement> m = driver.findElements(By.xpath("//*[@id='" + id
                + "']/following-sibling::*[contains(@class,'ui-message')][1]"));
        return m.isEmpty() ? "" : m.get(0).getText().strip();
    }

    private void simpan(String tombol) {
        Aksi.klik(driver, cari(By.id(tombol)));
        Tunggu.ajax(driver);
    }
}
