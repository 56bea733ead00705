package id.akuntara.spi;

/**
 * The contract of a government-level plugin (kota, kabupaten, provinsi). Implementations are plain
 * Java classes listed in {@code META-INF/services/id.akuntara.spi.TenantPlugin}; {@code core} loads
 * them once at start-up. A plugin depends on this module and the JDK only.
 */
public interface TenantPlugin {

    /** Stable id, e.g. {@code kota}; a pemda names its plugin by this id. */
    String id();

    /** The level of government this plugin serves. */
    TingkatPemerintahan tingkat();

    /** Title of the head of region: Walikota, Bupati or Gubernur. */
    String sebutanKepalaDaerah();
}
