package id.akuntara.core.calc;

import java.util.Objects;
import java.util.Optional;

/**
 * A rating: the label of the band a value falls in, or "tanpa predikat" with the reason (never a guessed band).
 */
public record Predikat(Optional<String> label, String alasan) {

    public Predikat {
        Objects.requireNonNull(label, "label");
        Objects.requireNonNull(alasan, "alasan");
    }

    static Predikat dari(String label) {
        return new Predikat(Optional.of(label), "");
    }

    static Predikat tanpaPredikat(String alasan) {
        return new Predikat(Optional.empty(), alasan);
    }

    /** The label, or "tanpa predikat". */
    public String tampil() {
        return label.orElse("tanpa predikat");
    }
}
