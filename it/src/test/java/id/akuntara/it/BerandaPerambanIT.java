package id.akuntara.it;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.WebDriver;

import java.net.http.HttpResponse;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The start page per role (issue 11, point 2 and the pimpinan and admin golden paths), in Debian's Chromium.
 *
 * <p>Kota Tanjungpinang, 2019: the LKIP 2020 prints 2019 as the previous year; the demo package holds its SOP value
 * (IK-SOP, "N/A" in Tabel 3.4) as a draft. The walk: the operator submits it (API), the verifier sees it in the queue
 * (page), returns it with a note (API), the operator sees it among the returned ones beside the 2020 realisasi still
 * to fill (page), submits it again; the verifier verifies it and the pimpinan approves it (API); the pimpinan then
 * looks at 2020 and 2019 with the chart of capaian per sasaran, a forged postback is refused, and the pimpinan fixes
 * 2019 with the confirmation (page). 2019, not 2020: RenstraIT changes Tanjungpinang's 2020 target source and checks
 * that the 2020 figures follow, which a fixed 2020 (its snapshot) would not; no other IT uses Tanjungpinang 2019.
 *
 * <p>Golden figures (the platform's read model of the seeds, as {@code akuntara paket hitung} prints them): capaian
 * sasaran 2020 S1 88,41 and S2 86,36 (TanjungpinangPaketTest), 2019 S1 104,93 and S2 100,00; Kaltim 2021 SS1 102,69,
 * SS2 115,49, SS3 100,76, SS4 106,39 (LKjIP 2021, the printed 102,73 corrected), serapan 81,96 %; Pangkalpinang 2021
 * S1 88,23, serapan 88,08 % (docs/regions.md); Tanjungpinang's 13 data-quality findings (docs/regions.md).
 */
@UjiIntegrasi
class BerandaPerambanIT {

    private static final String PEMDA = "Kota Tanjungpinang";
    private static final String CATATAN = "Lampirkan daftar SOP yang disahkan tahun 2019 (Tabel 3.4 mencetak N/A)";

    private static final Map<String, String> TOKEN = new ConcurrentHashMap<>();

    @BeforeAll
    static void perambanTersedia() {
        Peramban.wajibTersedia();
    }

    /** One token per user for the whole class (Keycloak's brute-force detection, see RealisasiKlungkungIT). */
    private static String token(String user) {
        return TOKEN.computeIfAbsent(user, Keycloak::token);
    }

    private static JsonNode ok(HttpResponse<String> jawaban, int status) {
        assertEquals(status, jawaban.statusCode(), jawaban.body());
        return Api.json(jawaban);
    }

    private static JsonNode kirim(String metode, String alamat, String user, String json) {
        return ok(Api.kirimJson(metode, "api/v1/" + alamat, token(user), json), 200);
    }

    /** Tanjungpinang's IK-SOP 2019 TAHUNAN as the API shows it. */
    private static JsonNode sop2019() {
        JsonNode daftar = Api.get("api/v1/realisasi/2019", token("operator.tanjungpinang")).json();
        assertEquals("kota-tanjungpinang", daftar.get("pemda").asText());
        for (JsonNode i : daftar.get("indikator")) {
            if (i.get("kode").asText().equals("IK-SOP")) {
                for (JsonNode r : i.get("realisasi")) {
                    if (r.get("periode").asText().equals("TAHUNAN")) {
                        return r;
                    }
                }
            }
        }
        throw new AssertionError("IK-SOP 2019 tidak ada: " + daftar);
    }

    private static String versi(JsonNode r) {
        return "{\"versi\": \"" + r.get("versi").asLong() + "\"}";
    }

    private static HalamanBerandaPeran masuk(WebDriver driver, String user) {
        driver.get(Api.baseUrl());
        new HalamanLogin(driver).masukSebagai(user, Keycloak.PASSWORD);
        HalamanBerandaPeran beranda = new HalamanBerandaPeran(driver);
        assertEquals(user, beranda.namaPengguna());
        return beranda;
    }

    private static List<String> kolom(List<List<String>> baris, int i) {
        return baris.stream().map(b -> b.get(i)).toList();
    }

    @Test
    void alurSatuRealisasiLaluPimpinanMenetapkanTahun2019() {
        // the operator submits IK-SOP 2019 (a blank value: its reason and obstacles are required)
        JsonNode sop = sop2019();
        assertEquals("DRAFT", sop.get("statusAlur").asText(), sop.toString());
        String id = sop.get("id").asText();
        String isian = "{\"versi\": \"%d\", \"statusNilai\": \"TIDAK_ADA\", \"keterangan\": \"Tabel 3.4: N/A\","
                + " \"penjelasan\": {\"faktorPenghambat\": \"Jumlah SOP yang disahkan tahun 2019 belum direkap Bagian Organisasi\"}}";
        sop = kirim("PUT", "realisasi/2019/IK-SOP/TAHUNAN", "operator.tanjungpinang", isian.formatted(sop.get("versi").asLong()));
        sop = kirim("POST", "realisasi/" + id + "/ajukan", "operator.tanjungpinang", versi(sop));
        assertEquals("DIAJUKAN", sop.get("statusAlur").asText());

        // the verifier's start page: the queue holds it
        WebDriver verifikator = Peramban.buka();
        try {
            HalamanBerandaPeran beranda = masuk(verifikator, "verifikator.tanjungpinang");
            assertEquals(PEMDA, beranda.namaPemda());
            assertEquals("1 realisasi menunggu verifikasi.", beranda.jumlahAntrean());
            List<List<String>> antrean = beranda.antrean();
            assertEquals(1, antrean.size(), antrean.toString());
            assertTrue(antrean.get(0).get(0).startsWith("IK-SOP"), antrean.toString());
            assertEquals("Tahunan 2019", antrean.get(0).get(1));
            assertEquals("Tidak ada", antrean.get(0).get(3));
            assertEquals("Diajukan", antrean.get(0).get(5));
            assertFalse(beranda.ada("blok-operator") || beranda.ada("form-pimpinan") || beranda.ada("blok-admin"),
                    "the verifier sees only the verifier's block");
            Tangkapan.simpan(verifikator, "beranda-verifikator");
        } finally {
            verifikator.quit();
        }

        // the verifier returns it with a note; the operator's start page shows it, beside 2020's values still to fill
        sop = kirim("POST", "realisasi/" + id + "/kembalikan", "verifikator.tanjungpinang",
                "{\"versi\": " + sop.get("versi").asLong() + ", \"catatan\": \"" + CATATAN + "\"}");
        assertEquals("DIKEMBALIKAN", sop.get("statusAlur").asText());
        WebDriver operator = Peramban.buka();
        try {
            HalamanBerandaPeran beranda = masuk(operator, "operator.tanjungpinang");
            // 2020 is the newest open year; the demo package leaves IK-IRB and IK-KERJASAMA 2020 as drafts without value
            assertEquals("Realisasi yang perlu diisi · Tahunan 2020", beranda.judulPerluDiisi());
            assertEquals("2 indikator belum diajukan untuk periode ini.", beranda.jumlahPerluDiisi());
            List<List<String>> isi = beranda.perluDiisi();
            assertEquals(List.of("IK-IRB", "IK-KERJASAMA"), isi.stream().map(b -> b.get(0).split(" ")[0]).toList(), isi.toString());
            assertEquals(List.of("Draf", "Draf"), kolom(isi, 3));
            List<List<String>> kembali = beranda.dikembalikan();
            assertEquals(1, kembali.size(), kembali.toString());
            assertTrue(kembali.get(0).get(0).startsWith("IK-SOP"), kembali.toString());
            assertEquals("Tahunan 2019", kembali.get(0).get(1));
            assertEquals(CATATAN, kembali.get(0).get(3));
            assertFalse(beranda.ada("blok-verifikator") || beranda.ada("form-pimpinan") || beranda.ada("blok-admin"),
                    "the operator sees only the operator's block");
            Tangkapan.simpan(operator, "beranda-operator");
        } finally {
            operator.quit();
        }

        // submitted again, verified, approved: nothing of 2019 is left in the workflow
        sop = kirim("POST", "realisasi/" + id + "/ajukan", "operator.tanjungpinang", versi(sop));
        sop = kirim("POST", "realisasi/" + id + "/verifikasi", "verifikator.tanjungpinang", versi(sop));
        sop = kirim("POST", "realisasi/" + id + "/tetapkan", "pimpinan.tanjungpinang", versi(sop));
        assertEquals("DISAHKAN", sop.get("statusAlur").asText());

        WebDriver pimpinan = Peramban.buka();
        try {
            HalamanBerandaPeran beranda = masuk(pimpinan, "pimpinan.tanjungpinang");
            assertFalse(beranda.ada("blok-operator") || beranda.ada("blok-verifikator") || beranda.ada("blok-admin"),
                    "the pimpinan sees only the pimpinan's block");
            // the newest year first: 2020, computed now
            assertEquals("Capaian per sasaran 2020", beranda.judulCapaian());
            assertEquals(List.of("S1", "S2"), beranda.grafik("labels"));
            assertEquals(List.of("88.41", "86.36"), beranda.grafik("data"));
            assertEquals(List.of("88,41", "86,36"), kolom(beranda.sasaran(), 1));
            assertTrue(beranda.sebaran().startsWith("1 di atas 100 %\n7 sama dengan 100 %\n5 di bawah 100 %\n2 tanpa nilai"),
                    beranda.sebaran());
            assertEquals(7, beranda.perluPerhatian().size(), beranda.perluPerhatian().toString());

            // 2019: not fixed yet
            beranda.pilihTahun(2019);
            assertEquals("Belum ditetapkan (angka dihitung langsung)", beranda.asalAngka());
            assertEquals(List.of("104.93", "100.00"), beranda.grafik("data"));
            assertEquals(List.of("104,93", "100,00"), kolom(beranda.sasaran(), 1));
            assertEquals("BB", beranda.predikat());
            assertEquals("Tetapkan kinerja tahun 2019", beranda.tombolTetapkan());
            Tangkapan.simpan(pimpinan, "beranda-pimpinan");

            // a postback without the view state the server gave this page (a forged form) is refused: the browser is
            // sent to the "session ended" page and the year stays open
            beranda.palsukanViewState();
            beranda.tetapkanTahun();
            assertTrue(beranda.tungguSesiBerakhir().contains("Sesi berakhir"));
            assertEquals(404, Api.kirim("GET", "api/v1/kinerja/2019/selisih", token("pimpinan.tanjungpinang")).statusCode(),
                    "the forged postback must not fix 2019");

            // the real click, with its confirmation, fixes it
            pimpinan.get(Api.baseUrl());
            beranda.pilihTahun(2019);
            beranda.tetapkanTahun();
            org.openqa.selenium.support.ui.WebDriverWait tunggu =
                    new org.openqa.selenium.support.ui.WebDriverWait(pimpinan, java.time.Duration.ofSeconds(30));
            tunggu.until(d -> beranda.asalAngka().equals("Ditetapkan (snapshot)"));
            assertEquals("Kinerja tahun 2019 ditetapkan.", beranda.pesan());
            assertTrue(beranda.keteranganPenetapan().startsWith("Ditetapkan oleh pimpinan.tanjungpinang pada "),
                    beranda.keteranganPenetapan());
            assertFalse(beranda.ada("form-pimpinan:tetapkan"), "a fixed year offers no second fixing");
            assertEquals(List.of("104.93", "100.00"), beranda.grafik("data"), "the snapshot holds the same figures");
            JsonNode selisih = ok(Api.kirim("GET", "api/v1/kinerja/2019/selisih", token("pimpinan.tanjungpinang")), 200);
            assertEquals(0, selisih.get("jumlah").asInt(), selisih.toString());

            // the session's end is said clearly (the countdown shortened from 30 minutes to 1 second)
            beranda.akhiriSesiDalam(1);
            assertTrue(beranda.tungguSesiBerakhir().contains("terlalu lama tidak ada kegiatan"));
        } finally {
            pimpinan.quit();
        }
    }

    @Test
    void adminMelihatTemuanKualitasData() {
        WebDriver driver = Peramban.buka();
        try {
            HalamanBerandaPeran beranda = masuk(driver, "admin.tanjungpinang");
            assertEquals(PEMDA, beranda.namaPemda());
            assertEquals("13 temuan pada data pemda.", beranda.jumlahTemuan());
            List<List<String>> temuan = beranda.temuan();
            assertEquals(13, temuan.size());
            List<String> pemeriksaan = kolom(temuan, 1);
            assertEquals(2, pemeriksaan.stream().filter("target-bertentangan"::equals).count(), pemeriksaan.toString());
            assertEquals(5, pemeriksaan.stream().filter("target-di-bawah-realisasi-lalu"::equals).count(), pemeriksaan.toString());
            assertTrue(temuan.stream().anyMatch(t -> t.get(1).equals("target-bertentangan") && t.get(2).contains("IK-LPPD")),
                    temuan.toString());
            List<List<String>> pengguna = beranda.penggunaBeranda();
            assertTrue(pengguna.stream().anyMatch(u -> u.get(0).equals("admin.tanjungpinang") && u.get(3).equals("Aktif")),
                    pengguna.toString());
            assertTrue(pengguna.stream().allMatch(u -> u.get(0).endsWith(".tanjungpinang") || u.get(0).startsWith("uji.")),
                    pengguna.toString());
            assertFalse(beranda.ada("blok-operator") || beranda.ada("blok-verifikator") || beranda.ada("form-pimpinan"));
            Tangkapan.simpan(driver, "beranda-admin");
        } finally {
            driver.quit();
        }
    }

    /**
     * Two pimpinan of two pemda at the same time, each in their own browser: each start page names only its own pemda
     * and shows only its own figures; neither page holds the other's name or figures.
     */
    @Test
    void duaPemdaDuaPerambanMasingMasingHanyaMelihatMiliknya() {
        WebDriver kaltim = Peramban.buka();
        WebDriver pangkalpinang = Peramban.buka();
        try {
            HalamanBerandaPeran a = masuk(kaltim, "pimpinan.kaltim");
            HalamanBerandaPeran b = masuk(pangkalpinang, "pimpinan.pangkalpinang");
            for (int putaran = 0; putaran < 2; putaran++) {
                assertEquals("Provinsi Kalimantan Timur", a.namaPemda());
                assertEquals("Capaian per sasaran 2021", a.judulCapaian());
                assertEquals(List.of("SS1", "SS2", "SS3", "SS4"), a.grafik("labels"));
                assertEquals(List.of("102,69", "115,49", "100,76", "106,39"), kolom(a.sasaran(), 1));
                assertEquals("81,96 %", a.serapan());

                assertEquals("Kota Pangkalpinang", b.namaPemda());
                assertEquals("Capaian per sasaran 2021", b.judulCapaian());
                assertEquals(List.of("S1"), b.grafik("labels"));
                assertEquals(List.of("88,23"), kolom(b.sasaran(), 1));
                assertEquals("88,08 %", b.serapan());

                String halamanA = kaltim.getPageSource();
                String halamanB = pangkalpinang.getPageSource();
                for (String milikB : List.of("Pangkalpinang", "88,23", "88,08", "Laporan Kinerja PD yang Akuntabel")) {
                    assertFalse(halamanA.contains(milikB), "Kaltim's page shows Pangkalpinang's " + milikB);
                }
                for (String milikA : List.of("Kalimantan", "115,49", "81,96", "kualitas kebijakan perekonomian")) {
                    assertFalse(halamanB.contains(milikA), "Pangkalpinang's page shows Kaltim's " + milikA);
                }
                // once more after both have reloaded, interleaved
                kaltim.navigate().refresh();
                pangkalpinang.navigate().refresh();
            }
        } finally {
            kaltim.quit();
            pangkalpinang.quit();
        }
    }
}
