package id.akuntara.core.calc;

import java.math.BigDecimal;
import java.util.Objects;
import java.util.Optional;

/**
 * Capping policy per tenant (issue 3 rule 2): none, as in all four seed reports (Klungkung LKjIP 2020 Tabel 3.3
 * enters 162,48 into its average uncapped; Kaltim LKjIP 2021 Tabel 3.3 prints 140,57), or a maximum value — the
 * PermenPAN-RB performance-management rules mentioned in domain.md cap the converted score at 120.
 *
 * @param maksimum the cap; empty for no capping
 */
public record BatasCapaian(Optional<BigDecimal> maksimum) {

    /** No capping (the seeds). */
    public static final BatasCapaian TANPA = new BatasCapaian(Optional.empty());

    public BatasCapaian {
        Objects.requireNonNull(maksimum, "maksimum");
        maksimum.ifPresent(m -> {
            if (m.signum() <= 0) {
                throw new IllegalArgumentException("Batas capaian harus positif: " + m);
            }
        });
    }

    public static BatasCapaian maksimum(BigDecimal batas) {
        return new BatasCapaian(Optional.of(batas));
    }

    /** The value, lowered to the cap when it exceeds it. */
    public BigDecimal terapkan(BigDecimal capaian) {
        return maksimum.filter(m -> capaian.compareTo(m) > 0).orElse(capaian);
    }

    /** The result with its value capped; results without a value are returned unchanged. */
    public HasilHitung terapkan(HasilHitung hasil) {
        if (maksimum.isEmpty() || !hasil.bernilai()) {
            return hasil;
        }
        return hasil.denganNilai(terapkan(hasil.nilaiAtauGagal()));
    }
}
