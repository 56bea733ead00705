/**
 * Organisation: units (Sekretariat Daerah, Asisten, Biro, Bagian …), positions and restructurings over time.
 *
 * <p>Entities for core's infrastructure and application services.
 */
package id.akuntara.core.domain.organisasi;
