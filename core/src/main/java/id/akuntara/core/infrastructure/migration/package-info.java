/**
 * Database schema migration and setup at startup.
 *
 * <p>Server only, used by core's application services; never by {@code web}, {@code cli} or the pure-Java
 * packages.
 */
package id.akuntara.core.infrastructure.migration;
