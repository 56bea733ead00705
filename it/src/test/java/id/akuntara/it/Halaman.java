package id.akuntara.it;

import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.NoSuchElementException;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;

import java.time.Duration;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** What every page object reads the same way: an element that must be there, its text, whether one is there now. */
abstract class Halaman {

    protected final WebDriver driver;

    protected Halaman(WebDriver driver) {
        this.driver = driver;
    }

    /** An element that must be on the page; a missing one fails with the page's address and text. */
    protected WebElement cari(By by) {
        try {
            return driver.findElement(by);
        } catch (NoSuchElementException e) {
            throw new AssertionError(by + " tidak ada di " + driver.getCurrentUrl() + ":\n"
                    + driver.findElement(By.tagName("body")).getText(), e);
        }
    }

    protected String teks(By by) {
        return cari(by).getText().strip();
    }

    /** Whether an element is on the page now (without the implicit wait an absent element would cost). */
    protected boolean ada(By by) {
        driver.manage().timeouts().implicitlyWait(Duration.ZERO);
        try {
            return !driver.findElements(by).isEmpty();
        } finally {
            driver.manage().timeouts().implicitlyWait(Duration.ofSeconds(10));
        }
    }

    /**
     * Opens a protected view (faces-config.xml: the pages where data is changed) as the application's own links do,
     * with this session's {@code jakarta.faces.Token} taken from a link of the current page (the layout's menu has
     * them); a bare address would get the "open it from the menu" page. Without any such link (a role with no protected
     * page in its menu) the bare address is opened, for the role's 403.
     */
    static void bukaTerlindung(WebDriver driver, String alamat) {
        halamanAplikasiSelesai(driver);
        String token = token(driver);
        if (token == null) {
            driver.get(Api.baseUrl());
            token = token(driver);
        }
        // a user whose menu has no protected page (kementerian) gets the bare address: the role's 403 comes first
        driver.get(Api.baseUrl() + alamat + (token == null ? "" : (alamat.contains("?") ? "&" : "?") + TOKEN + "=" + token));
        if (token != null && ditolak(driver)) {
            // refused although a token was sent: say so in the log, then go on as a person would, by the page's link
            System.err.println("bukaTerlindung: " + alamat + " ditolak dengan token " + token + " dari halaman sebelumnya;"
                    + " lanjut lewat tautan halaman penolakan");
            driver.findElement(By.id("lanjut")).click();
        }
    }

    static final String TOKEN = "jakarta.faces.Token";

    /**
     * Waits (at most 30 s) until the browser has come back from the sign-in to a loaded page of the application: the
     * login's last click returns while Keycloak's redirect and the OIDC callback are still on their way, and a token
     * read then, or a new address opened then, races them.
     */
    private static void halamanAplikasiSelesai(WebDriver driver) {
        try {
            new org.openqa.selenium.support.ui.WebDriverWait(driver, Duration.ofSeconds(30)).until(d ->
                    d.getCurrentUrl().startsWith(Api.baseUrl()) && !d.getCurrentUrl().contains("code=")
                            && "complete".equals(((JavascriptExecutor) d).executeScript("return document.readyState;")));
        } catch (org.openqa.selenium.TimeoutException e) {
            // not on an application page (e.g. still at Keycloak): the caller opens the start page itself
        }
    }

    /** Whether the page is the protected-view refusal ("open it from the menu"), without waiting for it. */
    private static boolean ditolak(WebDriver driver) {
        driver.manage().timeouts().implicitlyWait(Duration.ZERO);
        try {
            return !driver.findElements(By.id("lanjut")).isEmpty();
        } finally {
            driver.manage().timeouts().implicitlyWait(Duration.ofSeconds(10));
        }
    }

    private static String token(WebDriver driver) {
        driver.manage().timeouts().implicitlyWait(Duration.ZERO);
        try {
            for (WebElement a : driver.findElements(By.cssSelector("a[href*='" + TOKEN + "=']"))) {
                Matcher m = Pattern.compile(Pattern.quote(TOKEN) + "=([^&#]+)").matcher(a.getAttribute("href"));
                if (m.find()) {
                    return m.group(1);
                }
            }
            return null;
        } finally {
            driver.manage().timeouts().implicitlyWait(Duration.ofSeconds(10));
        }
    }

    /** Types {@code nilai} into the input {@code id} (or the input inside it), replacing what was there; null: empties it. */
    void isi(String id, String nilai) {
        WebElement e = cari(By.id(id));
        if (!"input".equals(e.getTagName())) {
            e = e.findElement(By.tagName("input"));
        }
        e.clear();
        if (nilai != null) {
            e.sendKeys(nilai);
        }
    }

    /** Clicks an element brought to the middle of the window; a DOM click where Chromium calls it not interactable. */
    void klik(WebElement e) {
        ((JavascriptExecutor) driver).executeScript("arguments[0].scrollIntoView({block: 'center'});", e);
        try {
            e.click();
        } catch (org.openqa.selenium.ElementNotInteractableException x) {
            ((JavascriptExecutor) driver).executeScript("arguments[0].click();", e);
        }
    }

    /** Whether the page is wider than the window (something would overflow sideways). */
    boolean melebar() {
        return (Boolean) ((JavascriptExecutor) driver).executeScript(
                "return document.documentElement.scrollWidth > window.innerWidth;");
    }
}
