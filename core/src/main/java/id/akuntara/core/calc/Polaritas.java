package id.akuntara.core.calc;

import java.util.Locale;

/**
 * Direction of an indicator. Source: Pangkalpinang LAKIP 2021 BAB III 3.2 ("semakin tinggi realisasi menunjukkan
 * semakin tingginya kinerja" / "… semakin rendah kinerja"), after PermenPAN-RB 53/2014.
 */
public enum Polaritas {
    /** Higher is better: capaian = R / T × 100. */
    NAIK("naik"),
    /** Lower is better: capaian = (2T − R) / T × 100. */
    TURUN("turun");

    private final String kode;

    Polaritas(String kode) {
        this.kode = kode;
    }

    public String kode() {
        return kode;
    }

    /** Reads "naik"/"turun" (case-insensitive); anything else is an {@link IllegalArgumentException}. */
    public static Polaritas dariKode(String teks) {
        String t = teks == null ? "" : teks.strip().toLowerCase(Locale.ROOT);
        for (Polaritas p : values()) {
            if (p.kode.equals(t)) {
                return p;
            }
        }
        throw new IllegalArgumentException("polaritas tidak dikenal: '" + teks + "' (gunakan 'naik' atau 'turun')");
    }
}
