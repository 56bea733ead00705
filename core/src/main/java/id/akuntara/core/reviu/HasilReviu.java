package id.akuntara.core.reviu;

import java.util.List;
import java.util.Objects;

/** Outcome of a reviu: summary, findings and input errors, each list ordered by row. */
public record HasilReviu(Ringkasan ringkasan, List<Temuan> temuan, List<Galat> galat) {

    public HasilReviu {
        Objects.requireNonNull(ringkasan, "ringkasan");
        temuan = List.copyOf(temuan);
        galat = List.copyOf(galat);
    }

    /** Exit code of {@code akuntara reviu}: 2 when the input has errors, else 1 when there are findings, else 0. */
    public int kodeKeluar() {
        if (!galat.isEmpty()) {
            return 2;
        }
        return temuan.isEmpty() ? 0 : 1;
    }
}
