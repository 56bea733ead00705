package id.akuntara.core.calc;

import java.math.BigDecimal;
import java.util.Objects;

/**
 * An actual value, or a typed blank. Seen in the seeds: released values, "belum rilis" (Pangkalpinang LAKIP 2021
 * 3.3, LPPD and AKIP 2021), values carried forward from an earlier year (Kaltim LKjIP 2021 Tabel 3.3, EKPPD 2018
 * used for 2021) and missing values (Tanjungpinang LKIP 2020 Tabel 3.3, "Tidak ada kegiatan pendukung").
 */
public sealed interface Realisasi {

    static Realisasi tersedia(BigDecimal nilai) {
        return new Tersedia(nilai);
    }

    static Realisasi belumRilis() {
        return new BelumRilis();
    }

    static Realisasi dibawaDari(BigDecimal nilai, int tahun) {
        return new DibawaDari(nilai, tahun);
    }

    static Realisasi tidakAda(String alasan) {
        return new TidakAda(alasan);
    }

    /** A value for the year measured. */
    record Tersedia(BigDecimal nilai) implements Realisasi {
        public Tersedia {
            Objects.requireNonNull(nilai, "nilai");
        }
    }

    /** Not yet released by the evaluating body. */
    record BelumRilis() implements Realisasi {
    }

    /** A value from an earlier year, reported again. */
    record DibawaDari(BigDecimal nilai, int tahun) implements Realisasi {
        public DibawaDari {
            Objects.requireNonNull(nilai, "nilai");
        }
    }

    /** No value, with the reason. */
    record TidakAda(String alasan) implements Realisasi {
        public TidakAda {
            Objects.requireNonNull(alasan, "alasan");
        }
    }
}
