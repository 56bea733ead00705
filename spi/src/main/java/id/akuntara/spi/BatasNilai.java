package id.akuntara.spi;

import java.math.BigDecimal;
import java.util.Objects;

/** One bound of a band, with explicit inclusiveness ("75 s.d. 100" includes both; ">100" excludes 100). */
public record BatasNilai(BigDecimal nilai, boolean inklusif) {

    public BatasNilai {
        Objects.requireNonNull(nilai, "nilai");
    }

    public static BatasNilai inklusif(String nilai) {
        return new BatasNilai(new BigDecimal(nilai), true);
    }

    public static BatasNilai eksklusif(String nilai) {
        return new BatasNilai(new BigDecimal(nilai), false);
    }
}
