package id.akuntara.it;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.support.ui.WebDriverWait;

import java.io.IOException;
import java.io.InputStream;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The first load of a pemda registered by onboarding, in Debian's Chromium (issue 13 points 4 and 5): admin.platform
 * registers {@code kab-paket} (over the API, as OnboardingIT shows in full); its admin signs in to the still empty
 * pemda, opens Pengaturan and uploads the package file there. A package naming another pemda is refused with every
 * error listed by its JSON path and nothing written; the pemda's own package is imported (the page says what came in,
 * and the figures are then read: KC-IKM 2022 105,00 as in OnboardingIT); a second upload is refused because the pemda
 * now has data. Its own pemda only: no other IT uses {@code kab-paket}.
 */
@UjiIntegrasi
class PaketDataPerambanIT {

    private static final String KODE = "kab-paket";
    private static final String ADMIN = "admin.paket";

    @BeforeAll
    static void perambanTersedia() {
        Peramban.wajibTersedia();
    }

    @Test
    void adminPemdaBaruMengimporPaketDariHalamanPengaturan() throws IOException {
        HttpResponse<String> dibuat = Api.kirimJson("POST", "api/v1/pemda", Keycloak.token("admin.platform"),
                "{\"kode\":\"" + KODE + "\",\"nama\":\"Kabupaten Paket Uji\",\"tingkat\":\"KABUPATEN\",\"provinsi\":\"Bali\","
                        + "\"zonaWaktu\":\"Asia/Makassar\",\"namaLaporan\":\"LKjIP\",\"admin\":{\"username\":\"" + ADMIN
                        + "\",\"nama\":\"Admin Kabupaten Paket Uji\",\"email\":\"admin@paketkab.go.id\","
                        + "\"kataSandiSementara\":\"Sementara2026x\"}}");
        assertEquals(201, dibuat.statusCode(), dibuat.body());
        Keycloak.gantiSandiSepertiPengguna(ADMIN, Keycloak.PASSWORD);

        String contoh = baca("/paket/kab-contoh.json");
        Path folder = Files.createTempDirectory("akuntara-paket");
        Path milikLain = folder.resolve("paket-klungkung.json");
        Files.writeString(milikLain, contoh.replace("\"pemda\": \"kab-contoh\"", "\"pemda\": \"kab-klungkung\""));
        Path milikSendiri = folder.resolve("paket-kab-paket.json");
        Files.writeString(milikSendiri, contoh.replace("\"pemda\": \"kab-contoh\"", "\"pemda\": \"" + KODE + "\""));

        WebDriver driver = Peramban.buka();
        try {
            driver.get(Api.baseUrl());
            new HalamanLogin(driver).masukSebagai(ADMIN, Keycloak.PASSWORD);
            assertTrue(driver.findElement(By.id("pemda-kepala")).getText().contains("Kabupaten Paket Uji"));
            HalamanPengaturan.buka(driver);

            unggah(driver, milikLain);
            String galat = driver.findElement(By.id("paket:galat-paket")).getText();
            assertTrue(galat.contains("$.pemda"), galat);
            assertTrue(driver.findElement(By.id("paket:pesan-paket")).getText().contains("tidak diimpor"),
                    driver.findElement(By.id("paket:pesan-paket")).getText());
            assertEquals(0, Api.get("api/v1/kinerja/2022", Keycloak.token(ADMIN)).json().path("indikator").size(),
                    "nothing written");

            unggah(driver, milikSendiri);
            String hasil = driver.findElement(By.id("paket:hasil-paket")).getText();
            assertTrue(hasil.contains("diimpor") && hasil.contains("indikator"), hasil);
            Tangkapan.simpan(driver, "paket-data");
            JsonNode ikm = null;
            for (JsonNode i : Api.get("api/v1/kinerja/2022", Keycloak.token(ADMIN)).json().get("indikator")) {
                if ("KC-IKM".equals(i.get("kode").asText())) {
                    ikm = i;
                }
            }
            assertTrue(ikm != null, "KC-IKM imported");
            assertEquals("105,00", ikm.get("capaian").get("tampil").asText(), ikm.toString());

            unggah(driver, milikSendiri);
            String lagi = driver.findElement(By.id("paket:pesan-paket")).getText();
            assertTrue(lagi.contains("sudah memiliki data"), lagi);
        } finally {
            driver.quit();
        }
    }

    /** Sends the file to the auto-upload and waits for the form's answer (a message or the error list). */
    private static void unggah(WebDriver driver, Path berkas) {
        String sebelum = driver.findElement(By.id("paket")).getText();
        driver.findElement(By.id("paket:berkas_input")).sendKeys(berkas.toAbsolutePath().toString());
        new WebDriverWait(driver, Duration.ofSeconds(60)).until(d -> !d.findElement(By.id("paket")).getText().equals(sebelum)
                && !d.findElements(By.cssSelector("#paket .ui-message, #paket .ui-messages-info, #paket .ui-messages-error")).isEmpty());
        Tunggu.ajax(driver);
    }

    private static String baca(String sumber) throws IOException {
        try (InputStream in = PaketDataPerambanIT.class.getResourceAsStream(sumber)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }
}
