/**
 * CDI beans that expose the plugins and the current pemda's settings to the server.
 *
 * <p>Server only (CDI); used by {@code web} and core's application services, never by the CLI.
 */
package id.akuntara.core.plugin.cdi;
