/**
 * Staff: employees (NIP), assignments (definitif, Plt, Pj, Plh) and staff statistics.
 *
 * <p>Entities for core's infrastructure and application services.
 */
package id.akuntara.core.domain.kepegawaian;
