/**
 * Revision history (audit trail) of the stored entities.
 *
 * <p>Server only, part of core's persistence.
 */
package id.akuntara.core.infrastructure.persistence.audit;
