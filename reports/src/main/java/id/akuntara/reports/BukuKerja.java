package id.akuntara.reports;

import org.apache.poi.common.usermodel.HyperlinkType;
import org.apache.poi.ss.usermodel.BorderStyle;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.ClientAnchor;
import org.apache.poi.ss.usermodel.FillPatternType;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.HorizontalAlignment;
import org.apache.poi.ss.usermodel.PrintSetup;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.VerticalAlignment;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.ss.util.WorkbookUtil;
import org.apache.poi.xssf.usermodel.XSSFCellStyle;
import org.apache.poi.xssf.usermodel.XSSFColor;
import org.apache.poi.xssf.usermodel.XSSFHyperlink;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.text.MessageFormat;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.ResourceBundle;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * The XLSX edition of a report: a workbook with one sheet per table, built with Apache POI from the very rows the
 * JasperReports templates print ({@link Blok#baris()}, {@link DokumenPkBaris}), so the workbook and the PDF cannot
 * differ. A figure is a numeric cell whose value is the figure as printed (the read model's {@code tampil}, read back
 * exactly: "88,08" → 88.08, never the unrounded value) with a display format of the same decimals ({@code #,##0.00};
 * Rupiah {@code "Rp "#,##0}); Excel and LibreOffice show it in the reader's locale (an Indonesian one: 88,08). A cell
 * that is not a number as printed ("75 (baik)", a range "10–20", "–" for no value) stays text, exactly as printed.
 * The first sheet is the cover with the list of the tables (each a link to its sheet); the charts of the report are
 * on the last sheet as pictures. A table the report prints twice (the year's PK in BAB II and in the appendix) is
 * one sheet.
 */
final class BukuKerja {

    /** How a column's cells are written. */
    enum Jenis {
        /** short text */
        TEKS,
        /** long text, wrapped */
        PANJANG,
        /** a figure: numeric with the printed decimals */
        ANGKA,
        /** an amount in Rupiah: numeric, "Rp " and the printed decimals */
        RUPIAH,
        /** a count: numeric, no decimals */
        BILANGAN,
        /** a year: numeric, no thousands separator */
        TAHUN
    }

    /** A column of a table's sheet: the row key, its heading, how it is written and its width in characters. */
    record Kolom(String kunci, String judul, Jenis jenis, int lebar) {
    }

    /** A number as the report prints it: Indonesian notation, optionally "Rp " before it. */
    private static final Pattern ANGKA = Pattern.compile("-?(\\d{1,3}(\\.\\d{3})+|\\d+)(,\\d+)?");
    private static final int BARIS_KEPALA = 4;

    private final XSSFWorkbook wb = new XSSFWorkbook();
    private final ResourceBundle label;
    private final Map<String, CellStyle> gaya = new HashMap<>();
    private final Set<String> nama = new HashSet<>();
    /** The sheets of tables in order: sheet name and what it holds (for the cover's list). */
    private final List<String[]> daftar = new ArrayList<>();

    private BukuKerja(ResourceBundle label) {
        this.label = label;
    }

    // --- the annual report ----------------------------------------------------------------------------------------

    /**
     * The annual report's workbook: the cover, then one sheet per table in the order of the report, each with the
     * report's title, the chapter and section it stands in, its caption, the header row (frozen, filtered,
     * repeated on every printed page), the rows, and the notes printed under it; then the charts.
     */
    static void laporanTahunan(BahanLaporan b, List<Blok> blok, ResourceBundle label, OutputStream keluar) {
        BukuKerja bk = new BukuKerja(label);
        Sheet sampul = bk.lembar(label.getString("xlsx.sampul"));
        String judulLaporan = b.namaLaporan() + " " + b.namaPemda() + " " + b.tahun();
        String bab = null;
        String bagian = null;
        String sub = null;
        String keterangan = null;
        List<Blok> gambar = new ArrayList<>();
        Set<List<Object>> tertulis = new HashSet<>();
        Sheet kini = null;
        for (Blok x : blok) {
            switch (x.jenis()) {
                case "BAB" -> {
                    bab = x.judul();
                    bagian = null;
                    sub = null;
                    keterangan = null;
                    kini = null;
                }
                case "JUDUL1" -> {
                    bagian = x.judul();
                    sub = null;
                    keterangan = null;
                    kini = null;
                }
                case "JUDUL2" -> {
                    sub = x.judul();
                    keterangan = null;
                    kini = null;
                }
                case "KETERANGAN" -> {
                    keterangan = x.teks();
                    kini = null;
                }
                case "CATATAN" -> {
                    if (kini != null) {
                        bk.catatan(kini, x.teks());
                    }
                }
                case "GAMBAR" -> {
                    gambar.add(x);
                    kini = null;
                }
                case "TABEL" -> {
                    List<Kolom> kolom = kolom(x.templat(), label, b.tahun());
                    // a table the report prints twice (the year's PK in BAB II and in the appendix) gets one sheet
                    if (kolom == null || x.baris().isEmpty()
                            || !tertulis.add(java.util.Arrays.asList(x.templat(), x.lembar(), x.baris()))) {
                        kini = null;
                        continue;
                    }
                    String letak = String.join(" — ", java.util.stream.Stream.of(bab, bagian, sub)
                            .filter(java.util.Objects::nonNull).toList());
                    kini = bk.tabel(namaLembar(label, x.templat(), x.lembar()), judulLaporan, letak, keterangan,
                            kolom, x.baris());
                    keterangan = null;
                }
                default -> kini = null;
            }
        }
        bk.sampul(sampul, new String[] {b.namaLaporan(), teksSubjudul(b, label), label.getString("sampul.instansi"),
            b.namaPemda().toUpperCase(Locale.ROOT), label.getString("sampul.tahun") + " " + b.tahun(), null,
            label.getString("sampul.kepada"), b.kepalaDaerah()});
        bk.grafik(gambar, judulLaporan);
        bk.tulis(keluar);
    }

    private static String teksSubjudul(BahanLaporan b, ResourceBundle label) {
        return label.containsKey("sampul.subjudul." + b.namaLaporan())
                ? label.getString("sampul.subjudul." + b.namaLaporan()) : label.getString("sampul.subjudul");
    }

    // --- the PK documents -----------------------------------------------------------------------------------------

    /**
     * The PK documents' workbook: per PK a sheet of its sasaran/indikator/target table (headed by the parties,
     * place and date) and a sheet of its programs with the total in Rupiah and in words.
     */
    @SuppressWarnings("unchecked")
    static void perjanjianKinerja(String namaPemda, List<Map<String, Object>> dokumen, ResourceBundle label,
            OutputStream keluar) {
        BukuKerja bk = new BukuKerja(label);
        for (Map<String, Object> d : dokumen) {
            String kode = (String) d.get("kode");
            String judul = d.get("judul") + " — " + namaPemda;
            String pihak = label.getString("pk.ttdPertama").replace(",", "") + ": " + d.get("pertamaNama") + ", "
                    + d.get("pertamaJabatan") + nip(d.get("pertamaNip")) + "; " + label.getString("pk.ttdKedua")
                    .replace(",", "") + ": " + d.get("keduaNama") + ", " + d.get("keduaJabatan") + nip(d.get("keduaNip"))
                    + "; " + d.get("tempatTanggal");
            List<Map<String, ?>> baris = (List<Map<String, ?>>) d.get("baris");
            bk.tabel(namaLembar(label, "tabel-pk", kode), judul, kode, pihak, kolom("tabel-pk", label, 0), baris);
            List<Map<String, ?>> program = (List<Map<String, ?>>) d.get("program");
            if (!program.isEmpty() || d.get("terbilang") != null && !"".equals(d.get("terbilang"))) {
                Sheet s = bk.tabel(namaLembar(label, "tabel-program", kode), judul, kode,
                        MessageFormat.format(label.getString("tabel.program"), kode), kolom("tabel-program", label, 0),
                        program);
                Row r = s.createRow(s.getLastRowNum() + 1);
                bk.sel(r, 0, label.getString("pk.total"), Jenis.TEKS, true, 0);
                bk.sel(r, 1, (String) d.get("total"), Jenis.RUPIAH, true, 0);
                bk.sel(r, 2, "", Jenis.TEKS, true, 0);
                String terbilang = (String) d.get("terbilang");
                if (terbilang != null && !terbilang.isEmpty()) {
                    bk.catatan(s, label.getString("pk.terbilang") + ": " + terbilang);
                }
            }
        }
        bk.tulis(keluar);
    }

    private static String nip(Object nip) {
        return nip == null || "".equals(nip) ? "" : " (" + nip + ")";
    }

    // --- columns per template -------------------------------------------------------------------------------------

    /**
     * The columns of a table template's sheet, in the template's order, headed as the template heads them; null for a
     * block that is no table (the narrative).
     */
    static List<Kolom> kolom(String templat, ResourceBundle l, int tahun) {
        String t = String.valueOf(tahun);
        String lalu = String.valueOf(tahun - 1);
        return switch (templat) {
            case "tabel-ringkas" -> List.of(k("label", l, "kolom.uraianRingkas", Jenis.TEKS, 52),
                    k("nilai", l, "kolom.nilai", Jenis.ANGKA, 14));
            case "tabel-indikator" -> List.of(k("kode", l, "kolom.kode", Jenis.TEKS, 16),
                    k("nama", l, "kolom.indikator", Jenis.PANJANG, 50), k("satuan", l, "kolom.satuan", Jenis.TEKS, 14),
                    k("target", l, "kolom.target", Jenis.ANGKA, 14), k("realisasi", l, "kolom.realisasi", Jenis.ANGKA, 14),
                    k("capaian", l, "kolom.capaian", Jenis.ANGKA, 13), k("predikat", l, "kolom.predikat", Jenis.TEKS, 18));
            case "tabel-sasaran" -> List.of(k("kode", l, "kolom.kode", Jenis.TEKS, 10),
                    k("nama", l, "kolom.sasaran", Jenis.PANJANG, 50), k("capaian", l, "kolom.capaian", Jenis.ANGKA, 13),
                    k("atas", l, "kolom.atas", Jenis.BILANGAN, 9), k("sama", l, "kolom.sama", Jenis.BILANGAN, 9),
                    k("bawah", l, "kolom.bawah", Jenis.BILANGAN, 9), k("serapan", l, "kolom.serapan", Jenis.ANGKA, 13));
            case "tabel-catatan" -> List.of(k("kode", l, "kolom.kode", Jenis.TEKS, 16),
                    k("catatan", l, "kolom.catatan", Jenis.PANJANG, 100));
            case "tabel-perbandingan" -> List.of(k("kode", l, "kolom.kode", Jenis.TEKS, 16),
                    k("nama", l, "kolom.indikator", Jenis.PANJANG, 50), k("satuan", l, "kolom.satuan", Jenis.TEKS, 14),
                    new Kolom("lalu", l.getString("kolom.realisasi") + " " + lalu, Jenis.ANGKA, 14),
                    new Kolom("kini", l.getString("kolom.realisasi") + " " + t, Jenis.ANGKA, 14),
                    k("perubahan", l, "kolom.perubahan", Jenis.ANGKA, 16));
            case "tabel-kemajuan" -> List.of(k("kode", l, "kolom.kode", Jenis.TEKS, 16),
                    k("nama", l, "kolom.indikator", Jenis.PANJANG, 50), k("satuan", l, "kolom.satuan", Jenis.TEKS, 14),
                    k("targetAkhir", l, "kolom.targetAkhir", Jenis.ANGKA, 16),
                    new Kolom("realisasi", l.getString("kolom.realisasi") + " " + t, Jenis.ANGKA, 14),
                    k("kemajuan", l, "kolom.kemajuan", Jenis.ANGKA, 16));
            case "tabel-tren" -> List.of(k("kode", l, "kolom.kode", Jenis.TEKS, 16),
                    k("nama", l, "kolom.indikator", Jenis.PANJANG, 44), k("satuan", l, "kolom.satuan", Jenis.TEKS, 14),
                    k("targetAkhir", l, "kolom.targetAkhir", Jenis.ANGKA, 14), k("tahun", l, "kolom.tahunEvaluasi", Jenis.TAHUN, 8),
                    k("target", l, "kolom.target", Jenis.ANGKA, 12), k("realisasi", l, "kolom.realisasi", Jenis.ANGKA, 12),
                    k("capaian", l, "kolom.capaian", Jenis.ANGKA, 13), k("kemajuan", l, "kolom.kemajuan", Jenis.ANGKA, 16));
            case "tabel-evaluasi" -> List.of(k("tahun", l, "kolom.tahunEvaluasi", Jenis.TAHUN, 8),
                    k("evaluator", l, "kolom.evaluator", Jenis.PANJANG, 44), k("nilai", l, "kolom.nilaiTertulis", Jenis.ANGKA, 10),
                    k("predikat", l, "kolom.predikatTertulis", Jenis.TEKS, 10),
                    k("total", l, "kolom.jumlahKomponen", Jenis.ANGKA, 18));
            case "tabel-efisiensi" -> List.of(k("nama", l, "kolom.sasaran", Jenis.PANJANG, 46),
                    k("capaian", l, "kolom.capaian", Jenis.ANGKA, 12), k("serapan", l, "kolom.serapan", Jenis.ANGKA, 12),
                    k("selisih", l, "kolom.selisihPoin", Jenis.ANGKA, 14), k("se", l, "kolom.se", Jenis.ANGKA, 8),
                    k("ie", l, "kolom.ie", Jenis.ANGKA, 8), k("tingkat", l, "kolom.tingkatEfisiensi", Jenis.ANGKA, 14),
                    k("keterangan", l, "kolom.keteranganEfisiensi", Jenis.PANJANG, 32));
            case "tabel-anggaran" -> List.of(k("kode", l, "kolom.kode", Jenis.TEKS, 22),
                    k("nama", l, "kolom.uraian", Jenis.PANJANG, 60), k("pagu", l, "kolom.pagu", Jenis.RUPIAH, 24),
                    k("realisasi", l, "kolom.realisasiRp", Jenis.RUPIAH, 24), k("serapan", l, "kolom.serapan", Jenis.ANGKA, 12));
            case "tabel-sdm" -> List.of(k("dimensi", l, "kolom.dimensi", Jenis.TEKS, 26),
                    k("kelompok", l, "kolom.kelompok", Jenis.TEKS, 26), k("kategori", l, "kolom.kategori", Jenis.TEKS, 34),
                    k("jumlah", l, "kolom.jumlahOrang", Jenis.BILANGAN, 10));
            case "tabel-renstra" -> List.of(k("tujuan", l, "kolom.tujuan", Jenis.PANJANG, 34),
                    k("sasaran", l, "kolom.sasaran", Jenis.PANJANG, 34), k("kode", l, "kolom.kode", Jenis.TEKS, 16),
                    k("indikator", l, "kolom.indikator", Jenis.PANJANG, 40), k("satuan", l, "kolom.satuan", Jenis.TEKS, 14),
                    new Kolom("targetTahun", l.getString("kolom.targetRenstra") + " " + t, Jenis.ANGKA, 14),
                    k("targetAkhir", l, "kolom.targetAkhir", Jenis.ANGKA, 14));
            case "tabel-pk" -> List.of(k("sasaran", l, "kolom.sasaran", Jenis.PANJANG, 44),
                    k("indikator", l, "kolom.indikator", Jenis.PANJANG, 44), k("satuan", l, "kolom.satuan", Jenis.TEKS, 14),
                    k("target", l, "kolom.target", Jenis.ANGKA, 18));
            case "tabel-program" -> List.of(k("nama", l, "kolom.program", Jenis.PANJANG, 56),
                    k("jumlah", l, "kolom.jumlah", Jenis.RUPIAH, 26), k("sumberDana", l, "kolom.sumberDana", Jenis.TEKS, 18));
            case "tabel-jejak" -> List.of(k("id", l, "kolom.id", Jenis.TEKS, 36),
                    k("aturan", l, "kolom.aturan", Jenis.PANJANG, 50), k("masukan", l, "kolom.masukan", Jenis.PANJANG, 70),
                    k("nilai", l, "kolom.nilai", Jenis.ANGKA, 14));
            default -> null;
        };
    }

    private static Kolom k(String kunci, ResourceBundle l, String labelKunci, Jenis jenis, int lebar) {
        return new Kolom(kunci, l.getString(labelKunci), jenis, lebar);
    }

    /** The sheet name of a table: the bundle's {@code xlsx.<templat>}, with the PK's code where it has one. */
    static String namaLembar(ResourceBundle l, String templat, String lembar) {
        String kunci = "xlsx." + templat;
        String dasar = l.containsKey(kunci) ? l.getString(kunci) : templat;
        return lembar == null ? dasar : dasar + " " + lembar;
    }

    // --- writing --------------------------------------------------------------------------------------------------

    /** A new sheet with a safe, unique name (at most 31 characters; "Capaian Indikator (2)" for a second one). */
    private Sheet lembar(String usul) {
        String dasar = WorkbookUtil.createSafeSheetName(usul, '-');
        String n = dasar;
        for (int i = 2; nama.contains(n.toLowerCase(Locale.ROOT)); i++) {
            String akhiran = " (" + i + ")";
            n = (dasar.length() + akhiran.length() > 31 ? dasar.substring(0, 31 - akhiran.length()) : dasar) + akhiran;
        }
        nama.add(n.toLowerCase(Locale.ROOT));
        return wb.createSheet(n);
    }

    /** A table's sheet: title, where it stands, caption, header row, the rows. */
    private Sheet tabel(String usulNama, String judul, String letak, String keterangan, List<Kolom> kolom,
            List<Map<String, ?>> baris) {
        Sheet s = lembar(usulNama);
        daftar.add(new String[] {s.getSheetName(), keterangan != null ? keterangan : letak});
        int akhirKolom = kolom.size() - 1;
        teks(s, 0, judul, gaya("judul"), akhirKolom);
        if (letak != null && !letak.isBlank()) {
            teks(s, 1, letak, gaya("letak"), akhirKolom);
        }
        if (keterangan != null) {
            teks(s, 2, keterangan, gaya("keterangan"), akhirKolom);
        }
        Row kepala = s.createRow(BARIS_KEPALA);
        kepala.setHeightInPoints(30);
        for (int i = 0; i < kolom.size(); i++) {
            Cell c = kepala.createCell(i);
            c.setCellValue(kolom.get(i).judul());
            c.setCellStyle(gaya("kepala"));
            s.setColumnWidth(i, kolom.get(i).lebar() * 256);
        }
        int r = BARIS_KEPALA + 1;
        for (Map<String, ?> b : baris) {
            Row row = s.createRow(r++);
            boolean tebal = "Y".equals(b.get("tebal"));
            for (int i = 0; i < kolom.size(); i++) {
                Object v = b.get(kolom.get(i).kunci());
                String isi = v == null ? "" : v.toString();
                int inden = 0;
                if (kolom.get(i).jenis() == Jenis.PANJANG && isi.startsWith(" ")) {
                    // the budget tree's indentation (3 spaces a level) as the cell's indent
                    int spasi = isi.length() - isi.stripLeading().length();
                    inden = spasi / 3;
                    isi = isi.stripLeading();
                }
                sel(row, i, isi, kolom.get(i).jenis(), tebal, inden);
            }
        }
        s.createFreezePane(0, BARIS_KEPALA + 1);
        if (!baris.isEmpty()) {
            s.setAutoFilter(new CellRangeAddress(BARIS_KEPALA, r - 1, 0, akhirKolom));
        }
        s.setRepeatingRows(new CellRangeAddress(BARIS_KEPALA, BARIS_KEPALA, -1, -1));
        s.getPrintSetup().setLandscape(true);
        s.getPrintSetup().setPaperSize(PrintSetup.A4_PAPERSIZE);
        s.getPrintSetup().setFitWidth((short) 1);
        s.getPrintSetup().setFitHeight((short) 0);
        s.setFitToPage(true);
        return s;
    }

    /** A note under a sheet's table (what the report prints under it: a formula, a total in words). */
    private void catatan(Sheet s, String teks) {
        int r = s.getLastRowNum() + 2;
        Row row = s.createRow(r);
        Cell c = row.createCell(0);
        c.setCellValue(teks);
        c.setCellStyle(gaya("catatan"));
    }

    /** One cell: a number as printed becomes a numeric cell with the printed decimals; anything else stays text. */
    private void sel(Row row, int i, String isi, Jenis jenis, boolean tebal, int inden) {
        Cell c = row.createCell(i);
        BigDecimal n = switch (jenis) {
            case ANGKA, RUPIAH, BILANGAN, TAHUN -> angka(isi);
            default -> null;
        };
        if (n != null) {
            c.setCellValue(n.doubleValue());
            c.setCellStyle(gaya(format(jenis, desimal(isi)) + "|" + tebal));
        } else {
            c.setCellValue(isi);
            c.setCellStyle(gaya((jenis == Jenis.PANJANG ? "panjang" : "teks") + "|" + tebal + "|" + inden));
        }
    }

    /** The value of a number as the report prints it ("1.234,56", "Rp 254.986.626.497", "-0,14"), else null. */
    static BigDecimal angka(String teks) {
        if (teks == null) {
            return null;
        }
        String t = teks.strip().replace('\u2212', '-');
        if (t.startsWith("Rp")) {
            t = t.substring(2).strip();
        }
        if (!ANGKA.matcher(t).matches()) {
            return null;
        }
        return new BigDecimal(t.replace(".", "").replace(',', '.'));
    }

    private static int desimal(String teks) {
        String t = teks.strip();
        int koma = t.lastIndexOf(',');
        return koma < 0 ? 0 : t.length() - koma - 1;
    }

    /** The display format of a figure with its printed decimals. */
    static String format(Jenis jenis, int desimal) {
        String pecahan = desimal == 0 ? "" : "." + "0".repeat(desimal);
        return switch (jenis) {
            case RUPIAH -> "\"Rp \"#,##0" + pecahan;
            case TAHUN -> "0";
            case BILANGAN -> "#,##0";
            default -> "#,##0" + pecahan;
        };
    }

    private void teks(Sheet s, int baris, String teks, CellStyle g, int akhirKolom) {
        Row r = s.getRow(baris) != null ? s.getRow(baris) : s.createRow(baris);
        Cell c = r.createCell(0);
        c.setCellValue(teks);
        c.setCellStyle(g);
    }

    /** Styles, made once each: "judul", "kepala", …, or a number format / text style with bold and indent. */
    private CellStyle gaya(String kunci) {
        return gaya.computeIfAbsent(kunci, this::buatGaya);
    }

    private CellStyle buatGaya(String kunci) {
        XSSFCellStyle g = wb.createCellStyle();
        Font f = wb.createFont();
        f.setFontName("Arial");  // on every office machine; the PDF embeds DejaVu, a workbook cannot
        f.setFontHeightInPoints((short) 10);
        switch (kunci) {
            case "judul" -> {
                f.setBold(true);
                f.setFontHeightInPoints((short) 13);
            }
            case "sampul" -> {
                f.setBold(true);
                f.setFontHeightInPoints((short) 16);
            }
            case "letak" -> f.setItalic(true);
            case "keterangan" -> f.setBold(true);
            case "catatan" -> {
                f.setItalic(true);
                f.setFontHeightInPoints((short) 9);
            }
            case "tautan" -> {
                f.setUnderline(Font.U_SINGLE);
                f.setColor(org.apache.poi.ss.usermodel.IndexedColors.BLUE.getIndex());
            }
            case "kepala" -> {
                f.setBold(true);
                g.setFillForegroundColor(new XSSFColor(new byte[] {(byte) 0xDC, (byte) 0xE3, (byte) 0xEC}, null));
                g.setFillPattern(FillPatternType.SOLID_FOREGROUND);
                g.setAlignment(HorizontalAlignment.CENTER);
                g.setVerticalAlignment(VerticalAlignment.CENTER);
                g.setWrapText(true);
                garis(g);
            }
            default -> {
                // a data cell: "<format>|<bold>" or "teks|<bold>|<indent>" / "panjang|<bold>|<indent>"
                String[] p = kunci.split("\\|");
                f.setBold(Boolean.parseBoolean(p[1]));
                g.setVerticalAlignment(VerticalAlignment.TOP);
                garis(g);
                if ("teks".equals(p[0]) || "panjang".equals(p[0])) {
                    g.setWrapText("panjang".equals(p[0]));
                    g.setIndention(Short.parseShort(p[2]));
                } else {
                    g.setDataFormat(wb.createDataFormat().getFormat(p[0]));
                    g.setAlignment(HorizontalAlignment.RIGHT);
                }
            }
        }
        g.setFont(f);
        return g;
    }

    private static void garis(CellStyle g) {
        g.setBorderTop(BorderStyle.THIN);
        g.setBorderBottom(BorderStyle.THIN);
        g.setBorderLeft(BorderStyle.THIN);
        g.setBorderRight(BorderStyle.THIN);
    }

    /** The cover: the report's cover texts, then the list of the tables, each linked to its sheet. */
    private void sampul(Sheet s, String[] teks) {
        s.setColumnWidth(0, 6 * 256);
        s.setColumnWidth(1, 34 * 256);
        s.setColumnWidth(2, 90 * 256);
        int r = 0;
        for (int i = 0; i < teks.length; i++) {
            Row row = s.createRow(r++);
            if (teks[i] != null) {
                Cell c = row.createCell(0);
                c.setCellValue(teks[i]);
                c.setCellStyle(gaya(i == 0 ? "sampul" : i == 1 || i == 6 ? "letak" : "judul"));
            }
        }
        r++;
        Row kepala = s.createRow(r++);
        String[] judul = {label.getString("xlsx.no"), label.getString("xlsx.lembar"), label.getString("xlsx.isi")};
        for (int i = 0; i < judul.length; i++) {
            Cell c = kepala.createCell(i);
            c.setCellValue(judul[i]);
            c.setCellStyle(gaya("kepala"));
        }
        int no = 1;
        for (String[] d : daftar) {
            Row row = s.createRow(r++);
            Cell n = row.createCell(0);
            n.setCellValue(no++);
            n.setCellStyle(gaya("0|false"));
            Cell c = row.createCell(1);
            c.setCellValue(d[0]);
            XSSFHyperlink tautan = wb.getCreationHelper().createHyperlink(HyperlinkType.DOCUMENT);
            tautan.setAddress("'" + d[0].replace("'", "''") + "'!A1");
            c.setHyperlink(tautan);
            c.setCellStyle(gaya("tautan"));
            Cell k = row.createCell(2);
            k.setCellValue(d[1] == null ? "" : d[1]);
            k.setCellStyle(gaya("panjang|false|0"));
        }
    }

    /** The report's charts as pictures on one sheet, each under its caption. */
    private void grafik(List<Blok> gambar, String judul) {
        if (gambar.isEmpty()) {
            return;
        }
        Sheet s = lembar(label.getString("xlsx.grafik"));
        s.setColumnWidth(0, 110 * 256);
        teks(s, 0, judul, gaya("judul"), 0);
        var gambarLembar = s.createDrawingPatriarch();
        int r = 2;
        for (Blok g : gambar) {
            teks(s, r, g.teks(), gaya("keterangan"), 0);
            int idx = wb.addPicture(g.gambar().png(), Workbook.PICTURE_TYPE_PNG);
            ClientAnchor anchor = wb.getCreationHelper().createClientAnchor();
            anchor.setCol1(0);
            anchor.setRow1(r + 1);
            var p = gambarLembar.createPicture(anchor, idx);
            // drawn at 2.5 px per point: shown at about 0.6 of its pixels (the text column of a page)
            p.resize(0.6);
            r += 3 + (int) Math.ceil(g.gambar().tinggiPt() * 2.5 * 0.6 / 20.0);
        }
    }

    private void tulis(OutputStream keluar) {
        try (wb) {
            wb.write(keluar);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
