package id.akuntara.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * {@code akuntara paket daftar | hitung --pemda | periksa --pemda}, in-process, on the synthetic built-in package
 * {@code kab-contoh} (shipped by the test plugin {@link KabupatenUjiPlugin}); the region packages have their own
 * tests in {@code wilayah/}.
 */
class PaketBawaanCommandTest {

    private static String[] jalankan(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int kode = AkuntaraCli.commandLine().setOut(new PrintWriter(out)).setErr(new PrintWriter(err)).execute(args);
        return new String[]{String.valueOf(kode), out.toString(), err.toString()};
    }

    @Test
    void salinanPaketUjiSamaDenganPaketCore() throws IOException {
        assertArrayEquals(Files.readAllBytes(Path.of("..", "core", "src", "test", "resources", "paket", "kab-contoh.json")),
                Files.readAllBytes(Path.of("src", "test", "resources", "paket-uji", "kab-contoh.json")));
    }

    @Test
    void daftarMemuatPaketBawaanDenganKodeNamaTingkatDanPlugin() throws IOException {
        String[] h = jalankan("paket", "daftar", "--format", "json");
        assertEquals("0", h[0], h[2]);
        JsonNode daftar = new ObjectMapper().readTree(h[1]);
        JsonNode contoh = null;
        for (JsonNode e : daftar) {
            assertFalse(e.get("kode").asText().isBlank());
            assertTrue(e.get("sumber").asText().endsWith(".json"));
            if (e.get("kode").asText().equals("kab-contoh")) {
                contoh = e;
            }
        }
        assertTrue(contoh != null, h[1]);
        assertEquals("Kabupaten Contoh", contoh.get("nama").asText());
        assertEquals("KABUPATEN", contoh.get("tingkat").asText());
        assertEquals("kabupaten-uji", contoh.get("plugin").asText());

        String[] teks = jalankan("paket", "daftar");
        assertTrue(teks[1].contains("KODE") && teks[1].contains("kab-contoh") && teks[1].contains("Kabupaten Contoh"), teks[1]);
    }

    @Test
    void hitungJsonDenganAngkaIndonesia() throws IOException {
        String[] h = jalankan("paket", "hitung", "--pemda", "kab-contoh", "--tahun", "2022", "--format", "json");
        assertEquals("0", h[0], h[2]);
        JsonNode j = new ObjectMapper().readTree(h[1]);
        assertEquals("kab-contoh", j.get("pemda").asText());
        assertEquals("PK", j.get("kebijakan").get("sumberTarget").asText());
        JsonNode ikm = cari(j.get("indikator"), "KC-IKM");
        // PK target 81, realisasi 85,05 → 105,00; Sangat Baik (> 100); field names are the read model's (REST's)
        assertEquals("PK", ikm.get("target").get("sumber").asText());
        assertEquals("81", ikm.get("target").get("tampil").asText());
        assertEquals("85,05", ikm.get("realisasi").get("tampil").asText());
        assertEquals("105,00", ikm.get("capaian").get("tampil").asText());
        assertEquals(0, new java.math.BigDecimal("105").compareTo(ikm.get("capaian").get("nilai").decimalValue()));
        assertEquals("Sangat Baik", ikm.get("predikat").asText());
        assertEquals("terhitung", ikm.get("capaian").get("status").asText());
        assertEquals("capaian/KC-IKM/TAHUNAN", ikm.get("capaian").get("jejak").asText());
        // lower is better: (2 × 5,8 − 6,1) / 5,8 = 94,83 → Baik
        JsonNode miskin = cari(j.get("indikator"), "KC-MISKIN");
        assertEquals("94,83", miskin.get("capaian").get("tampil").asText());
        assertEquals("Baik", miskin.get("predikat").asText());
        // S1 = mean(105,00; 94,83) = 99,915 → 99,92 (members rounded first)
        assertEquals("99,92", cari(j.get("sasaran"), "S1").get("capaian").get("tampil").asText());
        // P1 = Σ kegiatan 900.000.000 / 1.000.000.000
        JsonNode p1 = cari(j.get("anggaran").get("pos"), "P1");
        assertEquals(0, new java.math.BigDecimal("1000000000").compareTo(p1.get("pagu").decimalValue()));
        assertEquals("90,00", p1.get("serapan").get("tampil").asText());
        // every figure has its trace: rule and inputs
        JsonNode jejak = cari(j.get("jejak"), "capaian/KC-IKM/TAHUNAN", "id");
        assertEquals("CAPAIAN_NAIK", jejak.get("aturan").asText());
        assertEquals("81", jejak.get("masukan").get("target").asText());

        String[] teks = jalankan("paket", "hitung", "--pemda", "kab-contoh", "--tahun", "2022");
        assertEquals("0", teks[0]);
        assertTrue(teks[1].contains("INDIKATOR") && teks[1].contains("105,00") && teks[1].contains("1.000.000.000")
                && teks[1].contains("SASARAN") && teks[1].contains("ANGGARAN"), teks[1]);
    }

    @Test
    void tahunYangTidakAdaKeluarDuaDenganTahunYangAda() {
        String[] h = jalankan("paket", "hitung", "--pemda", "kab-klungkung", "--tahun", "2030");
        assertEquals("2", h[0], h[1]);
        assertEquals("", h[1]);
        assertTrue(h[2].contains("tidak memuat tahun 2030") && h[2].contains("2018, 2019, 2020"), h[2]);
    }

    @Test
    void periksaPemdaDenganTemuanGalatKeluarSatu() throws IOException {
        String[] h = jalankan("paket", "periksa", "--pemda", "kab-contoh", "--format", "json");
        // PK-2022-SEKDA states 1.600.000.000 for programs summing to 1.500.000.000: pk-jumlah-program (GALAT)
        assertEquals("1", h[0], h[1] + h[2]);
        JsonNode j = new ObjectMapper().readTree(h[1]);
        assertEquals(1, j.get("ringkasan").get("GALAT").asInt(), h[1]);
        JsonNode t = j.get("temuan").get(0);
        assertEquals("pk-jumlah-program", t.get("idPemeriksaan").asText());
        assertEquals("GALAT", t.get("keparahan").asText());
        assertTrue(t.get("deskripsi").asText().contains("Rp 1.500.000.000"), t.toString());
        assertEquals("$.perjanjianKinerja[0].totalTertulis", t.get("rujukan").get(0).asText());

        String[] teks = jalankan("paket", "periksa", "--pemda", "kab-contoh");
        assertEquals("1", teks[0]);
        assertTrue(teks[1].contains("[GALAT] pk-jumlah-program"), teks[1]);
    }

    @Test
    void pemdaTidakDikenalDanArgumenSalahKeluarDua() {
        String[] h = jalankan("paket", "hitung", "--pemda", "kota-atlantis", "--tahun", "2021", "--format", "json");
        assertEquals("2", h[0]);
        assertTrue(h[2].contains("kota-atlantis") && h[2].contains("kab-contoh"), h[2]);
        assertEquals("2", jalankan("paket", "periksa", "--pemda", "kota-atlantis")[0]);
        String[] keduanya = jalankan("paket", "periksa", "berkas.json", "--pemda", "kab-contoh");
        assertEquals("2", keduanya[0]);
        assertTrue(keduanya[2].contains("tepat salah satu"), keduanya[2]);
        assertEquals("2", jalankan("paket", "periksa")[0]);
    }

    private static JsonNode cari(JsonNode daftar, String kode) {
        return cari(daftar, kode, "kode");
    }

    private static JsonNode cari(JsonNode daftar, String kode, String medan) {
        for (JsonNode n : daftar) {
            if (n.get(medan).asText().equals(kode)) {
                return n;
            }
        }
        throw new AssertionError(kode + " tidak ada dalam " + daftar);
    }
}
