package id.akuntara.it;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;

import java.time.Duration;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The Renstra & IKU page and the Perjanjian Kinerja page in a real browser (issue 11 points 3 and 4).
 *
 * <p>Data: Tanjungpinang's Renstra is only read (RenstraIT writes it): the version RENSTRA-SETDA-2018 is opened by
 * code, whose own targets never change (a replaced version keeps a frozen copy). IK-LPPD 2019: Renstra 3,2; 2020:
 * Renstra 3,3 against PK 3,4 (LKIP 2020), a conflict. Klungkung's Renstra gets a Perubahan draft made by this test
 * (RENSTRA-SETDA-2018-P-PERAMBAN), edited and never adopted: the figures ignore drafts. Kaltim's PKs of 2021 are only
 * read (PerjanjianKaltimIT writes 2022): the package holds PK-2021-SEKDA (Rp 282.044.792.352) and two of its Asisten
 * PKs, ASADUM (Rp 208.502.249.352) and ASPAP (Rp 16.070.928.000, three rows, five programs); nothing is signed here.
 */
@UjiIntegrasi
class RencanaPerjanjianPerambanIT {

    private static final String RENSTRA_TANJUNGPINANG = "RENSTRA-SETDA-2018";
    private static final String RENSTRA_KLUNGKUNG = "RENSTRA-SETDA-2018";
    private static final String DRAF_KLUNGKUNG = "RENSTRA-SETDA-2018-P-PERAMBAN";

    @BeforeAll
    static void perambanTersedia() {
        Peramban.wajibTersedia();
    }

    private static WebDriver masuk(String pengguna) {
        WebDriver driver = Peramban.buka();
        driver.get(Api.baseUrl());
        new HalamanLogin(driver).masukSebagai(pengguna, Keycloak.PASSWORD);
        new org.openqa.selenium.support.ui.WebDriverWait(driver, Duration.ofSeconds(20))
                .until(d -> d.getCurrentUrl().startsWith(Api.baseUrl()));
        return driver;
    }

    @Test
    void renstraTanjungpinangPohonTargetDanBentrokSumber() {
        WebDriver driver = masuk("verifikator.tanjungpinang");
        try {
            assertEquals("Renstra & IKU", driver.findElement(By.id("menu-renstra")).getText());
            HalamanRenstra renstra = new HalamanRenstra(driver).buka(RENSTRA_TANJUNGPINANG);
            assertEquals("Renstra & IKU", renstra.judul());
            Tangkapan.simpan(driver, "renstra");
            assertEquals(RENSTRA_TANJUNGPINANG, renstra.kodeVersi());
            assertTrue(renstra.versi().contains(RENSTRA_TANJUNGPINANG), renstra.versi().toString());
            // the tree: goal T1 → objective S1 → IK-LPPD; IK-IRB is an IKU hanging on the goal
            assertTrue(renstra.adaBaris("T1") && renstra.adaBaris("S1"), "tujuan T1 dan sasaran S1");
            assertTrue(renstra.baris("IK-LPPD").contains("Nilai LPPD"), renstra.baris("IK-LPPD"));
            assertTrue(renstra.iku("IK-IRB"), renstra.html("IK-IRB"));
            assertFalse(renstra.iku("IK-LPPD"), renstra.html("IK-LPPD"));
            // a seed target, and the 2020 conflict: both values shown, the cell highlighted, the authoritative marked
            assertFalse(renstra.bentrok("IK-LPPD", 2019), renstra.teksSel("IK-LPPD", 2019));
            assertTrue(renstra.teksSel("IK-LPPD", 2019).startsWith("3,2"), renstra.teksSel("IK-LPPD", 2019));
            assertTrue(renstra.bentrok("IK-LPPD", 2020), renstra.teksSel("IK-LPPD", 2020));
            String bentrok = renstra.teksSel("IK-LPPD", 2020);
            assertTrue(bentrok.contains("Renstra 3,3") && bentrok.contains("PK 3,4") && bentrok.contains("★"), bentrok);
            assertTrue(renstra.sumberBerwenang().startsWith("PK"), renstra.sumberBerwenang());
            // a verifikator reads; nothing to edit, no Perubahan
            assertFalse(renstra.adaTautanUbah());
            assertFalse(renstra.bisaBuatPerubahan());
        } finally {
            driver.quit();
        }
    }

    @Test
    void drafPerubahanRenstraKlungkungDiubahDenganPesanDiSampingIsian() {
        WebDriver driver = masuk("operator.klungkung");
        try {
            HalamanRenstra renstra = new HalamanRenstra(driver).buka(RENSTRA_KLUNGKUNG);
            assertEquals("Ditetapkan", renstra.status());
            String targetLama = renstra.teksSel("AKIP-PD", 2021);
            assertFalse(renstra.adaTautanUbah(), "Renstra yang ditetapkan tidak dapat diubah langsung");
            if (!renstra.versi().contains(DRAF_KLUNGKUNG)) {
                assertTrue(renstra.bisaBuatPerubahan());
                renstra.buatPerubahan(DRAF_KLUNGKUNG, "Uji peramban: penyesuaian target AKIP perangkat daerah");
                assertTrue(renstra.pesan().contains(DRAF_KLUNGKUNG), renstra.pesan());
            } else {
                renstra.buka(DRAF_KLUNGKUNG);
            }
            assertEquals(DRAF_KLUNGKUNG, renstra.kodeVersi());
            assertEquals("Draf", renstra.status());
            assertTrue(renstra.adaTautanUbah());

            // a bad number: the message next to the value, the editor stays open, nothing saved
            renstra.ubahTarget("AKIP-PD", 2021, "RENSTRA", "7,5,1");
            assertTrue(renstra.editorTargetTerbuka(), renstra.pesan());
            assertFalse(renstra.pesanNilaiTarget().isBlank(), "pesan di samping isian nilai: " + renstra.pesan());
            assertFalse(renstra.teksSel("AKIP-PD", 2021).contains("7,5,1"));
            // a good one: saved, shown in the tree
            renstra.ubahTarget("AKIP-PD", 2021, "RENSTRA", "81,65");
            assertFalse(renstra.editorTargetTerbuka(), renstra.pesan() + " " + renstra.pesanNilaiTarget());
            assertTrue(renstra.teksSel("AKIP-PD", 2021).contains("81,65"), renstra.teksSel("AKIP-PD", 2021));

            // the version in force is unchanged and still the one in force
            renstra.buka(RENSTRA_KLUNGKUNG);
            assertEquals("Ditetapkan", renstra.status());
            assertEquals(targetLama, renstra.teksSel("AKIP-PD", 2021));
        } finally {
            driver.quit();
        }
    }

    @Test
    void kaskadePkKaltim2021RincianRupiahTerbilang() {
        WebDriver driver = masuk("pimpinan.kaltim");
        try {
            assertEquals("Perjanjian Kinerja", driver.findElement(By.id("menu-perjanjian")).getText());
            HalamanPerjanjian pk = new HalamanPerjanjian(driver).buka(2021, null);
            assertEquals("Perjanjian Kinerja", pk.judul());
            // the cascade: Gubernur → Sekda → the Asisten
            assertEquals("PK-2021-SEKDA", pk.kode());
            assertTrue(pk.kepala().contains("Gubernur Kalimantan Timur"), pk.kepala());
            assertEquals(List.of("PK-2021-SEKDA", "PK-2021-ASPAP", "PK-2021-ASADUM"), pk.pkDiPohon());
            assertTrue(pk.simpul("PK-2021-SEKDA").contains("Sekretaris Daerah"), pk.simpul("PK-2021-SEKDA"));
            assertTrue(pk.simpul("PK-2021-ASPAP").contains("Asisten Perekonomian dan Administrasi Pembangunan"),
                    pk.simpul("PK-2021-ASPAP"));
            assertEquals("PK-2021-SEKDA", pk.indukDiPohon("PK-2021-ASPAP"));
            assertEquals("PK-2021-SEKDA", pk.indukDiPohon("PK-2021-ASADUM"));
            // the cascade check inline: the two Asisten PKs of the package add up to less than the Sekda's
            assertTrue(pk.totalKaskade().contains("Rp 224.573.177.352"), pk.totalKaskade());
            assertTrue(pk.kaskade().contains("Ada temuan"), pk.kaskade());
            assertEquals("Rp 282.044.792.352", pk.total());
            Tangkapan.simpan(driver, "perjanjian");

            pk.pilih("PK-2021-ASPAP");
            assertEquals("PK-2021-ASPAP", pk.kode());
            assertEquals("Ditandatangani", pk.status());
            assertTrue(pk.pihakPertama().contains("Abu Helmi, SE., M.Si."), pk.pihakPertama());
            assertTrue(pk.pihakPertama().contains("Asisten Perekonomian dan Administrasi Pembangunan"), pk.pihakPertama());
            assertTrue(pk.pihakKedua().contains("Muhammad Sa'bani"), pk.pihakKedua());
            assertTrue(pk.pihakKedua().replace(" ", "").contains("196201281988031005"), pk.pihakKedua());
            List<List<String>> baris = pk.baris();
            assertEquals(3, baris.size(), baris.toString());
            assertEquals("Persentase kebijakan daerah di bidang Perekonomian yang ditindaklanjuti", baris.get(0).get(2));
            assertEquals("90", baris.get(0).get(4));
            assertEquals("Indeks tata kelola pengadaan", baris.get(2).get(2));
            assertTrue(baris.get(2).get(4).startsWith("70"), baris.get(2).toString());
            List<List<String>> program = pk.program();
            assertEquals(5, program.size(), program.toString());
            assertEquals("Rp 6.063.208.788", program.get(0).get(3));
            assertEquals("Rp 6.350.000", program.get(4).get(3));
            assertEquals("Rp 16.070.928.000", pk.total());
            assertTrue(pk.terbilang().toLowerCase().contains(
                    "enam belas miliar tujuh puluh juta sembilan ratus dua puluh delapan ribu rupiah"), pk.terbilang());
            // signed: no sign button, the page says it is locked; the PK's own document
            assertFalse(pk.adaTombolTandatangani());
            assertTrue(pk.keteranganKunci().contains("sudah ditandatangani"), pk.keteranganKunci());
            assertTrue(pk.adaTautanUnduhPk());
            assertTrue(pk.tautanUnduhPk().contains("kode=PK-2021-ASPAP") && pk.tautanUnduhPk().contains("jenis=pk"),
                    pk.tautanUnduhPk());
            assertEquals(1, pk.riwayatVersi().size(), pk.riwayatVersi().toString());

            // 2022 (read only): the Asisten PKs of the Sekda's PK in force add up to Rp 254.986.626.497
            pk.buka(2022, null);
            assertTrue(pk.totalKaskade().contains("Rp 254.986.626.497"), pk.totalKaskade());
        } finally {
            driver.quit();
        }
    }

    @Test
    void kementerianDitolakDiKeduaHalaman() {
        WebDriver driver = masuk("kementerian");
        try {
            driver.manage().timeouts().implicitlyWait(Duration.ZERO);
            assertTrue(driver.findElements(By.id("menu-renstra")).isEmpty(), "tanpa menu Renstra");
            assertTrue(driver.findElements(By.id("menu-perjanjian")).isEmpty(), "tanpa menu PK");
            driver.manage().timeouts().implicitlyWait(Duration.ofSeconds(10));
            for (String halaman : List.of("renstra.xhtml", "perjanjian.xhtml")) {
                driver.get(Api.baseUrl() + halaman);
                // the 403 page in the layout, once any redirect has settled (a CI run once read a page mid-way)
                List<org.openqa.selenium.WebElement> terlarang = driver.findElements(By.id("terlarang"));
                assertFalse(terlarang.isEmpty(), halaman + " → " + driver.getCurrentUrl() + " «" + driver.getTitle() + "»: "
                        + driver.findElement(By.tagName("body")).getText());
                assertEquals("Akses ditolak", terlarang.get(0).getText(), halaman);
            }
        } finally {
            driver.quit();
        }
    }
}
