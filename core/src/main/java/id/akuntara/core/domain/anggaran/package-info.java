/**
 * Budget lines (program, kegiatan, sub-kegiatan) of a pemda with their links to sasaran and indicators, and their
 * repository port.
 *
 * <p>Entities for core's infrastructure and application services; other modules reach budget figures only through
 * {@code core.pengukuran}.
 */
package id.akuntara.core.domain.anggaran;
