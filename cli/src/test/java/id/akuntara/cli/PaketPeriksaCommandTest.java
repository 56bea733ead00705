package id.akuntara.cli;

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

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** {@code akuntara paket periksa}: no database, exit 0 valid / 2 invalid, errors with JSON path. */
class PaketPeriksaCommandTest {

    private static final Path CONTOH = Path.of("..", "core", "src", "test", "resources", "paket", "contoh-prov-kaltim.json");

    private static String[] jalankan(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int kode = AkuntaraCli.commandLine().setOut(new PrintWriter(out)).setErr(new PrintWriter(err)).execute(args);
        return new String[]{String.valueOf(kode), out.toString(), err.toString()};
    }

    @Test
    void paketSah() throws IOException {
        String[] h = jalankan("paket", "periksa", CONTOH.toString(), "--format", "json");
        assertEquals("0", h[0], h[1] + h[2]);
        JsonNode json = new ObjectMapper().readTree(h[1]);
        assertTrue(json.get("sah").asBoolean());
        assertEquals(0, json.get("jumlahGalat").asInt());
    }

    @Test
    void paketTidakSah(@TempDir Path dir) throws IOException {
        String isi = Files.readString(CONTOH, StandardCharsets.UTF_8)
                .replace("\"nip\" : \"196410281990031009\"", "\"nip\" : \"1964102819900310\"")
                .replace("\"paguMurni\" : 5499404800", "\"paguMurni\" : -1");
        Path berkas = dir.resolve("rusak.json");
        Files.writeString(berkas, isi, StandardCharsets.UTF_8);
        String[] h = jalankan("paket", "periksa", berkas.toString(), "--format", "json");
        assertEquals("2", h[0]);
        JsonNode json = new ObjectMapper().readTree(h[1]);
        assertEquals(false, json.get("sah").asBoolean());
        assertEquals(2, json.get("jumlahGalat").asInt(), h[1]);
        assertTrue(json.get("galat").get(0).get("jalur").asText().startsWith("$."));
        String[] teks = jalankan("paket", "periksa", berkas.toString());
        assertEquals("2", teks[0]);
        assertTrue(teks[1].contains("NIP tidak sah") && teks[1].contains("Pagu murni tidak boleh negatif"), teks[1]);
    }

    @Test
    void berkasTidakAda() {
        assertEquals("2", jalankan("paket", "periksa", "tidak-ada.json")[0]);
    }
}
