package id.akuntara.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Regression tests of issue 8 point 6: odd input is exit 2 with one Indonesian GALAT line, never a crash. */
class MasukanGanjilTest {

    private static final String JUDUL = "jenis;id;induk;uraian;polaritas;target;realisasi;tercetak\n";

    private record Hasil(int kode, String out, String err) {
        String semua() {
            return out + err;
        }
    }

    private static Hasil jalankan(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int kode = AkuntaraCli.commandLine().setOut(new PrintWriter(out)).setErr(new PrintWriter(err)).execute(args);
        return new Hasil(kode, out.toString(), err.toString());
    }

    private static void tanpaBocoran(Hasil h) {
        assertFalse(h.semua().contains("Exception") || h.semua().contains("\tat ") || h.semua().contains("is null"),
                h.semua());
    }

    @Test
    void parentCycleOfMeansIsAnErrorNotANullPointer(@TempDir Path dir) throws IOException {
        Path csv = dir.resolve("siklus.csv");
        Files.writeString(csv, JUDUL + "rata-rata;A;B;x;;;;100\nrata-rata;B;A;y;;;;100\ncapaian;C;A;z;naik;85;75;88,23\n");
        Hasil h = jalankan("reviu", csv.toString());
        tanpaBocoran(h);
        assertEquals(2, h.kode());
        assertTrue(h.out().contains("baris rata-rata tidak boleh memiliki induk"), h.out());
    }

    @Test
    void parentCycleOfBudgetRowsIsNamed(@TempDir Path dir) throws IOException {
        Path csv = dir.resolve("siklus.csv");
        Files.writeString(csv, JUDUL + "anggaran;A;B;x;;100;50;50\nanggaran;B;A;y;;100;50;50\n");
        Hasil h = jalankan("reviu", csv.toString());
        tanpaBocoran(h);
        assertEquals(2, h.kode());
        assertTrue(h.out().contains("induk membentuk siklus: A → B → A"), h.out());
        assertTrue(h.out().contains("induk membentuk siklus: B → A → B"), h.out());
    }

    @Test
    void deepJsonNestingIsAnErrorWithLineAndColumn(@TempDir Path dir) throws IOException {
        Path json = dir.resolve("dalam.json");
        Files.writeString(json, "[".repeat(100_000) + "]".repeat(100_000));
        Hasil h = jalankan("paket", "periksa", json.toString());
        tanpaBocoran(h);
        assertEquals(2, h.kode());
        assertTrue(h.err().contains("GALAT: berkas " + json) && h.err().contains("baris 1, kolom 66")
                && h.err().contains("bersarang terlalu dalam"), h.err());
    }

    @Test
    void latin1WorksheetIsNotUtf8WithItsLine(@TempDir Path dir) throws IOException {
        Path csv = dir.resolve("latin1.csv");
        Files.write(csv, (JUDUL + "capaian;A;;Capaian ékonomi;naik;85;75;88,23\n").getBytes(StandardCharsets.ISO_8859_1));
        Hasil h = jalankan("reviu", csv.toString());
        assertEquals(2, h.kode());
        assertEquals("", h.out());
        assertTrue(h.err().startsWith("GALAT: berkas " + csv + " baris 2: bukan teks UTF-8: byte 0xE9 di kolom 20"), h.err());
    }

    @Test
    void latin1PackageIsNotUtf8WithItsLine(@TempDir Path dir) throws IOException {
        Path json = dir.resolve("latin1.json");
        Files.write(json, "{\n  \"pemda\": \"Dénpasar\"\n}\n".getBytes(StandardCharsets.ISO_8859_1));
        Hasil h = jalankan("paket", "periksa", json.toString());
        assertEquals(2, h.kode());
        assertTrue(h.err().startsWith("GALAT: berkas " + json + " baris 2: bukan teks UTF-8"), h.err());
    }

    @Test
    void unterminatedQuoteNamesTheLineWhereItOpened(@TempDir Path dir) throws IOException {
        Path csv = dir.resolve("kutip.csv");
        Files.writeString(csv, JUDUL + "capaian;A;;ok;naik;85;75;88,24\ncapaian;B;;\"tidak ditutup;naik;85;75;88,23\n"
                + "capaian;C;;x;naik;85;75;88,23\ncapaian;D;;x;naik;85;75;1\n");
        Hasil h = jalankan("reviu", csv.toString());
        assertEquals(2, h.kode());
        assertTrue(h.err().startsWith("GALAT: berkas " + csv + " baris 3: tanda kutip dibuka di baris 3 tidak ditutup"),
                h.err());
    }

    @Test
    void binaryGarbageAndWrongColumnsAreNotNoFindings(@TempDir Path dir) throws IOException {
        Path sampah = dir.resolve("sampah.csv");
        byte[] b = new byte[3000];
        new java.util.Random(8).nextBytes(b);
        Files.write(sampah, b);
        Hasil h = jalankan("reviu", sampah.toString());
        assertEquals(2, h.kode());
        assertFalse(h.out().contains("Tidak ada temuan"), h.out());
        assertTrue(h.err().contains("GALAT"), h.err());

        Path kolom = dir.resolve("kolom.csv");
        Files.writeString(kolom, "a;b;c\n1;2;3\n");
        Hasil k = jalankan("reviu", kolom.toString());
        assertEquals(2, k.kode());
        assertFalse(k.out().contains("Tidak ada temuan"), k.out());
        assertTrue(k.out().contains("Tidak ada angka yang dapat diperiksa"), k.out());
        assertTrue(k.err().contains("tidak ada angka tercetak yang dapat diperiksa (1 baris data dibaca, 0 diperiksa"), k.err());

        Path judulSaja = dir.resolve("judul.csv");
        Files.writeString(judulSaja, JUDUL);
        assertEquals(2, jalankan("reviu", judulSaja.toString(), "--format", "json").kode());
    }

    @Test
    void extraCellOfAnUnquotedDecimalIsAnError(@TempDir Path dir) throws IOException {
        Path csv = dir.resolve("koma.csv");
        Files.writeString(csv, JUDUL.replace(';', ',') + "capaian,A,,x,naik,85,75,88,23\n");
        Hasil h = jalankan("reviu", csv.toString());
        assertEquals(2, h.kode());
        assertTrue(h.out().contains("sel ke-9 ('23') di luar 8 kolom baris judul"), h.out());
        assertFalse(h.out().contains("TEMUAN"), h.out());
    }

    @Test
    void nonXlsxNamedXlsxIsSaidInIndonesian(@TempDir Path dir) throws IOException {
        Path xlsx = dir.resolve("palsu.xlsx");
        Files.writeString(xlsx, "hello\n");
        Hasil h = jalankan("reviu", xlsx.toString());
        tanpaBocoran(h);
        assertEquals(2, h.kode());
        assertTrue(h.err().startsWith("GALAT: berkas " + xlsx + ": bukan berkas XLSX yang sah"), h.err());
        assertFalse(h.err().contains("OOXML"), h.err());
    }

    @Test
    void unknownCommandExitsTwoWithAnIndonesianMessage() {
        Hasil h = jalankan("sintetis");
        assertEquals(2, h.kode());
        assertTrue(h.err().startsWith("GALAT: perintah tidak dikenal: 'sintetis'. Perintah yang ada: reviu, hitung, paket, laporan."),
                h.err());
        assertFalse(h.err().contains("Unmatched"), h.err());
        Hasil kosong = jalankan();
        assertEquals(2, kosong.kode());
        assertTrue(kosong.err().startsWith("GALAT: sebutkan perintah"), kosong.err());
        assertEquals(0, jalankan("--help").kode());
        Hasil format = jalankan("reviu", "x.csv", "--format", "xml");
        assertEquals(2, format.kode());
        assertTrue(format.err().startsWith("GALAT: nilai 'xml' tidak sah untuk --format. Pilihan: json, teks."), format.err());
    }

    @Test
    void duplicateKeyAndTrailingContentOfAPackageAreErrors(@TempDir Path dir) throws IOException {
        Path json = dir.resolve("ganda.json");
        Files.writeString(json, "{\"pemda\": \"a\", \"pemda\": \"b\"}");
        Hasil h = jalankan("paket", "periksa", json.toString());
        assertEquals(2, h.kode());
        assertTrue(h.out().contains("kolom \"pemda\" muncul lebih dari sekali"), h.out());
        Files.writeString(json, "{\"pemda\": \"a\"} x");
        Hasil ekor = jalankan("paket", "periksa", json.toString());
        assertEquals(2, ekor.kode());
        assertTrue(ekor.out().contains("baris 1"), ekor.out());
    }
}
