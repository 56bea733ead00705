/**
 * JPA implementations of the domain repositories.
 *
 * <p>Server only, used by core's application services; never by {@code web} or {@code cli}.
 */
package id.akuntara.core.infrastructure.persistence;
