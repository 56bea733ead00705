package id.akuntara.it;

import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Issue 11, the first two golden paths: Klungkung's operator fills the year 2021 (the package has its targets from
 * the Renstra, AKIP-PD 88 poin and AKSI-NOM 1 aksi, and no realisasi; the package has no quarterly targets, so the
 * period measured against a target is "Tahunan"). A value below target is refused on submission without its
 * obstacles, the message next to the field; with them it goes. Evidence, a small generated PDF, is uploaded to
 * AKSI-NOM. The operator then fills and submits Triwulan II of AKSI-NOM with its evidence, a separate item of the
 * workflow. Klungkung's verifier returns AKIP-PD with a note and verifies AKSI-NOM's year and quarter; the operator
 * then sees the note.
 * Plus the pages' role rules: the verifier's queue refuses the operator, the realisasi page the ministry user; the
 * pimpinan reads the grid without editing it. No other IT touches Klungkung 2021.
 */
@UjiIntegrasi
class RealisasiPerambanIT {

    private static final String TAHUNAN_2021 = "2021 · Tahunan";
    private static final String TW2_2021 = "2021 · Triwulan II";
    private static final String CATATAN = "Lampirkan rekap nilai evaluasi SAKIP 38 perangkat daerah dari Inspektorat.";

    @BeforeAll
    static void perambanTersedia() {
        Peramban.wajibTersedia();
    }

    @Test
    void operatorMengajukanVerifikatorMengembalikanDanMemverifikasi() throws IOException {
        Path pdf = Files.createTempDirectory("akuntara-bukti").resolve("nominasi-sinovik-2021.pdf");
        try (PDDocument doc = new PDDocument()) {
            doc.addPage(new PDPage());
            doc.save(pdf.toFile());
        }
        WebDriver operator = Peramban.buka();
        WebDriver verifikator = null;
        try {
            operator.get(Api.baseUrl());
            new HalamanLogin(operator).masukSebagai("operator.klungkung", Keycloak.PASSWORD);
            assertTrue(operator.findElements(By.id("menu-verifikasi")).isEmpty(), "operator tidak melihat menu Verifikasi");
            HalamanRealisasi realisasi = HalamanRealisasi.bukaDariMenu(operator);
            realisasi.pilih("2021", "Tahunan");
            assertEquals("88", realisasi.target("AKIP-PD"));
            assertEquals("1", realisasi.target("AKSI-NOM"));
            assertEquals("Belum diisi", realisasi.statusAlur("AKIP-PD"));

            // below target (85,5 < 88): saved as a draft, refused on submission without its obstacles
            realisasi.ubah("AKIP-PD");
            realisasi.isiNilai("AKIP-PD", "85,5");
            realisasi.simpan("AKIP-PD");
            assertTrue(realisasi.pesan().contains("tersimpan"), realisasi.pesan());
            assertEquals("85,5", realisasi.nilaiTampil("AKIP-PD"));
            assertEquals("Draf", realisasi.statusAlur("AKIP-PD"));
            realisasi.ajukan("AKIP-PD");
            assertTrue(realisasi.sedangDiubah("AKIP-PD"), "the row opens to show the field");
            assertTrue(realisasi.galatTampil("AKIP-PD", "penghambat"), "message next to the explanation");
            assertTrue(realisasi.galat("AKIP-PD", "penghambat").contains("di bawah target 88"),
                    realisasi.galat("AKIP-PD", "penghambat"));
            assertEquals("Draf", realisasi.statusAlur("AKIP-PD"));
            // an unreadable number: the core's message next to the value
            realisasi.isiNilai("AKIP-PD", "delapan puluh");
            realisasi.simpan("AKIP-PD");
            assertTrue(realisasi.galat("AKIP-PD", "nilai").contains("tidak terbaca"), realisasi.galat("AKIP-PD", "nilai"));
            assertTrue(realisasi.sedangDiubah("AKIP-PD"));
            realisasi.isiNilai("AKIP-PD", "85,5");
            realisasi.isiPenghambat("AKIP-PD", "Dua perangkat daerah baru belum dievaluasi Inspektorat pada 2021.");
            realisasi.simpan("AKIP-PD");
            assertFalse(realisasi.sedangDiubah("AKIP-PD"), realisasi.galat("AKIP-PD", "nilai"));
            realisasi.ajukan("AKIP-PD");
            assertEquals("Diajukan", realisasi.statusAlur("AKIP-PD"), realisasi.pesan());
            assertFalse(realisasi.bisaDiubah("AKIP-PD"), "a submitted value is not edited");

            // at target: value, evidence (a generated PDF), submitted
            realisasi.ubah("AKSI-NOM");
            realisasi.isiNilai("AKSI-NOM", "2");
            realisasi.simpan("AKSI-NOM");
            assertEquals("2", realisasi.nilaiTampil("AKSI-NOM"));
            realisasi.unggah("AKSI-NOM", pdf);
            assertEquals("", realisasi.galat("AKSI-NOM", "unggah"));
            assertTrue(realisasi.bukti("AKSI-NOM").contains("nominasi-sinovik-2021.pdf"), realisasi.bukti("AKSI-NOM"));
            realisasi.ajukan("AKSI-NOM");
            assertEquals("Diajukan", realisasi.statusAlur("AKSI-NOM"), realisasi.pesan());

            // a triwulan: the grid of Triwulan II, a value with its evidence, submitted (no quarterly target in the
            // package, so no capaian and no explanation is asked; the year's own value stays as it is)
            realisasi.pilih("2021", "Triwulan II");
            assertTrue(realisasi.bukti("AKSI-NOM").isBlank(), "the year's evidence is not the quarter's");
            assertEquals("Belum diisi", realisasi.statusAlur("AKSI-NOM"));
            realisasi.ubah("AKSI-NOM");
            realisasi.isiNilai("AKSI-NOM", "1");
            realisasi.simpan("AKSI-NOM");
            assertEquals("1", realisasi.nilaiTampil("AKSI-NOM"));
            realisasi.unggah("AKSI-NOM", pdf);
            assertTrue(realisasi.bukti("AKSI-NOM").contains("nominasi-sinovik-2021.pdf"), realisasi.bukti("AKSI-NOM"));
            realisasi.ajukan("AKSI-NOM");
            assertEquals("Diajukan", realisasi.statusAlur("AKSI-NOM"), realisasi.pesan());
            realisasi.pilih("2021", "Tahunan");
            assertEquals("2", realisasi.nilaiTampil("AKSI-NOM"));

            // the operator may not open the verifier's queue
            operator.get(Api.baseUrl() + "verifikasi.xhtml");
            assertFalse(operator.findElements(By.id("terlarang")).isEmpty(), operator.getPageSource());

            // the verifier: the queue, the evidence (same pemda), the history, return with a note, verify
            verifikator = Peramban.buka();
            verifikator.get(Api.baseUrl());
            new HalamanLogin(verifikator).masukSebagai("verifikator.klungkung", Keycloak.PASSWORD);
            HalamanVerifikasi verifikasi = HalamanVerifikasi.bukaDariMenu(verifikator);
            assertTrue(verifikasi.ada("AKIP-PD", TAHUNAN_2021), verifikator.findElement(By.tagName("body")).getText());
            assertTrue(verifikasi.ada("AKSI-NOM", TAHUNAN_2021));
            assertEquals("85,5", verifikasi.teks("AKIP-PD", TAHUNAN_2021, "nilai"));
            assertEquals("88", verifikasi.teks("AKIP-PD", TAHUNAN_2021, "target"));
            assertTrue(verifikasi.teks("AKIP-PD", TAHUNAN_2021, "penghambat").startsWith("Dua perangkat daerah baru"));
            var tautan = verifikasi.tautanBukti("AKSI-NOM", TAHUNAN_2021);
            assertEquals(1, tautan.size(), tautan.toString());
            Map<String, Object> berkas = verifikasi.ambil(tautan.get(0));
            assertEquals(200L, ((Number) berkas.get("status")).longValue(), berkas.toString());
            assertEquals("application/pdf", berkas.get("jenis"), berkas.toString());
            assertEquals("%PDF-", berkas.get("awal"), berkas.toString());
            assertEquals(Files.size(pdf), ((Number) berkas.get("bita")).longValue());
            String riwayat = verifikasi.riwayat("AKSI-NOM", TAHUNAN_2021);
            assertTrue(riwayat.contains("operator.klungkung") && riwayat.contains("Dibuat")
                    && riwayat.contains("Bukti diunggah") && riwayat.contains("Diajukan"), riwayat);
            verifikasi.tutupRiwayat();
            keAtas(verifikator);
            Tangkapan.simpan(verifikator, "verifikasi");

            verifikasi.kembalikan("AKIP-PD", TAHUNAN_2021);
            assertTrue(verifikasi.galatCatatan("AKIP-PD", TAHUNAN_2021).contains("Catatan pengembalian wajib diisi"),
                    verifikasi.galatCatatan("AKIP-PD", TAHUNAN_2021));
            assertTrue(verifikasi.ada("AKIP-PD", TAHUNAN_2021), "still in the queue");
            verifikasi.isiCatatan("AKIP-PD", TAHUNAN_2021, CATATAN);
            verifikasi.kembalikan("AKIP-PD", TAHUNAN_2021);
            assertTrue(verifikasi.pesan().contains("dikembalikan"), verifikasi.pesan());
            assertFalse(verifikasi.ada("AKIP-PD", TAHUNAN_2021));
            verifikasi.verifikasi("AKSI-NOM", TAHUNAN_2021);
            assertTrue(verifikasi.pesan().contains("diverifikasi"), verifikasi.pesan());
            assertFalse(verifikasi.ada("AKSI-NOM", TAHUNAN_2021));
            // the quarter's value is its own item in the queue, with its own evidence
            assertTrue(verifikasi.ada("AKSI-NOM", TW2_2021), verifikator.findElement(By.tagName("body")).getText());
            assertEquals("1", verifikasi.teks("AKSI-NOM", TW2_2021, "nilai"));
            assertEquals(1, verifikasi.tautanBukti("AKSI-NOM", TW2_2021).size());
            verifikasi.verifikasi("AKSI-NOM", TW2_2021);
            assertFalse(verifikasi.ada("AKSI-NOM", TW2_2021));

            // the operator sees the note and may edit the returned value again
            Halaman.bukaTerlindung(operator, "realisasi.xhtml?tahun=2021&periode=TAHUNAN");
            Tunggu.ajax(operator);
            realisasi = new HalamanRealisasi(operator);
            assertEquals("Dikembalikan", realisasi.statusAlur("AKIP-PD"));
            assertTrue(realisasi.catatanKembali("AKIP-PD").contains(CATATAN), realisasi.catatanKembali("AKIP-PD"));
            assertTrue(realisasi.bisaDiubah("AKIP-PD"));
            assertEquals("Diverifikasi", realisasi.statusAlur("AKSI-NOM"));
            assertFalse(operator.findElement(By.id("realisasi:ringkas")).getText().isBlank(), "the returned count");
            keAtas(operator);
            Tangkapan.simpan(operator, "realisasi");
        } finally {
            operator.quit();
            if (verifikator != null) {
                verifikator.quit();
            }
        }
    }

    /** The page from its top, nothing focused (for the guide's screenshots). */
    private static void keAtas(WebDriver driver) {
        ((org.openqa.selenium.JavascriptExecutor) driver).executeScript(
                "if (document.activeElement) { document.activeElement.blur(); } window.scrollTo(0, 0);");
    }

    /** The pimpinan reads the grid without editing it; the ministry user, outside any pemda, gets the 403 page. */
    @Test
    void halamanRealisasiUntukPeranPemdaSaja() {
        WebDriver driver = Peramban.buka();
        try {
            driver.get(Api.baseUrl());
            new HalamanLogin(driver).masukSebagai("pimpinan.klungkung", Keycloak.PASSWORD);
            HalamanRealisasi realisasi = HalamanRealisasi.bukaDariMenu(driver);
            realisasi.pilih("2021", "Tahunan");
            assertEquals("88", realisasi.target("AKIP-PD"));
            assertFalse(realisasi.bisaDiubah("AKIP-PD"), "pimpinan reads only");
            assertTrue(driver.findElements(By.id("menu-verifikasi")).isEmpty());
            driver.get(Api.baseUrl() + "verifikasi.xhtml");
            assertFalse(driver.findElements(By.id("terlarang")).isEmpty(), driver.getPageSource());

            // CSRF: the grid is a protected view; a bare address (a bookmark, another site's link) or a forged token
            // gets the "open it from the menu" page and no grid, whose own link (with the session's token) opens it
            for (String alamat : List.of("realisasi.xhtml?tahun=2021", "realisasi.xhtml?tahun=2021&" + Halaman.TOKEN + "=palsu")) {
                driver.get(Api.baseUrl() + alamat);
                assertFalse(driver.findElements(By.id("tautan-langsung")).isEmpty(), alamat + ": " + driver.getPageSource());
                assertTrue(driver.findElements(By.id("realisasi:grid")).isEmpty(), alamat);
            }
            driver.findElement(By.id("lanjut")).click();
            assertFalse(driver.findElements(By.id("realisasi:grid")).isEmpty(), driver.getCurrentUrl());
            assertTrue(driver.getCurrentUrl().contains(Halaman.TOKEN + "="), driver.getCurrentUrl());
        } finally {
            driver.quit();
        }
        WebDriver kementerian = Peramban.buka();
        try {
            kementerian.get(Api.baseUrl());
            new HalamanLogin(kementerian).masukSebagai("kementerian", Keycloak.PASSWORD);
            assertTrue(kementerian.findElements(By.id("menu-realisasi")).isEmpty());
            kementerian.get(Api.baseUrl() + "realisasi.xhtml");
            assertFalse(kementerian.findElements(By.id("terlarang")).isEmpty(), kementerian.getPageSource());
        } finally {
            kementerian.quit();
        }
    }
}
