/**
 * Perjanjian Kinerja: the PK of a unit and year with its indicator rows, programs and amounts, its cascade and
 * replacement (PK Perubahan).
 *
 * <p>Entities for core's infrastructure and application services.
 */
package id.akuntara.core.domain.perjanjian;
