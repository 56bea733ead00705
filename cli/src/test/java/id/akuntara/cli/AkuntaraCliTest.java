package id.akuntara.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Runs the CLI in-process (picocli {@code CommandLine.execute}) with captured output. */
class AkuntaraCliTest {

    /** The seed worksheets live with the core tests; Maven runs this test with the cli module as working dir. */
    private static final Path SEED = Path.of("..", "core", "src", "test", "resources", "reviu");
    private static final ObjectMapper JSON = new ObjectMapper();

    private record Hasil(int kode, String out, String err) {
        JsonNode json() throws IOException {
            return JSON.readTree(out);
        }
    }

    private static Hasil jalankan(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int kode = AkuntaraCli.commandLine().setOut(new PrintWriter(out)).setErr(new PrintWriter(err)).execute(args);
        return new Hasil(kode, out.toString(), err.toString());
    }

    @Test
    void hitungCapaianLowerIsBetter() {
        Hasil h = jalankan("hitung", "capaian", "--polaritas", "turun", "--target", "4,34", "--realisasi", "5,4");
        assertEquals(0, h.kode());
        assertEquals("75,58", h.out().strip());
    }

    @Test
    void hitungCapaianTruncatedAndNotComputable() {
        assertEquals("88,23", jalankan("hitung", "capaian", "--polaritas", "naik", "--target", "85", "--realisasi", "75",
                "--potong").out().strip());
        Hasil nol = jalankan("hitung", "capaian", "--polaritas", "naik", "--target", "0", "--realisasi", "5");
        assertEquals(1, nol.kode());
        assertTrue(nol.out().startsWith("tidak-dapat-dihitung"));
        Hasil ambigu = jalankan("hitung", "capaian", "--polaritas", "naik", "--target", "3.095", "--realisasi", "3,0885");
        assertEquals(2, ambigu.kode());
        assertTrue(ambigu.err().contains("--target") && ambigu.err().contains("ambigu"), ambigu.err());
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource({
            "pangkalpinang-tabel-3.2.csv, 1, 1",
            "pangkalpinang-tabel-3.3.csv, 1, 1",
            "pangkalpinang-tabel-3.4.csv, 1, 6",
            "klungkung-tabel-3.1.csv, 0, 0",
            "klungkung-tabel-3.3.csv, 0, 0",
            "klungkung-tabel-3.5.csv, 1, 1",
            "kaltim-tabel-3.3.csv, 1, 1",
            "kaltim-tabel-3.19.csv, 1, 2",
            "kaltim-tabel-3.21.csv, 1, 1",
            "kaltim-tabel-3.22.csv, 1, 1",
            "tanjungpinang-tabel-3.3.csv, 1, 2",
    })
    void reviuSeedWorksheetsAsJson(String berkas, int kode, int temuan) throws IOException {
        Hasil h = jalankan("reviu", SEED.resolve(berkas).toString(), "--format", "json");
        assertEquals(kode, h.kode(), h.err());
        JsonNode json = h.json();
        assertEquals(temuan, json.at("/ringkasan/temuan").asInt());
        assertEquals(temuan, json.get("temuan").size());
        assertEquals(0, json.at("/ringkasan/galat").asInt());
        assertEquals(0, json.get("galat").size());
    }

    @Test
    void reviuJsonContentForPangkalpinangBudget() throws IOException {
        JsonNode json = jalankan("reviu", SEED.resolve("pangkalpinang-tabel-3.4.csv").toString(), "--format", "json").json();
        assertEquals(87, json.at("/ringkasan/baris").asInt());
        assertEquals(34, json.at("/ringkasan/diperiksa").asInt());
        JsonNode pertama = json.get("temuan").get(0);
        assertEquals(2, pertama.get("baris").asInt());
        assertEquals("TOTAL-2021", pertama.get("id").asText());
        assertEquals("serapan", pertama.get("aturan").asText());
        assertTrue(pertama.get("tercetak").isTextual());
        assertEquals("83,32", pertama.get("tercetak").asText());
        assertEquals("88,02", pertama.get("dihitung").asText());
        assertEquals("salah", pertama.get("jenis").asText());
    }

    @Test
    void tanpaPembulatanDuluChangesKlungkungsMean() throws IOException {
        Hasil h = jalankan("reviu", SEED.resolve("klungkung-tabel-3.3.csv").toString(), "--format", "json",
                "--tanpa-pembulatan-dulu");
        assertEquals(1, h.kode());
        JsonNode t = h.json().get("temuan").get(0);
        assertEquals("rata-rata", t.get("aturan").asText());
        assertEquals("110,21", t.get("tercetak").asText());
        assertEquals("110,20", t.get("dihitung").asText());
    }

    @Test
    void erroneousInputExitsTwoNamingRowsAndColumns(@TempDir Path dir) throws IOException {
        Path csv = dir.resolve("rusak.csv");
        Files.writeString(csv, "jenis;id;induk;uraian;polaritas;target;realisasi;tercetak\n"
                + "capaian;A;;ok;naik;85;75;88,23\n"
                + "capaian;B;;x;naik;33.34;75;1\n"
                + "capaian;A;;x;naik;1;1;100\n"
                + "anggaran;C;TIDAK-ADA;x;;100;50;50\n", StandardCharsets.UTF_8);
        Hasil h = jalankan("reviu", csv.toString(), "--format", "json");
        assertEquals(2, h.kode());
        JsonNode json = h.json();
        assertEquals(3, json.at("/ringkasan/galat").asInt());
        assertEquals(3, json.get("galat").get(0).get("baris").asInt());
        assertEquals("target", json.get("galat").get(0).get("kolom").asText());
        assertEquals(4, json.get("galat").get(1).get("baris").asInt());
        assertEquals("id", json.get("galat").get(1).get("kolom").asText());
        assertEquals(5, json.get("galat").get(2).get("baris").asInt());
        assertEquals("induk", json.get("galat").get(2).get("kolom").asText());
        // the row without errors is still checked
        assertEquals(1, json.at("/ringkasan/temuan").asInt());
        assertEquals("pembulatan", json.get("temuan").get(0).get("jenis").asText());
    }

    @Test
    void missingColumnAndMissingFile(@TempDir Path dir) throws IOException {
        Path csv = dir.resolve("kolom.csv");
        Files.writeString(csv, "jenis;id;uraian;polaritas;target;realisasi;tercetak\ncapaian;A;x;naik;10;5;50\n");
        Hasil h = jalankan("reviu", csv.toString(), "--format", "json");
        assertEquals(2, h.kode());
        assertEquals("induk", h.json().get("galat").get(0).get("kolom").asText());
        assertEquals(1, h.json().get("galat").get(0).get("baris").asInt());
        Hasil tidakAda = jalankan("reviu", dir.resolve("tidak-ada.csv").toString());
        assertEquals(2, tidakAda.kode());
        assertTrue(tidakAda.err().contains("tidak ditemukan"));
    }

    @Test
    void readableTableInIndonesian() {
        Hasil h = jalankan("reviu", SEED.resolve("kaltim-tabel-3.3.csv").toString());
        assertEquals(1, h.kode());
        assertTrue(h.out().contains("TEMUAN"));
        assertTrue(h.out().contains("KT-IKU-10"));
        assertTrue(h.out().contains("103,24") && h.out().contains("103,51"));
        Hasil bersih = jalankan("reviu", SEED.resolve("kaltim-tabel-3.4.csv").toString());
        assertEquals(0, bersih.kode());
        assertTrue(bersih.out().contains("Tidak ada temuan"));
    }
}
