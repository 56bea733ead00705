package id.akuntara.it;

import org.openqa.selenium.By;
import org.openqa.selenium.ElementNotInteractableException;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.TimeoutException;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedCondition;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

import java.time.Duration;

/**
 * What a person does on a page, done so that a busy machine does not lose it: one click and one choice from a
 * PrimeFaces menu for every page object.
 *
 * <p>On a loaded CI machine a click now and then landed on an element still moving (a menu sliding in, a form
 * scrolled by {@code PrimeFaces.scrollTo}) and was lost without an error. So every action here waits until its target
 * stands still, clicks, waits for the page's answer, and clicks again (at most three times) when no answer came.
 */
final class Aksi {

    private static final Duration JAWABAN = Duration.ofSeconds(15);
    private static final int COBA = 3;

    private Aksi() {
    }

    /**
     * Clicks an element: scrolled to the middle of the window, once it has stopped moving; sent as a DOM click (the
     * same PrimeFaces handler) where Chromium calls it not interactable or covered (its subclass).
     */
    static void klik(WebDriver driver, WebElement elemen) {
        JavascriptExecutor js = (JavascriptExecutor) driver;
        js.executeScript("arguments[0].scrollIntoView({block: 'center'});", elemen);
        diam(driver, elemen);
        try {
            elemen.click();
        } catch (ElementNotInteractableException e) {
            js.executeScript("arguments[0].click();", elemen);
        }
    }

    /** Clicks an element and waits for the page's answer; clicks again when none came. */
    static void klikSampai(WebDriver driver, By elemen, ExpectedCondition<?> jawaban) {
        ulangi(driver, () -> klik(driver, driver.findElement(elemen)), jawaban);
    }

    /**
     * Chooses an item of a PrimeFaces {@code p:selectOneMenu} by its shown label's start and waits for the page's
     * answer; opens the menu and chooses again when none came.
     */
    static void pilihMenu(WebDriver driver, String menuId, String labelAwal, ExpectedCondition<?> jawaban) {
        By item = By.cssSelector("[id='" + menuId + "_panel'] li.ui-selectonemenu-item[data-label^='" + labelAwal + "']");
        ulangi(driver, () -> {
            if (driver.findElements(item).stream().noneMatch(WebElement::isDisplayed)) {
                klik(driver, driver.findElement(By.id(menuId + "_label")));
            }
            WebElement pilihan;
            try {
                pilihan = new WebDriverWait(driver, JAWABAN).until(ExpectedConditions.elementToBeClickable(item));
            } catch (TimeoutException e) {
                throw new AssertionError("pilihan " + labelAwal + " tidak ada di " + menuId + ": " + ((JavascriptExecutor) driver)
                        .executeScript("var p = document.getElementById(arguments[0]); return p ? p.textContent : 'tanpa panel';",
                                menuId + "_panel"), e);
            }
            klik(driver, pilihan);
        }, jawaban);
    }

    private static void ulangi(WebDriver driver, Runnable aksi, ExpectedCondition<?> jawaban) {
        for (int coba = 1; ; coba++) {
            aksi.run();
            Tunggu.ajax(driver);
            try {
                new WebDriverWait(driver, JAWABAN).until(jawaban);
                return;
            } catch (TimeoutException e) {
                if (coba == COBA) {
                    throw e;
                }
            }
        }
    }

    /** Waits until an element's place on the page is the same twice in a row (no animation or scroll moving it). */
    private static void diam(WebDriver driver, WebElement elemen) {
        JavascriptExecutor js = (JavascriptExecutor) driver;
        String[] sebelumnya = {""};
        try {
            new WebDriverWait(driver, Duration.ofSeconds(5), Duration.ofMillis(100)).until(d -> {
                Object r = js.executeScript("var r = arguments[0].getBoundingClientRect(); return r.x + ',' + r.y + ',' + r.width;", elemen);
                boolean sama = String.valueOf(r).equals(sebelumnya[0]);
                sebelumnya[0] = String.valueOf(r);
                return sama;
            });
        } catch (TimeoutException e) {
            // still moving after five seconds: click anyway, the caller's answer check decides
        }
    }
}
