package id.akuntara.spi;

import java.math.BigDecimal;
import java.util.Objects;
import java.util.Optional;

/**
 * Capping of capaian: none (all four seed reports: Klungkung enters 162,48 uncapped, Kaltim prints 140,57), or a
 * maximum a pemda adopts.
 *
 * @param maksimum the cap, positive; empty for no capping
 */
public record AturanBatasAtas(Optional<BigDecimal> maksimum) {

    /** No capping. */
    public static final AturanBatasAtas TANPA = new AturanBatasAtas(Optional.empty());

    public AturanBatasAtas {
        Objects.requireNonNull(maksimum, "maksimum");
        maksimum.ifPresent(m -> {
            if (m.signum() <= 0) {
                throw new IllegalArgumentException("batas atas capaian harus positif: " + m);
            }
        });
    }

    public static AturanBatasAtas maksimum(BigDecimal batas) {
        return new AturanBatasAtas(Optional.of(batas));
    }
}
