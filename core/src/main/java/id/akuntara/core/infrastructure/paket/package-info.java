/**
 * Import and export of data packages into and out of the stored entities, and loading the built-in packages.
 *
 * <p>Server only, used by core's application services; {@code core.paket}, {@code core.pengukuran} and
 * {@code core.kualitas} must not depend on it.
 */
package id.akuntara.core.infrastructure.paket;
