/**
 * The one-command launcher: starts the embedded database, Keycloak and the application server for a demo or a
 * development run.
 *
 * <p>Entry point only; no module depends on it, and it uses no core class.
 */
package id.akuntara.launcher;
