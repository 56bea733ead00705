package id.akuntara.it;

import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The trace dialog of the capaian and anggaran pages (WEB-INF/templates/dialog-jejak.xhtml): a click on a figure
 * (an element with {@code data-jejak}) opens it with the figure's rule, formula and inputs.
 */
final class HalamanJejak {

    /** What the dialog shows for one figure. */
    record Jejak(String id, String hasil, String aturan, String rumus, Map<String, String> masukan) {
    }

    private HalamanJejak() {
    }

    /** Clicks the figure whose trace id is {@code id}, reads the dialog, closes it again. */
    static Jejak buka(WebDriver driver, String id) {
        WebElement angka = driver.findElement(By.cssSelector("[data-jejak='" + id + "']"));
        ((org.openqa.selenium.JavascriptExecutor) driver).executeScript("arguments[0].scrollIntoView({block: 'center'});", angka);
        angka.click();
        WebDriverWait tunggu = new WebDriverWait(driver, Duration.ofSeconds(15));
        String idTampil = id.contains(":") ? id.substring(id.indexOf(':') + 1) : id;
        tunggu.until(d -> {
            try {
                return d.findElement(By.id("jejak-id")).getText().equals(idTampil);
            } catch (org.openqa.selenium.NoSuchElementException | org.openqa.selenium.StaleElementReferenceException e) {
                return false;
            }
        });
        WebElement dialog = driver.findElement(By.id("dlg-jejak"));
        tunggu.until(ExpectedConditions.visibilityOf(dialog));
        Map<String, String> masukan = new LinkedHashMap<>();
        for (WebElement baris : driver.findElements(By.cssSelector("#jejak-masukan tbody tr"))) {
            masukan.put(baris.findElement(By.tagName("th")).getText(), baris.findElement(By.tagName("td")).getText());
        }
        Jejak j = new Jejak(driver.findElement(By.id("jejak-id")).getText(), driver.findElement(By.id("jejak-hasil")).getText(),
                driver.findElement(By.id("jejak-aturan")).getText(), driver.findElement(By.id("jejak-rumus")).getText(), masukan);
        tutup(driver);
        return j;
    }

    /** Saves the page with the dialog of {@code id} open (for the user guide), then closes it. */
    static void tangkapDenganDialog(WebDriver driver, String id, String nama) {
        WebElement angka = driver.findElement(By.cssSelector("[data-jejak='" + id + "']"));
        ((org.openqa.selenium.JavascriptExecutor) driver).executeScript("arguments[0].scrollIntoView({block: 'center'});", angka);
        angka.click();
        new WebDriverWait(driver, Duration.ofSeconds(15)).until(ExpectedConditions.visibilityOfElementLocated(By.id("dlg-jejak")));
        Tangkapan.simpan(driver, nama);
        tutup(driver);
    }

    private static void tutup(WebDriver driver) {
        WebElement dialog = driver.findElement(By.id("dlg-jejak"));
        dialog.findElement(By.cssSelector(".ui-dialog-titlebar-close")).click();
        new WebDriverWait(driver, Duration.ofSeconds(10)).until(ExpectedConditions.invisibilityOf(dialog));
        // the modal mask fades out after the dialog
        new WebDriverWait(driver, Duration.ofSeconds(10)).until(d -> d.findElements(By.cssSelector(".ui-widget-overlay.ui-dialog-mask")).stream()
                .noneMatch(WebElement::isDisplayed));
        driver.findElement(By.tagName("body")).sendKeys(Keys.HOME);
    }
}
