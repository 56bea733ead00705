package id.akuntara.core.calc;

import java.math.BigDecimal;
import java.util.Objects;
import java.util.Optional;

/**
 * A rating band: a label and its bounds; an absent bound is unbounded.
 *
 * @param label  e.g. "Baik", "BB"
 * @param bawah  lower bound, empty for −∞
 * @param atas   upper bound, empty for +∞
 */
public record PitaPredikat(String label, Optional<BatasPita> bawah, Optional<BatasPita> atas) {

    public PitaPredikat {
        Objects.requireNonNull(label, "label");
        Objects.requireNonNull(bawah, "bawah");
        Objects.requireNonNull(atas, "atas");
    }

    /** Band between two bounds with the given inclusiveness. */
    public static PitaPredikat antara(String label, BatasPita bawah, BatasPita atas) {
        return new PitaPredikat(label, Optional.of(bawah), Optional.of(atas));
    }

    /** "> nilai" (no upper bound). */
    public static PitaPredikat lebihDari(String label, BigDecimal nilai) {
        return new PitaPredikat(label, Optional.of(BatasPita.eksklusif(nilai)), Optional.empty());
    }

    /** "< nilai" (no lower bound). */
    public static PitaPredikat kurangDari(String label, BigDecimal nilai) {
        return new PitaPredikat(label, Optional.empty(), Optional.of(BatasPita.eksklusif(nilai)));
    }

    public boolean memuat(BigDecimal v) {
        boolean diAtasBawah = bawah.map(b -> b.inklusif() ? v.compareTo(b.nilai()) >= 0 : v.compareTo(b.nilai()) > 0).orElse(true);
        boolean diBawahAtas = atas.map(a -> a.inklusif() ? v.compareTo(a.nilai()) <= 0 : v.compareTo(a.nilai()) < 0).orElse(true);
        return diAtasBawah && diBawahAtas;
    }

    String tampil() {
        return label + " (" + bawah.map(b -> b.tampil(true)).orElse("-∞") + " s.d. "
                + atas.map(a -> a.tampil(false)).orElse("+∞") + ")";
    }
}
