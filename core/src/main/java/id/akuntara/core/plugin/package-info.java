/**
 * Level plugins seen from core: finding and validating them, layering the pemda's configuration (core defaults,
 * plugin, stored settings) and mapping plugin policies onto the calculation engine.
 *
 * <p>Pure Java; used by the measurement policy, the CLI and (through {@code core.plugin.cdi}) the server.
 */
package id.akuntara.core.plugin;
