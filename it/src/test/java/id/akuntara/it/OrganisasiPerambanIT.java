package id.akuntara.it;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;

import org.apache.poi.xwpf.extractor.XWPFWordExtractor;
import org.apache.poi.xwpf.usermodel.XWPFDocument;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * organisasi.xhtml in Debian's Chromium (issue 13, point 1 and its "done when"): Klungkung's admin splits the Bagian
 * Organisasi into two from 1 July 2021 with its legal basis (refused first without one), and changes the Sekda to a
 * Plt. from the same day (a second definitif is refused naming the holder); the tree before the date still shows the
 * old Bagian and Winastra, after it the two new Bagian and the Plt.; and the PK 2020 (PK-2020-SETDA-P), its data and its
 * document, still names Winastra as its first party (the PK keeps the assignment that signed it). Operator reads without the edit buttons,
 * kementerian gets the 403 page; over the API operator gets 403 on a write and Kaltim's admin 404 on Klungkung's
 * unit. Data used by no other IT: Klungkung's BAG-ORG and SEKDA, pegawai NIP 19750312 200003 1 004.
 */
@UjiIntegrasi
class OrganisasiPerambanIT {

    private static final String WINASTRA = "Ir. I. Gede Putu Winastra, M.MA";
    private static final String PLT = "Dr. I Made Uji Coba, S.H.";
    private static final String DASAR = "Perbup Klungkung 12/2021";

    @BeforeAll
    static void perambanTersedia() {
        Peramban.wajibTersedia();
    }

    @Test
    void adminMerestrukturisasiDanMenunjukPltPkLamaTetapMenyebutPejabatLama() throws IOException {
        WebDriver driver = Peramban.buka();
        try {
            driver.get(Api.baseUrl());
            new HalamanLogin(driver).masukSebagai("admin.klungkung", Keycloak.PASSWORD);
            HalamanOrganisasi.buka(driver);
            HalamanOrganisasi h = new HalamanOrganisasi(driver);
            assertEquals("Struktur organisasi", h.judul());
            assertFalse(driver.findElements(By.id("menu-organisasi")).isEmpty(), "tautan menu");
            assertTrue(h.bolehMengubah());

            h.padaTanggal("2021-06-30");
            Tangkapan.simpan(driver, "organisasi-sebelum");
            assertTrue(h.kodeUnit().containsAll(List.of("SETDA", "BAG-ORG")), h.kodeUnit().toString());
            assertEquals(1, h.pemegang("SEKDA").size(), h.pemegang("SEKDA").toString());
            assertTrue(h.pemegang("SEKDA").get(0).startsWith("Sekretaris Daerah Kabupaten Klungkung: " + WINASTRA),
                    h.pemegang("SEKDA").toString());

            // the split without a legal basis: refused next to the field, nothing changed
            h.pecah("BAG-ORG", "2021-07-01", null, "BAG-ORG-KLB", "Bagian Kelembagaan dan Analisis Jabatan",
                    "BAG-ORG-RB", "Bagian Reformasi Birokrasi dan Tata Laksana");
            assertTrue(h.dialogTerbuka("dlg-ubah"));
            assertTrue(h.pesanDi("f-ubah:dasar").contains("Dasar hukum wajib diisi"), h.pesanDi("f-ubah:dasar"));
            // with it: saved
            h.pecah("BAG-ORG", "2021-07-01", DASAR, "BAG-ORG-KLB", "Bagian Kelembagaan dan Analisis Jabatan",
                    "BAG-ORG-RB", "Bagian Reformasi Birokrasi dan Tata Laksana");
            assertTrue(h.pesan().contains("Perubahan unit disimpan"), h.pesan());
            assertTrue(h.kodeUnit().contains("BAG-ORG") && !h.kodeUnit().contains("BAG-ORG-KLB"), "30 Juni: " + h.kodeUnit());
            List<List<String>> riwayat = h.riwayat();
            assertEquals(2, riwayat.stream().filter(r -> r.get(0).equals("2021-07-01") && r.get(2).startsWith("BAG-ORG ")
                    && r.get(4).equals(DASAR)).count(), riwayat.toString());

            h.padaTanggal("2021-07-01");
            List<String> juli = h.kodeUnit();
            assertTrue(juli.containsAll(List.of("BAG-ORG-KLB", "BAG-ORG-RB")) && !juli.contains("BAG-ORG"), juli.toString());

            // a new pegawai: every NIP finding next to the field, then a valid one
            h.tambahPegawai(PLT, "19751312 200003 3 000");
            String nip = h.pesanDi("f-pegawai:pg-nip");
            assertTrue(nip.contains("bukan tanggal lahir yang sah") && nip.contains("jenis kelamin") && nip.contains("000"), nip);
            h.tambahPegawai(PLT, "19750312 200003 1 004");
            assertTrue(h.pesan().contains("Pegawai disimpan"), h.pesan());

            // a second definitif Sekda is refused naming the holder
            h.tugaskan("SEKDA —", "197503122000031004", "Definitif", "sekda-uji-coba", "2021-07-01");
            String tolak = h.pesanDi("f-tugas:umum");
            assertTrue(tolak.contains(WINASTRA) && tolak.contains("sekda-winastra") && tolak.contains("2020-01-01"), tolak);
            // the officeholder change: Winastra ends on 30 June, a Plt. from 1 July
            driver.navigate().refresh();
            h.padaTanggal("2021-07-01");
            h.akhiri("Sekretaris Daerah Kabupaten Klungkung — " + WINASTRA, "2021-06-30");
            assertTrue(h.pesan().contains("Penugasan diakhiri"), h.pesan());
            assertTrue(h.pemegang("SEKDA").isEmpty(), h.pemegang("SEKDA").toString());
            h.tugaskan("SEKDA —", "197503122000031004", "Plt.", "plt-sekda-uji-coba", "2021-07-01");
            assertTrue(h.pesan().contains("Penugasan disimpan"), h.pesan());
            assertEquals(1, h.pemegang("SEKDA").size());
            assertTrue(h.pemegang("SEKDA").get(0).startsWith("Plt. Sekretaris Daerah Kabupaten Klungkung: " + PLT),
                    h.pemegang("SEKDA").toString());
            Tangkapan.simpan(driver, "organisasi");

            // before the date: the old structure and people
            h.padaTanggal("2021-06-30");
            assertTrue(h.kodeUnit().contains("BAG-ORG"), h.kodeUnit().toString());
            assertTrue(h.pemegang("SEKDA").get(0).startsWith("Sekretaris Daerah Kabupaten Klungkung: " + WINASTRA),
                    h.pemegang("SEKDA").toString());
        } finally {
            driver.quit();
        }
        // the PK of the earlier date still names the earlier holder (the PK keeps the assignment that signed it)
        JsonNode pk = Api.get("api/v1/perjanjian-kinerja/PK-2020-SETDA-P", Keycloak.token("admin.klungkung")).json();
        assertEquals(WINASTRA, pk.get("pihakPertama").get("nama").asText(), pk.toString());
        assertEquals("Sekretaris Daerah Kabupaten Klungkung", pk.get("pihakPertama").get("sebutan").asText());
        assertEquals("sekda-winastra", pk.get("pihakPertama").get("penugasan").asText());
        // and so does the PK document itself
        LaporanIT.Berkas dokumen = LaporanIT.unduh("api/v1/laporan/2020/pk/PK-2020-SETDA-P?format=docx",
                Keycloak.token("admin.klungkung"));
        assertEquals(200, dokumen.status(), dokumen.teks());
        try (var doc = new XWPFDocument(new ByteArrayInputStream(dokumen.isi())); var ex = new XWPFWordExtractor(doc)) {
            String t = ex.getText().replaceAll("\\s+", " ");
            assertTrue(t.contains(WINASTRA) && t.contains("Sekretaris Daerah Kabupaten Klungkung"), t);
            assertFalse(t.contains(PLT) || t.contains("Plt. Sekretaris"), t);
        }
    }

    @Test
    void operatorMembacaTanpaMengubahKementerianDitolak() {
        WebDriver driver = Peramban.buka();
        try {
            driver.get(Api.baseUrl());
            new HalamanLogin(driver).masukSebagai("operator.klungkung", Keycloak.PASSWORD);
            HalamanOrganisasi.buka(driver);
            HalamanOrganisasi h = new HalamanOrganisasi(driver);
            assertEquals("Struktur organisasi", h.judul());
            assertFalse(h.bolehMengubah(), "tanpa tombol ubah untuk operator");
            assertTrue(h.kodeUnit().contains("SETDA"), h.kodeUnit().toString());
        } finally {
            driver.quit();
        }
        WebDriver lain = Peramban.buka();
        try {
            lain.get(Api.baseUrl());
            new HalamanLogin(lain).masukSebagai("kementerian", Keycloak.PASSWORD);
            assertTrue(lain.findElements(By.id("menu-organisasi")).isEmpty(), "tanpa tautan menu untuk kementerian");
            HalamanOrganisasi.buka(lain);
            assertEquals("Akses ditolak", lain.findElement(By.id("terlarang")).getText());
        } finally {
            lain.quit();
        }
    }

    @Test
    void apiOperatorTidakMenulisPemdaLain404() {
        String isi = "{\"tanggal\":\"2021-07-01\",\"dasarHukum\":\"" + DASAR + "\"}";
        assertEquals(403, Api.kirimJson("POST", "api/v1/organisasi/unit/BAG-UMUM/tutup", Keycloak.token("operator.klungkung"),
                isi).statusCode());
        assertEquals(404, Api.kirimJson("POST", "api/v1/organisasi/unit/BAG-UMUM/tutup", Keycloak.token("admin.kaltim"),
                isi).statusCode());
        Api.Jawaban pohon = Api.get("api/v1/organisasi?tanggal=2021-06-30", Keycloak.token("verifikator.klungkung"));
        assertEquals(200, pohon.status(), pohon.body());
        assertEquals("2021-06-30", pohon.json().get("tanggal").asText());
        assertFalse(pohon.body().contains("B-PBJ"), "hanya unit Klungkung");
    }
}
