package id.akuntara.core.calc;

import java.util.Objects;

/** A defect of a rating scale found by {@link SkalaPredikat#validasi}: a gap or an overlap, described in Indonesian. */
public record MasalahSkala(Jenis jenis, String pesan) {

    public enum Jenis { CELAH, TUMPANG_TINDIH }

    public MasalahSkala {
        Objects.requireNonNull(jenis, "jenis");
        Objects.requireNonNull(pesan, "pesan");
    }
}
