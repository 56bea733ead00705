package id.akuntara.spi;

/** What a rating scale rates. */
public enum KegunaanSkala {
    /** The capaian (%) of an indicator or sasaran, e.g. Pangkalpinang LAKIP 2021 Tabel 3.1. */
    CAPAIAN,
    /** A SAKIP evaluation score (0–100) graded AA … D. */
    NILAI_SAKIP
}
