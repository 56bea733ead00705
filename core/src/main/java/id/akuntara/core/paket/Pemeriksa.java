package id.akuntara.core.paket;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;

/** Error collector with the small checks every section uses; messages in Bahasa Indonesia. */
class Pemeriksa {

    final List<GalatPaket> galat = new ArrayList<>();

    void galat(String jalur, String pesan) {
        galat.add(new GalatPaket(jalur, pesan));
    }

    boolean wajib(Object nilai, String jalur) {
        if (nilai == null || (nilai instanceof String s && s.isBlank())) {
            galat(jalur, "wajib diisi");
            return false;
        }
        return true;
    }

    /** An upper-case enumeration value, checked against the domain's enum. */
    <E extends Enum<E>> void pilihan(String nilai, Class<E> jenis, String jalur, boolean wajib) {
        if (nilai == null) {
            if (wajib) {
                galat(jalur, "wajib diisi");
            }
            return;
        }
        if (Arrays.stream(jenis.getEnumConstants()).noneMatch(e -> e.name().equals(nilai))) {
            galat(jalur, "nilai '" + nilai + "' tidak dikenal; pilihan: "
                    + String.join(", ", Arrays.stream(jenis.getEnumConstants()).map(Enum::name).toList()));
        }
    }

    Optional<LocalDate> tanggal(String nilai, String jalur, boolean wajib) {
        if (nilai == null) {
            if (wajib) {
                galat(jalur, "wajib diisi");
            }
            return Optional.empty();
        }
        try {
            return Optional.of(LocalDate.parse(nilai));
        } catch (DateTimeParseException e) {
            galat(jalur, "harus berupa tanggal TTTT-BB-HH, bukan '" + nilai + "'");
            return Optional.empty();
        }
    }

    void waktu(String nilai, String jalur) {
        if (nilai != null) {
            try {
                Instant.parse(nilai);
            } catch (DateTimeParseException e) {
                galat(jalur, "harus berupa waktu ISO-8601 UTC (mis. 2021-08-20T00:00:00Z), bukan '" + nilai + "'");
            }
        }
    }

    void tidakNegatif(BigDecimal nilai, String jalur, String nama) {
        if (nilai != null && nilai.signum() < 0) {
            galat(jalur, nama + " tidak boleh negatif (" + nilai.toPlainString() + ")");
        }
    }

    /** Codes of a section, reporting duplicates; returns code → index. */
    <T> Map<String, Integer> kode(List<T> daftar, Function<T, String> kode, String bagian) {
        Map<String, Integer> indeks = new HashMap<>();
        for (int i = 0; i < daftar.size(); i++) {
            String k = kode.apply(daftar.get(i));
            String jalur = "$." + bagian + "[" + i + "].kode";
            if (wajib(k, jalur) && indeks.putIfAbsent(k, i) != null) {
                galat(jalur, "kode '" + k + "' ganda; sudah dipakai di $." + bagian + "[" + indeks.get(k) + "]");
            }
        }
        return indeks;
    }

    /** Code → index without reporting (for sections already checked elsewhere). */
    static <T> Map<String, Integer> indeks(List<T> daftar, Function<T, String> kode) {
        Map<String, Integer> indeks = new HashMap<>();
        for (int i = 0; i < daftar.size(); i++) {
            String k = kode.apply(daftar.get(i));
            if (k != null) {
                indeks.putIfAbsent(k, i);
            }
        }
        return indeks;
    }

    /** A natural key that must be unique within a section. */
    void unik(Set<List<Object>> terlihat, List<Object> kunci, String jalur, String uraian) {
        if (!terlihat.add(kunci)) {
            galat(jalur, uraian + " ganda: " + kunci);
        }
    }

    void rujukan(String nilai, Collection<String> ada, String jalur, String apa, boolean wajib) {
        if (nilai == null) {
            if (wajib) {
                galat(jalur, "wajib diisi");
            }
            return;
        }
        if (!ada.contains(nilai)) {
            galat(jalur, apa + " '" + nilai + "' tidak ditemukan dalam paket");
        }
    }

    /** Reports a cycle through {@code induk} links (each cycle once, at its first member). */
    void siklus(Map<String, String> induk, Map<String, Integer> indeks, String bagian, String kolom, String apa) {
        Set<String> selesai = new HashSet<>();
        for (String awal : induk.keySet()) {
            List<String> jejak = new ArrayList<>();
            String k = awal;
            while (k != null && !selesai.contains(k) && !jejak.contains(k)) {
                jejak.add(k);
                k = induk.get(k);
            }
            if (k != null && jejak.contains(k)) {
                List<String> lingkar = new ArrayList<>(jejak.subList(jejak.indexOf(k), jejak.size()));
                lingkar.add(k);
                galat("$." + bagian + "[" + indeks.get(k) + "]." + kolom, "siklus pada " + apa + ": "
                        + String.join(" → ", lingkar));
            }
            selesai.addAll(jejak);
        }
    }

    static <T> List<T> d(List<T> l) {
        return Paket.daftar(l);
    }
}
