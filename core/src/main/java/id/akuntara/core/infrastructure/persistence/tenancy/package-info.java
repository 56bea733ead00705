/**
 * Tenant isolation in the database: tenant resolution for Hibernate and row-level security on the connection.
 *
 * <p>Server only, part of core's persistence.
 */
package id.akuntara.core.infrastructure.persistence.tenancy;
