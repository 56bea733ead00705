/**
 * SAKIP evaluations: weighted components, printed score and grade, recommendations and their follow-up, reward and
 * punishment decisions.
 *
 * <p>Entities for core's infrastructure and application services; the evaluation total is computed by
 * {@code core.pengukuran}.
 */
package id.akuntara.core.domain.evaluasi;
