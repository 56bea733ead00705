package id.akuntara.cli.fuzz;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code akuntara reviu FILE.xlsx} on 1 000 hostile workbooks generated deterministically: the seed worksheets
 * (core/src/test/resources/reviu) written as XLSX once, then their bytes flipped or truncated, random bytes, a CSV
 * or nothing named .xlsx, the sheet XML edited (values replaced by huge numbers, bad shared-string indexes, deep
 * nesting, broken tags), cells rewritten with parent cycles and duplicate ids.
 */
class ReviuXlsxFuzzTest {

    static final int JUMLAH = 1_000;

    enum Mutasi { BALIK_BYTE, POTONG, BYTE_ACAK, BUKAN_XLSX, XML_NILAI, XML_RUSAK, XML_BERSARANG, SEL_SIKLUS_GANDA }

    /**
     * Weights of the mutations: a workbook POI can open costs it ~50 ms, one it rejects ~5 ms, so the byte-level
     * mutations (most of them rejected at the ZIP level) are drawn more often to keep the test at a few seconds.
     */
    private static final int[] BOBOT = {30, 20, 15, 10, 7, 8, 3, 7};
    private static final int VARIAN_SIKLUS = 3;

    @Test
    void hostileXlsxWorkbooksNeverCrash(@TempDir Path dir) throws IOException {
        List<Path> csv = JalankanCli.berkas("core/src/test/resources/reviu", ".csv");
        List<List<String[]>> tabel = new ArrayList<>();
        List<byte[]> benih = new ArrayList<>();
        // the six smallest seeds: POI needs tens of milliseconds for every workbook it can open
        csv = csv.stream().sorted(java.util.Comparator.comparingLong(p -> p.toFile().length())).limit(6).toList();
        for (Path p : csv) {
            List<String[]> baris = Files.readAllLines(p).stream().map(l -> l.split(l.contains(";") ? ";" : ",", -1)).toList();
            tabel.add(baris);
            benih.add(xlsx(baris));
        }
        Random acak = new Random(31_122_024L);
        List<List<byte[]>> siklus = new ArrayList<>();
        for (List<String[]> t : tabel) {
            List<byte[]> varian = new ArrayList<>();
            for (int v = 0; v < VARIAN_SIKLUS; v++) {
                varian.add(xlsx(siklusGanda(t, acak)));
            }
            siklus.add(varian);
        }
        Map<Mutasi, Integer> kali = new EnumMap<>(Mutasi.class);
        Map<Integer, Integer> kode = new TreeMap<>();
        long mulai = System.nanoTime();
        Map<Mutasi, Long> buat = new EnumMap<>(Mutasi.class);
        Map<Mutasi, Long> jalan = new EnumMap<>(Mutasi.class);
        for (int i = 0; i < JUMLAH; i++) {
            int b = acak.nextInt(benih.size());
            Mutasi m = pilih(acak);
            kali.merge(m, 1, Integer::sum);
            Path f = dir.resolve("fuzz-" + i + ".xlsx");
            long t0 = System.nanoTime();
            Files.write(f, m == Mutasi.SEL_SIKLUS_GANDA ? siklus.get(b).get(acak.nextInt(VARIAN_SIKLUS))
                    : mutasi(m, benih.get(b), acak));
            long t1 = System.nanoTime();
            JalankanCli.Hasil h = acak.nextBoolean() ? JalankanCli.jalankan("reviu", f.toString())
                    : JalankanCli.jalankan("reviu", f.toString(), "--format", "json");
            kode.merge(h.kode(), 1, Integer::sum);
            buat.merge(m, (t1 - t0) / 1_000_000, Long::sum);
            jalan.merge(m, (System.nanoTime() - t1) / 1_000_000, Long::sum);
            JalankanCli.patuhi(h, "berkas " + i + " (" + m + ")");
        }
        System.out.printf("ReviuXlsxFuzzTest: %d berkas dalam %d ms, kode keluar %s, mutasi %s%n", JUMLAH,
                (System.nanoTime() - mulai) / 1_000_000, kode, kali);
        System.out.println("ms membuat " + buat + ", ms menjalankan " + jalan);
        assertEquals(Mutasi.values().length, kali.size());
    }

    static byte[] xlsx(List<String[]> baris) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (XSSFWorkbook wb = new XSSFWorkbook()) {
            Sheet s = wb.createSheet("Tabel");
            for (int r = 0; r < baris.size(); r++) {
                Row row = s.createRow(r);
                String[] sel = baris.get(r);
                for (int c = 0; c < sel.length; c++) {
                    row.createCell(c).setCellValue(sel[c]);
                }
            }
            wb.write(out);
        }
        return out.toByteArray();
    }

    private static Mutasi pilih(Random acak) {
        int n = acak.nextInt(Arrays.stream(BOBOT).sum());
        for (int i = 0; i < BOBOT.length; i++) {
            n -= BOBOT[i];
            if (n < 0) {
                return Mutasi.values()[i];
            }
        }
        throw new IllegalStateException();
    }

    /** Two rows made each other's parent (A → B → A) and one row repeated (a duplicate id). */
    private static List<String[]> siklusGanda(List<String[]> tabel, Random acak) {
        List<String[]> t = new ArrayList<>(tabel.stream().map(String[]::clone).toList());
        if (t.size() > 3) {
            int a = 1 + acak.nextInt(t.size() - 1);
            int b = 1 + acak.nextInt(t.size() - 1);
            if (t.get(a).length > 2 && t.get(b).length > 2) {
                t.get(a)[2] = t.get(b)[1];
                t.get(b)[2] = t.get(a)[1];
            }
            t.add(t.get(1 + acak.nextInt(t.size() - 1)));
        }
        return t;
    }

    static byte[] mutasi(Mutasi m, byte[] isi, Random acak) throws IOException {
        return switch (m) {
            case BALIK_BYTE -> {
                byte[] b = isi.clone();
                for (int n = 1 + acak.nextInt(8); n > 0; n--) {
                    b[acak.nextInt(b.length)] = (byte) acak.nextInt(256);
                }
                yield b;
            }
            case POTONG -> Arrays.copyOf(isi, acak.nextInt(isi.length));
            case BYTE_ACAK -> {
                byte[] b = new byte[acak.nextInt(4096)];
                acak.nextBytes(b);
                if (b.length > 4 && acak.nextBoolean()) { // a ZIP signature in front of noise
                    b[0] = 'P';
                    b[1] = 'K';
                    b[2] = 3;
                    b[3] = 4;
                }
                yield b;
            }
            case BUKAN_XLSX -> List.of(new byte[0], "jenis;id\ncapaian;A\n".getBytes(StandardCharsets.UTF_8),
                    new byte[] {(byte) 0xD0, (byte) 0xCF, 0x11, (byte) 0xE0, (byte) 0xA1, (byte) 0xB1, 0x1A, (byte) 0xE1, 0, 0},
                    zip(Map.of("a.txt", "halo"))).get(acak.nextInt(4));
            case XML_NILAI -> ubahXml(isi, acak, xml -> {
                String[] nilai = {"<v>1E+308</v>", "<v>-1E-308</v>", "<v>NaN</v>", "<v>999999999</v>", "<v>" + "9".repeat(2000) + "</v>",
                    "<v>x</v>", "<v></v>"};
                return xml.replaceFirst("<v>[^<]*</v>", nilai[acak.nextInt(nilai.length)]);
            });
            case XML_RUSAK -> ubahXml(isi, acak, xml -> {
                int pos = acak.nextInt(Math.max(xml.length(), 1));
                return switch (acak.nextInt(4)) {
                    case 0 -> xml.substring(0, pos);
                    case 1 -> xml.replaceFirst("</row>", "");
                    case 2 -> xml.replaceFirst("<c r=\"[A-Z]+[0-9]+\"", "<c r=\"XFE1048577\"");
                    default -> xml.substring(0, pos) + "<\u0001&bogus;" + xml.substring(pos);
                };
            });
            case XML_BERSARANG -> ubahXml(isi, acak, xml -> xml.replaceFirst("<sheetData>",
                    "<sheetData>" + "<x>".repeat(5_000) + "</x>".repeat(5_000)));
            case SEL_SIKLUS_GANDA -> throw new IllegalArgumentException("pre-generated");
        };
    }

    /** Rewrites the first worksheet's XML (or the shared strings) inside the ZIP. */
    private static byte[] ubahXml(byte[] isi, Random acak, java.util.function.UnaryOperator<String> ubah) throws IOException {
        Map<String, byte[]> bagian = new TreeMap<>();
        try (ZipInputStream zin = new ZipInputStream(new ByteArrayInputStream(isi))) {
            for (ZipEntry e; (e = zin.getNextEntry()) != null; ) {
                bagian.put(e.getName(), zin.readAllBytes());
            }
        }
        String nama = acak.nextInt(3) == 0 && bagian.containsKey("xl/sharedStrings.xml") ? "xl/sharedStrings.xml"
                : "xl/worksheets/sheet1.xml";
        String xml = new String(bagian.get(nama), StandardCharsets.UTF_8);
        bagian.put(nama, ubah.apply(xml).getBytes(StandardCharsets.UTF_8));
        return zipBytes(bagian);
    }

    private static byte[] zip(Map<String, String> isi) throws IOException {
        Map<String, byte[]> b = new TreeMap<>();
        isi.forEach((k, v) -> b.put(k, v.getBytes(StandardCharsets.UTF_8)));
        return zipBytes(b);
    }

    private static byte[] zipBytes(Map<String, byte[]> bagian) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (ZipOutputStream zout = new ZipOutputStream(out)) {
            for (var e : bagian.entrySet()) {
                zout.putNextEntry(new ZipEntry(e.getKey()));
                zout.write(e.getValue());
                zout.closeEntry();
            }
        }
        return out.toByteArray();
    }
}
