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

    KepalaLembarKerja(List<String> judul) {
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

    BarisLembarKerja baris(int nomor, List<String> sel) {
        return new BarisLembarKerja(nomor, ambil(sel, Kolom.JENIS), ambil(sel, Kolom.ID), ambil(sel, Kolom.INDUK),
                ambil(sel, Kolom.URAIAN), ambil(sel, Kolom.POLARITAS), ambil(sel, Kolom.TARGET),
                ambil(sel, Kolom.REALISASI), ambil(sel, Kolom.TERCETAK));
    }

    private String ambil(List<String> sel, Kolom k) {
        Integer i = posisi.get(k);
        return i == null || i >= sel.size() ? "" : sel.get(i);
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
