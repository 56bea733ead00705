package id.akuntara.core.calc;

import java.math.BigDecimal;
import java.util.Objects;

/**
 * Display policy: a number of decimals and a {@link ModePembulatan}. Calculation runs at full precision
 * ({@link Presisi}); a {@code Pembulatan} is applied only when a figure is presented or when an aggregation policy
 * explicitly rounds its members first.
 *
 * <p>Default ({@link #STANDAR}): 2 decimals, half-up — every correct printed capaian in the four seed reports
 * reproduces under it. {@link #potong(int)} exists because Pangkalpinang LAKIP 2021 Tabel 3.3 prints 88,23 for
 * 88,2352… (truncation).
 *
 * @param skala decimals kept (0 or more)
 * @param mode  how the rest is dropped
 */
public record Pembulatan(int skala, ModePembulatan mode) {

    /** 2 decimals, half-up. */
    public static final Pembulatan STANDAR = new Pembulatan(2, ModePembulatan.SETENGAH_KE_ATAS);

    public Pembulatan {
        Objects.requireNonNull(mode, "mode");
        if (skala < 0) {
            throw new IllegalArgumentException("Skala pembulatan tidak boleh negatif: " + skala);
        }
    }

    public static Pembulatan setengahKeAtas(int skala) {
        return new Pembulatan(skala, ModePembulatan.SETENGAH_KE_ATAS);
    }

    public static Pembulatan potong(int skala) {
        return new Pembulatan(skala, ModePembulatan.POTONG);
    }

    /** The value cut to {@link #skala()} decimals under {@link #mode()}. */
    public BigDecimal terapkan(BigDecimal nilai) {
        return nilai.setScale(skala, mode.roundingMode());
    }
}
