/**
 * Shared domain building blocks: tenant entity base, revision history entries, version kinds, date precision, rule
 * violations.
 *
 * <p>Used by every domain package and by core's infrastructure; no dependency on infrastructure or application
 * services.
 */
package id.akuntara.core.domain.bersama;
