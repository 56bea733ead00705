package id.akuntara.spi;

import java.util.Locale;

/**
 * Level of regional government (UU 23/2014: daerah provinsi, daerah kabupaten/kota). Every pemda has exactly
 * one level, and every level has exactly one serving plugin.
 */
public enum TingkatPemerintahan {
    KOTA, KABUPATEN, PROVINSI;

    /** The id the default plugin of this level carries: {@code kota}, {@code kabupaten}, {@code provinsi}. */
    public String idPluginBawaan() {
        return name().toLowerCase(Locale.ROOT);
    }
}
