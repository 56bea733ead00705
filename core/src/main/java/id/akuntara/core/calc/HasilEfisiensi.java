package id.akuntara.core.calc;

import java.math.BigDecimal;
import java.util.Objects;

/**
 * Efficiency as Klungkung computes it (see {@link EfisiensiCalculator#klungkung}).
 *
 * @param standarEfisiensi SE = target sasaran / target keuangan
 * @param indeksEfisiensi  IE = realisasi sasaran / realisasi keuangan
 * @param tingkatEfisiensi (IE − SE) / SE
 * @param efisien          IE &gt; SE
 */
public record HasilEfisiensi(BigDecimal standarEfisiensi, BigDecimal indeksEfisiensi, BigDecimal tingkatEfisiensi,
        boolean efisien) {

    public HasilEfisiensi {
        Objects.requireNonNull(standarEfisiensi, "standarEfisiensi");
        Objects.requireNonNull(indeksEfisiensi, "indeksEfisiensi");
        Objects.requireNonNull(tingkatEfisiensi, "tingkatEfisiensi");
    }

    /** "Efisien" or "Tidak Efisien" (the second label is never printed in the seed; it is the only alternative). */
    public String keterangan() {
        return efisien ? "Efisien" : "Tidak Efisien";
    }
}
