/**
 * Application services of the server: use cases over the stored data (profile of the signed-in user, data quality,
 * loading the built-in packages, database readiness, the figures), and one subpackage per feature whose use cases
 * form an explicit API (an interface, record DTOs, an implementation over the repositories): {@code realisasi}.
 *
 * <p>Used by {@code web} (and the server's startup); they may use the domain, infrastructure, tenancy and plugin
 * packages. The CLI does not use them (no server, no database).
 */
package id.akuntara.core.application;
