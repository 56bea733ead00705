package id.akuntara.spi;

import java.util.Objects;

/**
 * Display rounding of capaian and other derived figures.
 *
 * @param desimal decimals printed (0–12)
 * @param cara    how the rest is dropped
 */
public record AturanPembulatan(int desimal, CaraPembulatan cara) {

    /** Two decimals, half-up: every correct printed capaian of the four seed reports reproduces under it. */
    public static final AturanPembulatan STANDAR = new AturanPembulatan(2, CaraPembulatan.SETENGAH_KE_ATAS);

    public AturanPembulatan {
        Objects.requireNonNull(cara, "cara");
        if (desimal < 0 || desimal > 12) {
            throw new IllegalArgumentException("desimal harus 0 s.d. 12: " + desimal);
        }
    }
}
