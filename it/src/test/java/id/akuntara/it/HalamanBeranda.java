package id.akuntara.it;

import org.openqa.selenium.By;
import org.openqa.selenium.NoSuchElementException;
import org.openqa.selenium.WebDriver;

/** Akuntara's start page after login. */
final class HalamanBeranda {

    private final WebDriver driver;

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

    /** The text of element {@code id}; a missing element fails with the page shown instead. */
    private String teks(String id) {
        try {
            return driver.findElement(By.id(id)).getText();
        } catch (NoSuchElementException e) {
            throw new AssertionError("Elemen #" + id + " tidak ada di " + driver.getCurrentUrl() + ":\n"
                    + driver.findElement(By.tagName("body")).getText(), e);
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
