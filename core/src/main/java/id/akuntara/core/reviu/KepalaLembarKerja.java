package id.akuntara.core.reviu;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The header row: where each {@link Kolom} is. Missing columns are input errors (row 1, the column named); their
 * cells read as empty so the other checks still run.
 */
final class KepalaLembarKerja {

    private final Map<Kolom, Integer> posisi = new EnumMap<>(Kolom.class);
    private final List<Galat> galat = new ArrayList<>();
    private final int lebar;

    KepalaLembarKerja(List<String> judul) {
        int n = judul.size();
        while (n > 0 && judul.get(n - 1).isBlank()) {
            n--;
        }
        lebar = n;
        for (int i = 0; i < judul.size(); i++) {
            String nama = judul.get(i).strip().toLowerCase(Locale.ROOT);
            for (Kolom k : Kolom.values()) {
                if (k.nama().equals(nama)) {
                    if (posisi.containsKey(k)) {
                        galat.add(new Galat(1, k.nama(), "kolom '" + k.nama() + "' muncul lebih dari sekali di baris judul"));
                    } else {
                        posisi.put(k, i);
                    }
                }
            }
        }
        for (Kolom k : Kolom.values()) {
            if (!posisi.containsKey(k)) {
                galat.add(new Galat(1, k.nama(), "kolom '" + k.nama() + "' tidak ada di baris judul"));
            }
        }
    }

    List<Galat> galat() {
        return galat;
    }

    /**
     * The row as text. A non-blank cell right of the last header column would be silently ignored (typically an
     * unquoted decimal comma in a ','-separated file, "88,23" read as 88 and 23), so it is an error of that row.
     */
    BarisLembarKerja baris(int nomor, List<String> sel) {
        for (int i = lebar; i < sel.size(); i++) {
            if (!sel.get(i).isBlank()) {
                galat.add(new Galat(nomor, "ke-" + (i + 1), "sel ke-" + (i + 1) + " ('" + ringkas(sel.get(i).strip())
                        + "') di luar " + lebar + " kolom baris judul; angka desimal dengan koma di berkas berpemisah"
                        + " ',' harus diapit tanda kutip (\"88,23\")"));
                break;
            }
        }
        return new BarisLembarKerja(nomor, ambil(sel, Kolom.JENIS), ambil(sel, Kolom.ID), ambil(sel, Kolom.INDUK),
                ambil(sel, Kolom.URAIAN), ambil(sel, Kolom.POLARITAS), ambil(sel, Kolom.TARGET),
                ambil(sel, Kolom.REALISASI), ambil(sel, Kolom.TERCETAK));
    }

    private String ambil(List<String> sel, Kolom k) {
        Integer i = posisi.get(k);
        return i == null || i >= sel.size() ? "" : sel.get(i);
    }

    private static String ringkas(String s) {
        return s.length() > 30 ? s.substring(0, 30) + "…" : s;
    }

    static boolean kosong(List<String> sel) {
        for (String s : sel) {
            if (!s.isBlank()) {
                return false;
            }
        }
        return true;
    }
}
