package id.akuntara.spi;

import java.util.Objects;
import java.util.Optional;

/**
 * A band of a rating scale; an absent bound is unbounded.
 *
 * @param label       the rating, e.g. "BB"
 * @param keterangan  its meaning as printed, e.g. "Sangat Baik"; may be empty
 * @param bawah       lower bound, empty for −∞
 * @param atas        upper bound, empty for +∞
 */
public record DefinisiPita(String label, String keterangan, Optional<BatasNilai> bawah, Optional<BatasNilai> atas) {

    public DefinisiPita {
        Teks.wajib(label, "label");
        Objects.requireNonNull(keterangan, "keterangan");
        Objects.requireNonNull(bawah, "bawah");
        Objects.requireNonNull(atas, "atas");
    }

    public static DefinisiPita antara(String label, String keterangan, BatasNilai bawah, BatasNilai atas) {
        return new DefinisiPita(label, keterangan, Optional.of(bawah), Optional.of(atas));
    }
}
