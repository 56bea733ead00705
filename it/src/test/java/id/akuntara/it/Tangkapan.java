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
                driver.manage().window().setSize(new Dimension(lebar, 900));
                long tinggi = (Long) ((JavascriptExecutor) driver).executeScript(
                        "return Math.max(document.body.scrollHeight, document.documentElement.scrollHeight);");
                driver.manage().window().setSize(new Dimension(lebar, (int) Math.min(Math.max(tinggi, 600), 4000)));
                // the window's size includes the browser's own frame: grow it by what the page still hides
                long tersembunyi = (Long) ((JavascriptExecutor) driver).executeScript(
                        "return Math.max(document.body.scrollHeight, document.documentElement.scrollHeight) - window.innerHeight;");
                if (tersembunyi > 0) {
                    driver.manage().window().setSize(new Dimension(lebar,
                            (int) Math.min(Math.max(tinggi + tersembunyi, 600), 4000)));
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
