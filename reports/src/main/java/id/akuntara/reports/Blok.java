package id.akuntara.reports;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * One block of the annual report's body, in reading order: what {@code laporan-tahunan.jrxml} prints for one row of
 * its data source. The outline in force decides which blocks there are and in which order ({@link SusunanLaporan}).
 *
 * @param jenis  the kind: {@code BAB} (new page, centred title), {@code JUDUL1}, {@code JUDUL2} (section headings),
 *               {@code KETERANGAN} (caption of a table or chart), {@code CATATAN} (a note), {@code TEKS} (a paragraph),
 *               {@code TABEL} (a sub-template filled with rows), {@code GAMBAR} (a chart)
 * @param judul  heading text (BAB, JUDUL1, JUDUL2)
 * @param teks   caption, note or paragraph text
 * @param templat name of the sub-template of a TABEL ({@code tabel-indikator} …), looked up pemda → plugin → core
 * @param baris  the rows of a TABEL, one map of strings per row
 * @param gambar a chart (GAMBAR), printed with its caption ({@code teks})
 * @param lembar what names the table's sheet in the XLSX workbook besides its kind (a PK's code), may be null
 */
record Blok(String jenis, String judul, String teks, String templat, List<Map<String, ?>> baris, Grafik.Gambar gambar,
        String lembar) {

    Blok(String jenis, String judul, String teks, String templat, List<Map<String, ?>> baris, Grafik.Gambar gambar) {
        this(jenis, judul, teks, templat, baris, gambar, null);
    }

    /** The height buckets of the chart bands of {@code laporan-tahunan.jrxml}: 80 to 680 points by 40. */
    static final int LANGKAH_GAMBAR = 40;
    static final int GAMBAR_MIN = 80;
    static final int GAMBAR_MAKS = 680;

    static Blok bab(String judul) {
        return new Blok("BAB", judul, null, null, null, null);
    }

    static Blok judul1(String judul) {
        return new Blok("JUDUL1", judul, null, null, null, null);
    }

    static Blok judul2(String judul) {
        return new Blok("JUDUL2", judul, null, null, null, null);
    }

    static Blok keterangan(String teks) {
        return new Blok("KETERANGAN", null, teks, null, null, null);
    }

    static Blok catatan(String teks) {
        return new Blok("CATATAN", null, teks, null, null, null);
    }

    static Blok teks(String teks) {
        return new Blok("TEKS", null, teks, null, null, null);
    }

    static Blok tabel(String templat, List<Map<String, ?>> baris) {
        return tabel(templat, baris, null);
    }

    /** A table whose XLSX sheet is named by its kind and {@code lembar} ("PK PK-2022-SEKDA"). */
    static Blok tabel(String templat, List<Map<String, ?>> baris, String lembar) {
        return new Blok("TABEL", null, null, templat, List.copyOf(baris), null, lembar);
    }

    /** A chart with its caption above it, printed together on one page. */
    static Blok gambar(String keterangan, Grafik.Gambar gambar) {
        return new Blok("GAMBAR", null, keterangan, null, null, gambar);
    }

    /** Whether the block opens a group that must not stand alone at the foot of a page (a heading or a caption). */
    boolean pembuka() {
        return switch (jenis) {
            case "BAB", "JUDUL1", "JUDUL2", "KETERANGAN" -> true;
            default -> false;
        };
    }

    /** The band height a chart is printed in: its drawn height rounded up to a bucket, at most {@link #GAMBAR_MAKS}. */
    int tinggi() {
        if (gambar == null) {
            return 0;
        }
        int t = (gambar.tinggiPt() + LANGKAH_GAMBAR - 1) / LANGKAH_GAMBAR * LANGKAH_GAMBAR;
        return Math.max(GAMBAR_MIN, Math.min(GAMBAR_MAKS, t));
    }

    /**
     * The row of the main template's data source (the sub-template is resolved by the caller); a table's rows stay a
     * list until {@link IsianLaporan#sumber()} wraps them for one filling. {@code grup} numbers the run of rows a
     * heading or caption opens (the template keeps a heading with what follows it); {@code halamanBaru}: a chapter
     * that starts a new page (every one but the first block).
     */
    Map<String, Object> baris(Object templatTersusun, int grup, boolean halamanBaru) {
        Map<String, Object> m = new HashMap<>();
        m.put("jenis", jenis);
        m.put("grup", grup);
        m.put("halamanBaru", halamanBaru);
        m.put("judul", judul);
        m.put("teks", teks);
        if (templat != null) {
            m.put("templat", templatTersusun);
            m.put(IsianLaporan.BARIS, baris);
        }
        if (gambar != null) {
            m.put("gambar", gambar.png());
            m.put("tinggi", tinggi());
        }
        return m;
    }
}
