package id.akuntara.core.reviu;

import java.util.Optional;

/**
 * Kinds of worksheet rows. {@code capaian}, {@code anggaran} and {@code rata-rata} are the three of issue 3;
 * {@code perubahan} (year on year: target = last year's realisasi, Kaltim LKjIP 2021 Tabel 3.5) and
 * {@code selisih} (target − realisasi in points, Kaltim Tabel 3.19 column 5 = 3 − 4) and {@code rasio}
 * (realisasi / target without × 100, Klungkung LKjIP 2020 Tabel 3.2/3.4 Standar and Indeks Efisiensi) extend it
 * so those seed tables can be reviewed too.
 */
public enum JenisBaris {
    CAPAIAN("capaian"),
    ANGGARAN("anggaran"),
    RATA_RATA("rata-rata"),
    PERUBAHAN("perubahan"),
    SELISIH("selisih"),
    RASIO("rasio");

    private final String kode;

    JenisBaris(String kode) {
        this.kode = kode;
    }

    public String kode() {
        return kode;
    }

    public static Optional<JenisBaris> dariKode(String teks) {
        String t = teks.strip().toLowerCase(java.util.Locale.ROOT);
        for (JenisBaris j : values()) {
            if (j.kode.equals(t)) {
                return Optional.of(j);
            }
        }
        return Optional.empty();
    }
}
