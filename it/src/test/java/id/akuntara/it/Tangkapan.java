package id.akuntara.it;

import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriver;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Screenshots of a page at the two widths the pages must work at (issue 11: 1280 and 800 px), for the user guide
 * {@code docs/panduan.md}. Always written to {@code it/target/panduan/}; with {@code -Dpanduan.tulis=true} also to
 * {@code docs/panduan/} (the command is in docs/panduan.md), so the guide's pictures are made by the browser tests.
 */
final class Tangkapan {

    /** The page widths the guide shows. */
    static final int[] LEBAR = {1280, 800};

    private static final Path TARGET = Path.of("target", "panduan");
    private static final Path DOCS = Path.of("..", "docs", "panduan");

    private Tangkapan() {
    }

    /**
     * Saves the whole page as {@code <nama>-1280.png} and {@code <nama>-800.png}: the window is made as tall as the
     * page at each width, then put back to 1280 × 900.
     */
    static void simpan(WebDriver driver, String nama) {
        try {
            Files.createDirectories(TARGET);
            boolean tulisDocs = Boolean.getBoolean("panduan.tulis");
            if (tulisDocs) {
                Files.createDirectories(DOCS);
            }
            for (int lebar : LEBAR) {
                // the window's height includes the browser's own frame: grow it until the viewport holds the page
                int jendela = 900;
                for (int i = 0; i < 4; i++) {
                    driver.manage().window().setSize(new Dimension(lebar, jendela));
                    long isi = (Long) ((JavascriptExecutor) driver).executeScript(
                            "return Math.max(document.body.scrollHeight, document.documentElement.scrollHeight);");
                    long pandang = (Long) ((JavascriptExecutor) driver).executeScript("return window.innerHeight;");
                    if (pandang >= isi || jendela >= 4000) {
                        break;
                    }
                    jendela = (int) Math.min(jendela + (isi - pandang), 4000);
                }
                byte[] png = ((TakesScreenshot) driver).getScreenshotAs(OutputType.BYTES);
                String berkas = nama + "-" + lebar + ".png";
                Files.write(TARGET.resolve(berkas), png);
                if (tulisDocs) {
                    Files.write(DOCS.resolve(berkas), png);
                }
            }
            driver.manage().window().setSize(new Dimension(1280, 900));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
