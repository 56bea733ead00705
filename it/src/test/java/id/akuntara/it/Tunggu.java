package id.akuntara.it;

import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.support.ui.WebDriverWait;

import java.time.Duration;

/** Waits until PrimeFaces has no AJAX request left in its queue (and jQuery none in flight). */
final class Tunggu {

    private Tunggu() {
    }

    static void ajax(WebDriver driver) {
        new WebDriverWait(driver, Duration.ofSeconds(60)).until(d -> Boolean.TRUE.equals(((JavascriptExecutor) d)
                .executeScript("return !!window.PrimeFaces && PrimeFaces.ajax.Queue.isEmpty()"
                        + " && (!window.jQuery || jQuery.active === 0) && document.readyState === 'complete';")));
    }
}
