package id.akuntara.it;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.openqa.selenium.WebDriver;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * A person opens Akuntara, is sent to Keycloak's two-step login, and lands on the start page that
 * names their pemda — for a demo user of each of the four pemda — and signs out again.
 */
@UjiIntegrasi
class LoginPerambanIT {

    @BeforeAll
    static void perambanTersedia() {
        Peramban.wajibTersedia();
    }

    @ParameterizedTest
    @CsvSource({
            "operator.pangkalpinang, Kota Pangkalpinang, operator",
            "admin.tanjungpinang, Kota Tanjungpinang, admin-pemda",
            "verifikator.klungkung, Kabupaten Klungkung, verifikator",
            "pimpinan.kaltim, Provinsi Kalimantan Timur, pimpinan"})
    void masukDanMelihatPemdaSendiri(String username, String pemda, String peran) {
        WebDriver driver = Peramban.buka();
        try {
            driver.get(Api.baseUrl());
            assertTrue(driver.getCurrentUrl().startsWith(Keycloak.url() + "/realms/akuntara/"),
                    "harus diarahkan ke Keycloak, bukan " + driver.getCurrentUrl());
            HalamanBeranda beranda = new HalamanLogin(driver).masukSebagai(username, Keycloak.PASSWORD);
            beranda.simpanTangkapanLayar(username);
            assertEquals(pemda, beranda.namaPemda());
            assertEquals(username, beranda.namaPengguna());
            assertEquals(peran, beranda.peran());
            assertTrue(beranda.judul().contains("Beranda"), beranda.judul());

            beranda.keluar();
            assertTrue(driver.getCurrentUrl().startsWith(Keycloak.url() + "/realms/akuntara/"),
                    "setelah keluar harus kembali ke login Keycloak, bukan " + driver.getCurrentUrl());
            driver.get(Api.baseUrl());
            assertTrue(driver.getCurrentUrl().startsWith(Keycloak.url() + "/realms/akuntara/"),
                    "sesi harus berakhir setelah keluar, tetapi " + driver.getCurrentUrl());
        } finally {
            driver.quit();
        }
    }

    /** The header names the pemda with its level; the language switch turns every label to English and back. */
    @Test
    void kepalaHalamanDanGantiBahasa() {
        WebDriver driver = Peramban.buka();
        try {
            driver.get(Api.baseUrl());
            HalamanBeranda beranda = new HalamanLogin(driver).masukSebagai("verifikator.klungkung", Keycloak.PASSWORD);
            assertEquals("Kabupaten Klungkung · Kabupaten", beranda.kepalaPemda());
            assertEquals("Keluar", beranda.tombolKeluar());
            beranda.gantiBahasa("en");
            assertTrue(beranda.judul().contains("Home"), beranda.judul());
            assertEquals("Kabupaten Klungkung · Regency", beranda.kepalaPemda());
            assertEquals("Sign out", beranda.tombolKeluar());
            assertEquals("Verifier", beranda.peranKepala());
            beranda.simpanTangkapanLayar("beranda-en");
            beranda.gantiBahasa("id");
            assertTrue(beranda.judul().contains("Beranda"), beranda.judul());
        } finally {
            driver.quit();
        }
    }
}
