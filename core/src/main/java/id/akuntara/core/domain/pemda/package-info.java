/**
 * The pemda (tenant) with its level and its stored settings (target source, rounding, capaian scale bands).
 *
 * <p>Entities for core's infrastructure, application services and plugin configuration.
 */
package id.akuntara.core.domain.pemda;
