package id.akuntara.it;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * pengaturan.xhtml in Debian's Chromium (issue 13, point 5 for the settings): Tanjungpinang's admin builds an own
 * predikat scale in the band table; a save with a gap between the bands and a cap below 100 shows each message next to
 * its field and stores nothing; the corrected scale is saved with a success message and read back through the API.
 * The screenshot for the guide is taken then. Another role gets the 403 page and no menu link. Tanjungpinang's
 * settings are set back through the API at the end (PengaturanIT reads them).
 */
@UjiIntegrasi
class PengaturanPerambanIT {

    private static final ObjectMapper JSON = new ObjectMapper();

    @BeforeAll
    static void perambanTersedia() {
        Peramban.wajibTersedia();
    }

    private static JsonNode baca() {
        return Api.get("api/v1/pengaturan", Keycloak.token("admin.tanjungpinang")).json();
    }

    @Test
    void adminMenyusunSkalaPredikat() {
        JsonNode awal = baca();
        WebDriver driver = Peramban.buka();
        try {
            driver.get(Api.baseUrl());
            new HalamanLogin(driver).masukSebagai("admin.tanjungpinang", Keycloak.PASSWORD);
            HalamanPengaturan.buka(driver);
            HalamanPengaturan halaman = new HalamanPengaturan(driver);
            assertEquals("Pengaturan pemda", halaman.judul());
            assertFalse(driver.findElements(By.id("menu-pengaturan")).isEmpty(), "tautan menu untuk admin-pemda");

            halaman.pakaiSkalaSendiri();
            while (halaman.jumlahPita() < 3) {
                halaman.tambahPita();
            }
            halaman.isi("f:nama-skala", "Skala capaian Setda");
            halaman.isiPita(0, "Baik", "85,01", "");
            halaman.isiPita(1, "Cukup", "55", "85");
            halaman.isiPita(2, "Kurang", "", "55");
            halaman.tandaAtas(2, "<");
            halaman.isi("f:batas", "50");
            halaman.simpan();
            assertTrue(halaman.pesanDi("skala-galat").contains("celah antara pita Cukup"), halaman.pesanDi("skala-galat"));
            assertTrue(halaman.pesanDi("batas").contains("Batas capaian harus antara 100"), halaman.pesanDi("batas"));
            assertEquals(awal.get("versi").asLong(), baca().get("versi").asLong(), "penolakan tidak menyimpan apa pun");

            // the gap closed: Baik "> 85" meets Cukup's "≤ 85"
            halaman.isiPita(0, "Baik", "85", "");
            halaman.tandaBawah(0, ">");
            halaman.isi("f:batas", "");
            halaman.simpan();
            assertTrue(halaman.pesan().contains("Pengaturan disimpan"), halaman.pesan());
            JsonNode disimpan = baca();
            assertTrue(disimpan.get("skalaSendiri").asBoolean(), disimpan.toString());
            assertEquals("PEMDA", disimpan.get("lapisanSkala").asText());
            List<String> label = new java.util.ArrayList<>();
            disimpan.get("skala").get("pita").forEach(p -> label.add(p.get("label").asText()));
            assertEquals(List.of("Baik", "Cukup", "Kurang"), label);
            assertFalse(disimpan.get("skala").get("pita").get(0).get("bawahInklusif").asBoolean());
            assertFalse(halaman.melebar(), "halaman tidak melebar ke samping");
            Tangkapan.simpan(driver, "pengaturan");
        } finally {
            driver.quit();
            JsonNode kini = baca();
            ObjectNode kembali = JSON.createObjectNode();
            for (String f : List.of("sumberTarget", "desimal", "modePembulatan", "batasCapaian", "penangananKosong",
                    "bulatkanDulu", "namaLaporan", "kepalaDaerah", "logo")) {
                kembali.set(f, awal.get(f));
            }
            kembali.set("skala", awal.get("skalaSendiri").asBoolean() ? awal.get("skala") : null);
            kembali.put("versi", kini.get("versi").asLong());
            if (kini.get("versi").asLong() != awal.get("versi").asLong()) {
                assertEquals(200, Api.kirimJson("PUT", "api/v1/pengaturan", Keycloak.token("admin.tanjungpinang"),
                        kembali.toString()).statusCode());
            }
        }
    }

    @Test
    void peranLainDitolak() {
        WebDriver driver = Peramban.buka();
        try {
            driver.get(Api.baseUrl());
            new HalamanLogin(driver).masukSebagai("operator.tanjungpinang", Keycloak.PASSWORD);
            assertTrue(driver.findElements(By.id("menu-pengaturan")).isEmpty(), "tanpa tautan menu untuk operator");
            HalamanPengaturan.buka(driver);
            assertEquals("Akses ditolak", driver.findElement(By.id("terlarang")).getText());
        } finally {
            driver.quit();
        }
    }
}
