/**
 * The current tenant and user of a request, and running work for a tenant in the background.
 *
 * <p>Server only; used by {@code web} and core's application services and infrastructure, never by the CLI.
 */
package id.akuntara.core.tenancy;
