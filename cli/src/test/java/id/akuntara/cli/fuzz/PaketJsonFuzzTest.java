package id.akuntara.cli.fuzz;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code akuntara paket periksa FILE.json} on 1 000 hostile packages generated deterministically from the example
 * packages (core/src/test/resources/paket): byte flips, truncation, 100 000-deep nesting, huge numbers, Latin-1 and
 * UTF-16, random bytes, duplicated keys and records, parent cycles, values of the wrong type, empty files.
 */
class PaketJsonFuzzTest {

    static final int JUMLAH = 1_000;
    private static final ObjectMapper JSON = new ObjectMapper();

    enum Mutasi { BALIK_BYTE, POTONG, BERSARANG, ANGKA_RAKSASA, ENKODE_LAIN, BYTE_ACAK, KUNCI_GANDA, REKAMAN_GANDA,
        SIKLUS, TIPE_SALAH, HAPUS_KOLOM, KOSONG, EKOR }

    @Test
    void hostilePackagesNeverCrash(@TempDir Path dir) throws IOException {
        List<String> benih = new ArrayList<>();
        for (Path p : JalankanCli.berkas("core/src/test/resources/paket", ".json")) {
            benih.add(Files.readString(p));
        }
        Random acak = new Random(8_062_024L);
        Map<Mutasi, Integer> kali = new EnumMap<>(Mutasi.class);
        Map<Integer, Integer> kode = new TreeMap<>();
        long mulai = System.nanoTime();
        for (int i = 0; i < JUMLAH; i++) {
            String asal = benih.get(acak.nextInt(benih.size()));
            Mutasi m = Mutasi.values()[acak.nextInt(Mutasi.values().length)];
            kali.merge(m, 1, Integer::sum);
            Path f = dir.resolve("fuzz-" + i + ".json");
            Files.write(f, mutasi(m, asal, acak));
            JalankanCli.Hasil h = acak.nextBoolean() ? JalankanCli.jalankan("paket", "periksa", f.toString())
                    : JalankanCli.jalankan("paket", "periksa", f.toString(), "--format", "json");
            kode.merge(h.kode(), 1, Integer::sum);
            JalankanCli.patuhi(h, "berkas " + i + " (" + m + ")");
        }
        System.out.printf("PaketJsonFuzzTest: %d berkas dalam %d ms, kode keluar %s, mutasi %s%n", JUMLAH,
                (System.nanoTime() - mulai) / 1_000_000, kode, kali);
        assertEquals(Mutasi.values().length, kali.size());
    }

    static byte[] mutasi(Mutasi m, String asal, Random acak) throws IOException {
        byte[] isi = asal.getBytes(StandardCharsets.UTF_8);
        return switch (m) {
            case BALIK_BYTE -> {
                for (int n = 1 + acak.nextInt(6); n > 0; n--) {
                    isi[acak.nextInt(isi.length)] = (byte) acak.nextInt(256);
                }
                yield isi;
            }
            case POTONG -> java.util.Arrays.copyOf(isi, acak.nextInt(isi.length));
            case BERSARANG -> {
                int n = List.of(65, 1_000, 100_000).get(acak.nextInt(3));
                String buka = acak.nextBoolean() ? "[" : "{\"a\":";
                String tutup = buka.equals("[") ? "]" : "}";
                String dalam = buka.repeat(n) + "1" + tutup.repeat(acak.nextInt(4) == 0 ? n / 2 : n);
                yield acak.nextBoolean() ? dalam.getBytes(StandardCharsets.UTF_8)
                        : asal.replaceFirst("\\{", "{\"x\":" + dalam.replace("$", "\\$") + ",").getBytes(StandardCharsets.UTF_8);
            }
            case ANGKA_RAKSASA -> ubahPohon(asal, acak, node -> List.<JsonNode>of(
                    JSON.getNodeFactory().numberNode(new BigDecimal("1e999999999")),
                    JSON.getNodeFactory().numberNode(new BigDecimal("-1e-999999999")),
                    JSON.getNodeFactory().numberNode(new BigDecimal("9".repeat(900))),
                    JSON.getNodeFactory().numberNode(Long.MIN_VALUE),
                    JSON.getNodeFactory().numberNode(2_147_483_648L)).get(acak.nextInt(5)));
            case ENKODE_LAIN -> (asal.replaceFirst("\"pemda\"\\s*:\\s*\"", "\"pemda\": \"Dénpasar-")).getBytes(
                    List.of(StandardCharsets.ISO_8859_1, StandardCharsets.UTF_16, StandardCharsets.UTF_16BE).get(acak.nextInt(3)));
            case BYTE_ACAK -> {
                byte[] b = new byte[acak.nextInt(2048)];
                acak.nextBytes(b);
                yield b;
            }
            case KUNCI_GANDA -> asal.replaceFirst("\"pemda\"", "\"pemda\": \"ganda\", \"pemda\"").getBytes(StandardCharsets.UTF_8);
            case REKAMAN_GANDA -> ubahPohon(asal, acak, node -> null, true);
            case SIKLUS -> siklus(asal, acak);
            case TIPE_SALAH -> ubahPohon(asal, acak, node -> List.<JsonNode>of(JSON.getNodeFactory().nullNode(),
                    JSON.getNodeFactory().textNode("x"), JSON.getNodeFactory().booleanNode(true), JSON.createArrayNode(),
                    JSON.createObjectNode(), JSON.getNodeFactory().numberNode(-1)).get(acak.nextInt(6)));
            case HAPUS_KOLOM -> ubahPohon(asal, acak, node -> com.fasterxml.jackson.databind.node.MissingNode.getInstance());
            case KOSONG -> List.of("", " ", "null", "[]", "{}", "\uFEFF", "\"teks\"", "0").get(acak.nextInt(8))
                    .getBytes(StandardCharsets.UTF_8);
            case EKOR -> (asal + List.of("}", "{}", "x", "\u0000", "// komentar").get(acak.nextInt(5)))
                    .getBytes(StandardCharsets.UTF_8);
        };
    }

    private static byte[] ubahPohon(String asal, Random acak, java.util.function.Function<JsonNode, JsonNode> ganti)
            throws IOException {
        return ubahPohon(asal, acak, ganti, false);
    }

    /** Replaces (or removes, or duplicates within its array) one random value of the package tree. */
    private static byte[] ubahPohon(String asal, Random acak, java.util.function.Function<JsonNode, JsonNode> ganti,
            boolean gandakan) throws IOException {
        JsonNode akar = JSON.readTree(asal);
        JsonNode induk = akar;
        for (int langkah = 0; langkah < 1 + acak.nextInt(4) && induk.size() > 0; langkah++) {
            JsonNode anak = induk.get(acak.nextInt(induk.size()));
            if (induk.isObject()) {
                List<String> nama = new ArrayList<>();
                induk.fieldNames().forEachRemaining(nama::add);
                anak = induk.get(nama.get(acak.nextInt(nama.size())));
            }
            if (anak == null || !anak.isContainerNode() || anak.size() == 0) {
                break;
            }
            induk = anak;
        }
        if (induk instanceof ArrayNode a && a.size() > 0) {
            int i = acak.nextInt(a.size());
            if (gandakan) {
                a.add(a.get(i).deepCopy());
            } else {
                JsonNode baru = ganti.apply(a.get(i));
                if (baru.isMissingNode()) {
                    a.remove(i);
                } else {
                    a.set(i, baru);
                }
            }
        } else if (induk instanceof ObjectNode o && o.size() > 0) {
            List<String> nama = new ArrayList<>();
            o.fieldNames().forEachRemaining(nama::add);
            String k = nama.get(acak.nextInt(nama.size()));
            JsonNode baru = gandakan ? o.get(k).deepCopy() : ganti.apply(o.get(k));
            if (baru.isMissingNode()) {
                o.remove(k);
            } else {
                o.set(gandakan ? k + "Ganda" : k, baru);
            }
        }
        return JSON.writeValueAsBytes(akar);
    }

    /** Every object with a "kode" and a parent-like field gets the code of another such object as parent. */
    private static byte[] siklus(String asal, Random acak) throws IOException {
        JsonNode akar = JSON.readTree(asal);
        List<ObjectNode> calon = new ArrayList<>();
        akar.forEach(anak -> anak.forEach(o -> {
            if (o instanceof ObjectNode on && on.has("kode")) {
                calon.add(on);
            }
        }));
        if (calon.size() >= 2) {
            String[] medan = {"induk", "indukKode", "atasan", "pendahulu", "versiSebelumnya"};
            int n = Math.min(calon.size(), 2 + acak.nextInt(2));
            int awal = acak.nextInt(calon.size() - n + 1);
            for (int j = 0; j < n; j++) {
                ObjectNode o = calon.get(awal + j);
                String kodeBerikut = calon.get(awal + (j + 1) % n).get("kode").asText();
                String kolom = medan[0];
                for (String f : medan) {
                    if (o.has(f)) {
                        kolom = f;
                    }
                }
                o.put(kolom, kodeBerikut);
            }
        }
        return JSON.writeValueAsBytes(akar);
    }
}
