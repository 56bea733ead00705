/**
 * Kontrak plugin tingkat pemerintahan (kota, kabupaten, provinsi) and the value types plugins return.
 *
 * <p>JDK only (enforced by {@code SpiArchitectureTest}): no Jakarta, no CDI, no dependency on {@code core}. Values
 * are immutable records; policies and scales are data that {@code core} maps onto its calculation engine.
 */
package id.akuntara.spi;
