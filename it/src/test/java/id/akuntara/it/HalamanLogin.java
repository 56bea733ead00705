package id.akuntara.it;

import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;

/** Keycloak's identity-first login (Organizations on): user name first, then the password. */
final class HalamanLogin {

    private final WebDriver driver;

    HalamanLogin(WebDriver driver) {
        this.driver = driver;
    }

    HalamanBeranda masukSebagai(String username, String password) {
        driver.findElement(By.id("username")).sendKeys(username);
        driver.findElement(By.id("kc-login")).click();
        driver.findElement(By.id("password")).sendKeys(password);
        driver.findElement(By.id("kc-login")).click();
        return new HalamanBeranda(driver);
    }
}
