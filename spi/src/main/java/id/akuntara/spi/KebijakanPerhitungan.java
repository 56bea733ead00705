package id.akuntara.spi;

import java.util.Objects;

/**
 * The calculation policies a plugin supplies as defaults for its level. Polarity is a property of each indicator,
 * not a policy, and is not here.
 *
 * @param pembulatan display rounding
 * @param rataRata   how means of capaian are taken
 * @param batasAtas  capping of capaian
 */
public record KebijakanPerhitungan(AturanPembulatan pembulatan, AturanRataRata rataRata, AturanBatasAtas batasAtas) {

    /** The policies under which every correct printed figure of the four seed reports reproduces. */
    public static final KebijakanPerhitungan STANDAR =
            new KebijakanPerhitungan(AturanPembulatan.STANDAR, AturanRataRata.STANDAR, AturanBatasAtas.TANPA);

    public KebijakanPerhitungan {
        Objects.requireNonNull(pembulatan, "pembulatan");
        Objects.requireNonNull(rataRata, "rataRata");
        Objects.requireNonNull(batasAtas, "batasAtas");
    }
}
