package id.akuntara.cli.fuzz;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code akuntara reviu FILE.csv} on 1 000 hostile worksheets, generated deterministically from the seed worksheets
 * (core/src/test/resources/reviu): byte flips, truncation, random bytes, other encodings, open quotes, huge numbers,
 * long lines, duplicate ids, parent cycles, wrong headers, empty files. Every run must keep {@link JalankanCli#patuhi}.
 */
class ReviuCsvFuzzTest {

    static final int JUMLAH = 1_000;

    enum Mutasi { BALIK_BYTE, POTONG, BYTE_ACAK, ENKODE_LAIN, KUTIP, ANGKA_RAKSASA, BARIS_PANJANG, ID_GANDA, SIKLUS,
        JUDUL_SALAH, KOSONG, AKHIR_BARIS, SEL_ACAK }

    @Test
    void hostileCsvWorksheetsNeverCrash(@TempDir Path dir) throws IOException {
        List<byte[]> benih = new ArrayList<>();
        for (Path p : JalankanCli.berkas("core/src/test/resources/reviu", ".csv")) {
            benih.add(Files.readAllBytes(p));
        }
        Random acak = new Random(20_240_801L);
        Map<Mutasi, Integer> kali = new EnumMap<>(Mutasi.class);
        Map<Integer, Integer> kode = new java.util.TreeMap<>();
        long mulai = System.nanoTime();
        Map<Mutasi, Long> waktu = new EnumMap<>(Mutasi.class);
        for (int i = 0; i < JUMLAH; i++) {
            byte[] isi = benih.get(acak.nextInt(benih.size()));
            Mutasi m = Mutasi.values()[acak.nextInt(Mutasi.values().length)];
            isi = mutasi(m, isi, acak);
            if (acak.nextInt(4) == 0) { // a second mutation on a quarter of the files
                isi = mutasi(Mutasi.values()[acak.nextInt(Mutasi.values().length)], isi, acak);
            }
            kali.merge(m, 1, Integer::sum);
            Path f = dir.resolve("fuzz-" + i + ".csv");
            Files.write(f, isi);
            long t0 = System.nanoTime();
            JalankanCli.Hasil h = acak.nextBoolean() ? JalankanCli.jalankan("reviu", f.toString())
                    : JalankanCli.jalankan("reviu", f.toString(), "--format", "json");
            kode.merge(h.kode(), 1, Integer::sum);
            waktu.merge(m, (System.nanoTime() - t0) / 1_000_000, Long::sum);
            JalankanCli.patuhi(h, "berkas " + i + " (" + m + ")");
        }
        System.out.printf("ReviuCsvFuzzTest: %d berkas dalam %d ms, kode keluar %s, mutasi %s%n", JUMLAH,
                (System.nanoTime() - mulai) / 1_000_000, kode, kali);
        System.out.println("ms per mutasi " + waktu);
        assertTrue(kali.size() == Mutasi.values().length);
    }

    static byte[] mutasi(Mutasi m, byte[] isi, Random acak) {
        return switch (m) {
            case BALIK_BYTE -> {
                byte[] b = isi.clone();
                for (int n = 1 + acak.nextInt(8); n > 0 && b.length > 0; n--) {
                    b[acak.nextInt(b.length)] = (byte) acak.nextInt(256);
                }
                yield b;
            }
            case POTONG -> Arrays.copyOf(isi, isi.length == 0 ? 0 : acak.nextInt(isi.length));
            case BYTE_ACAK -> {
                byte[] b = new byte[acak.nextInt(4096)];
                acak.nextBytes(b);
                if (acak.nextBoolean()) { // printable noise: valid UTF-8, separators and quotes included
                    for (int j = 0; j < b.length; j++) {
                        b[j] = (byte) (32 + acak.nextInt(95));
                        if (acak.nextInt(30) == 0) {
                            b[j] = '\n';
                        }
                    }
                }
                yield b;
            }
            case ENKODE_LAIN -> {
                String t = new String(isi, StandardCharsets.UTF_8) + (acak.nextBoolean() ? "\nanggaran;ÉÇ;;Ünïcödé;;1;1;100\n" : "");
                Charset cs = List.of(StandardCharsets.ISO_8859_1, StandardCharsets.UTF_16, StandardCharsets.UTF_16LE,
                        Charset.forName("windows-1252")).get(acak.nextInt(4));
                yield t.getBytes(cs);
            }
            case KUTIP -> sisip(isi, acak, "\"");
            case ANGKA_RAKSASA -> ganti(isi, acak, List.of("9".repeat(5_000), "1e999999999", "99.999.999.999.999.999.999,99",
                    "-0,000000000000000000001", "0", "-", "NaN", "Infinity", "1E+308", "٣٤٥", "12,345.67", "1.2.3,4,5"));
            case BARIS_PANJANG -> sisip(isi, acak, ";".repeat(2_000 + acak.nextInt(8_000)));
            case ID_GANDA -> {
                List<String> baris = baris(isi);
                if (baris.size() > 1) {
                    baris.add(1 + acak.nextInt(baris.size() - 1), baris.get(1 + acak.nextInt(baris.size() - 1)));
                }
                yield gabung(baris);
            }
            case SIKLUS -> siklus(isi, acak);
            case JUDUL_SALAH -> {
                List<String> baris = baris(isi);
                String[] pilihan = {"", "a;b;c", "jenis;id;jenis;id;induk;uraian;polaritas;target;realisasi;tercetak",
                    "JENIS,ID,INDUK,URAIAN,POLARITAS,TARGET,REALISASI,TERCETAK", "\uFEFF\uFEFFjenis;id",
                    "tercetak;realisasi;target;polaritas;uraian;induk;id;jenis"};
                if (baris.isEmpty()) {
                    baris.add("");
                }
                baris.set(0, pilihan[acak.nextInt(pilihan.length)]);
                yield gabung(baris);
            }
            case KOSONG -> List.of(new byte[0], "\n\n\n".getBytes(StandardCharsets.UTF_8),
                    "\uFEFF".getBytes(StandardCharsets.UTF_8), baris(isi).get(0).getBytes(StandardCharsets.UTF_8),
                    new byte[] {0, 0, 0}).get(acak.nextInt(5));
            case AKHIR_BARIS -> new String(isi, StandardCharsets.UTF_8).replace("\n", List.of("\r", "\r\n", "\n\n", "\u2028")
                    .get(acak.nextInt(4))).getBytes(StandardCharsets.UTF_8);
            case SEL_ACAK -> ganti(isi, acak, List.of("", " ", "\"\"", "\"a\"\"b\"", "capaian", "rata-rata", "anggaran",
                    "belum rilis", "naik", "turun", "x\u0000y", "\t", "🙂"));
        };
    }

    private static List<String> baris(byte[] isi) {
        return new ArrayList<>(Arrays.asList(new String(isi, StandardCharsets.UTF_8).split("\n", -1)));
    }

    private static byte[] gabung(List<String> baris) {
        return String.join("\n", baris).getBytes(StandardCharsets.UTF_8);
    }

    private static byte[] sisip(byte[] isi, Random acak, String teks) {
        String t = new String(isi, StandardCharsets.UTF_8);
        int pos = t.isEmpty() ? 0 : acak.nextInt(t.length());
        return (t.substring(0, pos) + teks + t.substring(pos)).getBytes(StandardCharsets.UTF_8);
    }

    /** Replaces one random cell (between separators) with one of the values. */
    private static byte[] ganti(byte[] isi, Random acak, List<String> nilai) {
        List<String> baris = baris(isi);
        if (baris.size() < 2) {
            return isi;
        }
        int r = 1 + acak.nextInt(baris.size() - 1);
        char pemisah = baris.get(0).contains(";") ? ';' : ',';
        List<String> sel = new ArrayList<>(Arrays.asList(baris.get(r).split(String.valueOf(pemisah), -1)));
        sel.set(acak.nextInt(sel.size()), nilai.get(acak.nextInt(nilai.size())));
        baris.set(r, String.join(String.valueOf(pemisah), sel));
        return gabung(baris);
    }

    /** Two or three rows made each other's parent (induk is the third column): A → B → A or A → B → C → A. */
    private static byte[] siklus(byte[] isi, Random acak) {
        List<String> baris = baris(isi);
        if (baris.size() < 4) {
            return isi;
        }
        char pemisah = baris.get(0).contains(";") ? ';' : ',';
        String p = String.valueOf(pemisah);
        int n = 2 + acak.nextInt(2);
        int[] r = new int[n];
        String[] id = new String[n];
        for (int j = 0; j < n; j++) {
            r[j] = 1 + acak.nextInt(baris.size() - 1);
            String[] sel = baris.get(r[j]).split(p, -1);
            id[j] = sel.length > 1 ? sel[1] : "X" + j;
        }
        for (int j = 0; j < n; j++) {
            List<String> sel = new ArrayList<>(Arrays.asList(baris.get(r[j]).split(p, -1)));
            while (sel.size() < 3) {
                sel.add("");
            }
            sel.set(2, id[(j + 1) % n]);
            if (acak.nextBoolean()) {
                sel.set(0, List.of("rata-rata", "anggaran", "capaian").get(acak.nextInt(3)));
            }
            baris.set(r[j], String.join(p, sel));
        }
        return gabung(baris);
    }
}
