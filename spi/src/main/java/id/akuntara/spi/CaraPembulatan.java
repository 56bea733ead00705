package id.akuntara.spi;

/**
 * How a figure is cut to its printed decimals: half-up (every reproducible seed table) or truncation
 * (Pangkalpinang LAKIP 2021 Tabel 3.3 prints 88,23 for 88,2352…). Core maps it to its calculation engine.
 */
public enum CaraPembulatan {
    SETENGAH_KE_ATAS, POTONG
}
