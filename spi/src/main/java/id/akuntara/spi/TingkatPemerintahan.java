package id.akuntara.spi;

/** Level of regional government. */
public enum TingkatPemerintahan {
    KOTA, KABUPATEN, PROVINSI
}
