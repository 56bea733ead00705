/**
 * Planning documents: RPJMD, Renstra, tujuan, sasaran, indicators (single, composite, mean of capaian), IKU and
 * targets by source.
 *
 * <p>Entities for core's infrastructure and application services.
 */
package id.akuntara.core.domain.rencana;
