package id.akuntara.it;

import org.openqa.selenium.By;
import org.openqa.selenium.NoSuchElementException;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriver;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

/** Akuntara's start page after login (the role blocks: {@link HalamanBerandaPeran}). */
class HalamanBeranda {

    protected final WebDriver driver;

    HalamanBeranda(WebDriver driver) {
        this.driver = driver;
    }

    String namaPemda() {
        return teks("pemda");
    }

    String namaPengguna() {
        return teks("username");
    }

    String peran() {
        return teks("peran");
    }

    /** The pemda and its level in the layout's header. */
    String kepalaPemda() {
        return teks("pemda-kepala");
    }

    String peranKepala() {
        return teks("peran-kepala");
    }

    String tombolKeluar() {
        return teks("keluar");
    }

    /** Clicks the header's language link ({@code id} or {@code en}) and waits for the page to come back. */
    void gantiBahasa(String kode) {
        org.openqa.selenium.WebElement tombol = driver.findElement(By.id("bahasa-" + kode));
        tombol.click();
        new org.openqa.selenium.support.ui.WebDriverWait(driver, java.time.Duration.ofSeconds(10))
                .until(org.openqa.selenium.support.ui.ExpectedConditions.stalenessOf(tombol));
    }

    /** The text of element {@code id}; a missing element fails with the page shown instead. */
    protected String teks(String id) {
        try {
            return driver.findElement(By.id(id)).getText();
        } catch (NoSuchElementException e) {
            throw new AssertionError("Elemen #" + id + " tidak ada di " + driver.getCurrentUrl() + ":\n"
                    + driver.findElement(By.tagName("body")).getText(), e);
        }
    }

    /** Saves what the person sees to target/layar/NAME.png (for a look at the page, not for assertions). */
    void simpanTangkapanLayar(String nama) {
        try {
            Path dir = Path.of("target", "layar");
            Files.createDirectories(dir);
            Files.write(dir.resolve(nama + ".png"), ((TakesScreenshot) driver).getScreenshotAs(OutputType.BYTES));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Signs out; the start page then asks for a new login. */
    void keluar() {
        driver.findElement(By.id("keluar")).click();
    }

    String judul() {
        return driver.getTitle();
    }
}
