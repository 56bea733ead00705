/**
 * The one-command launcher: starts the embedded database, Keycloak and the application server for a demo or a
 * development run.
 *
 * <p>Entry point only; no module depends on it. Of core it uses only the schema migration
 * ({@code core.infrastructure.migration}) to prepare the embedded database.
 */
package id.akuntara.launcher;
