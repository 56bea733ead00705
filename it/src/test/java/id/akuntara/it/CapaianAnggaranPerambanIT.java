package id.akuntara.it;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.WebDriver;

import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The capaian and anggaran pages (issue 11 point 6), read-only, on data no other IT changes (fixing a year, which
 * ProbePeranIT and AnggaranIT do for Kaltim and Pangkalpinang 2021, leaves every figure as it is):
 * <ul>
 * <li>Kalimantan Timur 2021 (pimpinan): the band counts of LKjIP 2021 BAB IV (7 above, 2 at, 3 below 100 %; 2
 *     indicators of the tujuan without a value), SS2's capaian 115,49 (Tabel 3.19), IK-IKM-ADPIM 77,2 / 85,24 →
 *     110,41 with its trace (rule capaian-naik, its inputs), the bar chart per sasaran and the trend over Renstra
 *     2019–2023 against the plan-end target;</li>
 * <li>Pangkalpinang 2021 (verifikator): the budget tree of 14 program blocks, pagu Rp 47.826.143.124, realisasi
 *     Rp 42.128.086.255, serapan 88,08 % (the LAKIP prints 83,32: docs/fidelity.md row 192), PB01 71,75 with its
 *     trace, the chart per program;</li>
 * <li>every pemda role opens both pages; kementerian and admin-platform get the 403 page and see no menu link.</li>
 * </ul>
 * Both pages are also checked at 800 px: nothing wider than the window.
 */
@UjiIntegrasi
class CapaianAnggaranPerambanIT {

    @BeforeAll
    static void perambanTersedia() {
        Peramban.wajibTersedia();
    }

    /** Whether the page has no element {@code by}, asked without the driver's implicit wait. */
    private static boolean tidakAda(WebDriver driver, By by) {
        driver.manage().timeouts().implicitlyWait(java.time.Duration.ZERO);
        try {
            return driver.findElements(by).isEmpty();
        } finally {
            driver.manage().timeouts().implicitlyWait(java.time.Duration.ofSeconds(10));
        }
    }

    @Test
    void capaianKaltim2021DenganJejakGrafikDanTren() {
        WebDriver driver = Peramban.buka();
        try {
            driver.get(Api.baseUrl() + "capaian.xhtml?tahun=2021");
            new HalamanLogin(driver).masukSebagai("pimpinan.kaltim", Keycloak.PASSWORD);
            HalamanCapaian capaian = new HalamanCapaian(driver);
            assertEquals("Capaian kinerja", capaian.judul());
            assertEquals("2021", capaian.tahunTerpilih());
            assertTrue(capaian.asalAngka().startsWith("Angka tahun 2021 "), capaian.asalAngka());

            // LKjIP 2021 BAB IV: 7 indicators above 100 %, 2 at 100 %, 3 below; IKT-AKIP and IKT-IKM have no value
            assertEquals("7", capaian.jumlahPita("di-atas-100"));
            assertEquals("2", capaian.jumlahPita("sama-100"));
            assertEquals("3", capaian.jumlahPita("di-bawah-100"));
            assertEquals("2", capaian.jumlahPita("tanpa-nilai"));
            HalamanJejak.Jejak pita = capaian.jejak("sebaran/sama-100");
            assertEquals("SEBARAN_CAPAIAN".toLowerCase().replace('_', '-'), pita.aturan());
            assertEquals(Map.of("IK-EKONOMI", "100,00", "IK-KESRA", "100,00"), pita.masukan());

            // Tabel 3.19: SS2 115,49
            assertEquals("115,49 %", capaian.capaianSasaran("SS2"));
            HalamanJejak.Jejak ss2 = capaian.jejak("capaian-sasaran/SS2");
            assertEquals("rata-rata-sasaran", ss2.aturan());
            assertEquals("115,49", ss2.hasil());

            List<String> adpim = capaian.baris("IK-IKM-ADPIM");
            assertEquals(List.of("77,2", "85,24", "110,41"), adpim.subList(1, 4), adpim.toString());
            assertTrue(adpim.get(0).startsWith("IK-IKM-ADPIM"), adpim.toString());
            assertEquals("di-atas-100", capaian.pitaIndikator("IK-IKM-ADPIM"));
            assertEquals("di-bawah-100", capaian.pitaIndikator("IK-SAKIP-B"));
            HalamanJejak.Jejak jejak = capaian.jejak("capaian/IK-IKM-ADPIM/TAHUNAN");
            assertEquals("110,41", jejak.hasil());
            assertEquals("capaian-naik", jejak.aturan());
            assertEquals("R / T × 100", jejak.rumus());
            assertEquals("77,2", jejak.masukan().get("target"), jejak.toString());
            assertEquals("85,24", jejak.masukan().get("realisasi"), jejak.toString());

            // the bar chart per sasaran: the read model's capaian of SS1..SS4
            assertTrue(capaian.grafikTergambar("grafik-sasaran"));
            assertEquals(4, capaian.dataGrafik("grafik-sasaran").size());
            assertEquals(115.49, ((Number) capaian.dataGrafik("grafik-sasaran").get(1)).doubleValue(), 0.005);

            // the trend over Renstra 2019–2023 of IK-IKM-ADPIM, against its plan-end target 77,5
            capaian.pilihIndikatorTren("IK-IKM-ADPIM");
            assertTrue(capaian.grafikTergambar("grafik-tren"));
            List<List<String>> tren = capaian.tren();
            assertEquals(List.of("2019", "2020", "2021", "2022", "2023"), tren.stream().map(b -> b.get(0)).toList());
            assertEquals(List.of("2021", "77,2", "85,24", "110,41", "109,99"), tren.get(2));
            assertEquals("kemajuan", capaian.jejak("2021:kemajuan/IK-IKM-ADPIM").aturan());

            driver.manage().window().setSize(new Dimension(800, 900));
            assertFalse(capaian.melebar(), "capaian.xhtml lebih lebar dari jendela 800 px");
            driver.manage().window().setSize(new Dimension(1280, 900));
            Tangkapan.simpan(driver, "capaian");
            HalamanJejak.tangkapDenganDialog(driver, "capaian/IK-IKM-ADPIM/TAHUNAN", "capaian-jejak");
        } finally {
            driver.quit();
        }
    }

    @Test
    void anggaranPangkalpinang2021DenganTotalJejakDanGrafik() {
        WebDriver driver = Peramban.buka();
        try {
            driver.get(Api.baseUrl() + "anggaran.xhtml?tahun=2021");
            new HalamanLogin(driver).masukSebagai("verifikator.pangkalpinang", Keycloak.PASSWORD);
            HalamanAnggaran anggaran = new HalamanAnggaran(driver);
            assertEquals("Anggaran dan serapan", anggaran.judul());

            assertEquals("Rp 47.826.143.124", anggaran.totalPagu());
            assertEquals("Rp 42.128.086.255", anggaran.totalRealisasi());
            assertEquals("88,08 %", anggaran.totalSerapan());
            assertEquals(List.of("Jumlah", "Rp 47.826.143.124", "Rp 42.128.086.255", "88,08"), anggaran.barisJumlah());
            HalamanJejak.Jejak total = anggaran.jejak("serapan/TOTAL");
            assertEquals("serapan-total", total.aturan());
            assertEquals("88,08", total.hasil());
            assertFalse(total.masukan().isEmpty(), total.toString());

            List<String> program = anggaran.kodeProgram();
            assertEquals(14, program.size(), program.toString());
            List<String> pb01 = anggaran.baris("PB01");
            assertEquals(List.of("Rp 464.425.253", "Rp 333.226.551", "71,75"), pb01.subList(1, 4), pb01.toString());
            assertEquals("right", anggaran.perataan("PB01", 1));
            assertEquals("right", anggaran.perataan("PB01", 3));
            anggaran.buka("PB01", "KG01");
            List<String> kg01 = anggaran.baris("KG01");
            assertTrue(kg01.get(0).contains("Administrasi Tata Pemerintahan"), kg01.toString());
            assertEquals(List.of("Rp 464.425.253", "Rp 333.226.551", "71,75"), kg01.subList(1, 4), kg01.toString());
            HalamanJejak.Jejak jejak = anggaran.jejak("serapan/PB01");
            assertEquals("serapan", jejak.aturan());
            assertEquals("71,75", jejak.hasil());
            assertTrue(jejak.masukan().containsValue("464.425.253") && jejak.masukan().containsValue("333.226.551"),
                    jejak.toString());

            assertTrue(anggaran.grafikTergambar());
            assertEquals(program, anggaran.labelGrafik());

            driver.manage().window().setSize(new Dimension(800, 900));
            assertFalse(anggaran.melebar(), "anggaran.xhtml lebih lebar dari jendela 800 px");
            driver.manage().window().setSize(new Dimension(1280, 900));
            Tangkapan.simpan(driver, "anggaran");
        } finally {
            driver.quit();
        }
    }

    /** Every pemda role opens both pages from the menu; the figures are its own pemda's. */
    @ParameterizedTest
    @CsvSource({"operator.klungkung", "admin.tanjungpinang"})
    void peranPemdaMembukaKeduaHalaman(String username) {
        WebDriver driver = Peramban.buka();
        try {
            driver.get(Api.baseUrl());
            new HalamanLogin(driver).masukSebagai(username, Keycloak.PASSWORD);
            driver.findElement(By.id("menu-capaian")).click();
            assertEquals("Capaian kinerja", new HalamanCapaian(driver).judul());
            assertTrue(tidakAda(driver, By.id("terlarang")));
            driver.findElement(By.id("menu-anggaran")).click();
            assertEquals("Anggaran dan serapan", new HalamanAnggaran(driver).judul());
            assertTrue(tidakAda(driver, By.id("terlarang")));
        } finally {
            driver.quit();
        }
    }

    /** The ministry and the platform admin have no pemda: 403 page on both, and no menu link to them. */
    @ParameterizedTest
    @CsvSource({"kementerian", "admin.platform"})
    void tanpaPemdaDitolak(String username) {
        WebDriver driver = Peramban.buka();
        try {
            driver.get(Api.baseUrl());
            new HalamanLogin(driver).masukSebagai(username, Keycloak.PASSWORD);
            driver.findElement(By.id("pengguna-kepala"));
            assertTrue(tidakAda(driver, By.id("menu-capaian")));
            assertTrue(tidakAda(driver, By.id("menu-anggaran")));
            for (String halaman : new String[] {"capaian.xhtml?tahun=2021", "anggaran.xhtml?tahun=2021"}) {
                driver.get(Api.baseUrl() + halaman);
                assertFalse(driver.findElements(By.id("terlarang")).isEmpty(),
                        halaman + ": " + driver.findElement(By.tagName("body")).getText());
                assertEquals("Akses ditolak", driver.findElement(By.id("terlarang")).getText(), halaman);
                assertTrue(tidakAda(driver, By.id("judul-capaian")) && tidakAda(driver, By.id("judul-anggaran")));
            }
        } finally {
            driver.quit();
        }
    }
}
