package id.akuntara.core.calc;

import java.math.BigDecimal;
import java.util.Objects;

/**
 * What an indicator aims at: a single value (also a count, e.g. Klungkung's award nominations, target 1), a range
 * [bawah, atas], or nothing.
 */
public sealed interface Target {

    static Target nilai(BigDecimal nilai) {
        return new Nilai(nilai);
    }

    static Target rentang(BigDecimal bawah, BigDecimal atas) {
        return new Rentang(bawah, atas);
    }

    static Target tidakAda(String alasan) {
        return new TidakAda(alasan);
    }

    /** A single target value. */
    record Nilai(BigDecimal nilai) implements Target {
        public Nilai {
            Objects.requireNonNull(nilai, "nilai");
        }
    }

    /** A range target, both bounds inclusive. */
    record Rentang(BigDecimal bawah, BigDecimal atas) implements Target {
        public Rentang {
            Objects.requireNonNull(bawah, "bawah");
            Objects.requireNonNull(atas, "atas");
            if (bawah.compareTo(atas) > 0) {
                throw new IllegalArgumentException("Batas bawah rentang target melebihi batas atas: " + bawah + " > " + atas);
            }
        }
    }

    /** No target was set for the year. */
    record TidakAda(String alasan) implements Target {
        public TidakAda {
            Objects.requireNonNull(alasan, "alasan");
        }
    }
}
