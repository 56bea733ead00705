/**
 * Narrative sections of a report (BAB / bagian) and their repository port.
 *
 * <p>Entities for core's infrastructure and application services.
 */
package id.akuntara.core.domain.narasi;
