package id.akuntara.it;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;

import java.util.List;
import java.util.UUID;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * pengguna.xhtml in Debian's Chromium (issue 13, point 5 for users): Klungkung's admin sees only Klungkung's users,
 * gets every wrong field of a new user next to its input, creates an operator (who must change the temporary
 * password), disables and re-enables them and adds a role; the screenshots for the guide are taken with Klungkung's
 * real users. Another role gets the 403 page and no menu link. Only users named {@code uji.pengguna.b<random>} are
 * created.
 */
@UjiIntegrasi
class PenggunaPerambanIT {

    @BeforeAll
    static void perambanTersedia() {
        Peramban.wajibTersedia();
    }

    @Test
    void adminKlungkungMengelolaPenggunaPemdanya() {
        String baru = "uji.pengguna.b" + UUID.randomUUID().toString().substring(0, 6);
        WebDriver driver = Peramban.buka();
        try {
            driver.get(Api.baseUrl());
            new HalamanLogin(driver).masukSebagai("admin.klungkung", Keycloak.PASSWORD);
            HalamanPengguna.buka(driver);
            HalamanPengguna halaman = new HalamanPengguna(driver);
            assertEquals("Pengguna pemda", halaman.judul());
            assertFalse(driver.findElements(By.id("menu-pengguna")).isEmpty(), "tautan menu untuk admin-pemda");
            List<String> username = halaman.username();
            assertTrue(username.containsAll(List.of("admin.klungkung", "operator.klungkung", "verifikator.klungkung",
                    "pimpinan.klungkung")), username.toString());
            assertTrue(username.stream().allMatch(u -> u.endsWith(".klungkung") || u.startsWith("uji.")), username.toString());
            List<String> operator = halaman.baris("operator.klungkung");
            assertTrue(operator.get(1).contains("operator.klungkung@klungkungkab.go.id"), operator.toString());
            assertEquals("Operator", operator.get(2));
            assertEquals("Aktif", operator.get(4));
            // the admin's own row has no disable button
            assertFalse(halaman.adaTombol("admin.klungkung", "nonaktifkan"));

            // every wrong field next to its input, nothing created
            halaman.bukaDialogBaru();
            halaman.isiBaru("A b", "", "bukan-email", "pendek", "123");
            halaman.simpanBaru();
            assertTrue(halaman.dialogBaruTerbuka());
            assertTrue(halaman.pesanDi("username").contains("Nama pengguna wajib"), halaman.pesanDi("username"));
            assertTrue(halaman.pesanDi("nama").contains("Nama wajib diisi"), halaman.pesanDi("nama"));
            assertTrue(halaman.pesanDi("email").contains("Email wajib"), halaman.pesanDi("email"));
            assertTrue(halaman.pesanDi("nip").contains("NIP tidak sah"), halaman.pesanDi("nip"));

            halaman.isiBaru(baru, "Ni Luh Uji Coba", baru + "@klungkungkab.go.id", "Sementara2026", "19641028 199003 1 009");
            halaman.simpanBaru();
            assertTrue(halaman.pesan().contains("Pengguna " + baru + " dibuat"), halaman.pesan());
            List<String> dibuat = halaman.baris(baru);
            assertEquals("Operator", dibuat.get(2));
            assertEquals("196410281990031009", dibuat.get(3));
            assertTrue(dibuat.get(4).contains("Aktif") && dibuat.get(4).contains("Wajib ganti sandi"), dibuat.toString());

            halaman.nonaktifkan(baru);
            assertTrue(halaman.pesan().contains(baru + " dinonaktifkan"), halaman.pesan());
            assertEquals("Nonaktif", halaman.baris(baru).get(4).replace("Wajib ganti sandi", "").strip());
            halaman.aktifkan(baru);
            assertTrue(halaman.baris(baru).get(4).startsWith("Aktif"), halaman.baris(baru).toString());

            halaman.tambahPeran(baru, "Verifikator");
            assertTrue(halaman.pesan().contains("Peran " + baru + " disimpan"), halaman.pesan());
            assertEquals("Operator\nVerifikator", halaman.baris(baru).get(2));
            Tangkapan.simpan(driver, "pengguna");

            // the start page's admin block lists the users with a link here
            driver.get(Api.baseUrl());
            HalamanBerandaPeran beranda = new HalamanBerandaPeran(driver);
            assertTrue(beranda.penggunaBeranda().stream().anyMatch(b -> b.get(0).equals("admin.klungkung")),
                    beranda.penggunaBeranda().toString());
            assertFalse(driver.findElements(By.id("ke-pengguna")).isEmpty());
        } finally {
            driver.quit();
        }
    }

    @Test
    void peranLainDitolak() {
        WebDriver driver = Peramban.buka();
        try {
            driver.get(Api.baseUrl());
            new HalamanLogin(driver).masukSebagai("operator.klungkung", Keycloak.PASSWORD);
            assertTrue(driver.findElements(By.id("menu-pengguna")).isEmpty(), "tanpa tautan menu untuk operator");
            HalamanPengguna.buka(driver);
            assertEquals("Akses ditolak", driver.findElement(By.id("terlarang")).getText());
        } finally {
            driver.quit();
        }
    }
}
