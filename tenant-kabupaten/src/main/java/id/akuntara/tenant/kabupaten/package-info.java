/**
 * The kabupaten level plugin: its policies, terminology, report outline and built-in data packages (Klungkung).
 *
 * <p>Implements {@code id.akuntara.spi} only; found by core through the service loader, never referenced by core
 * (CoreArchitectureTest).
 */
package id.akuntara.tenant.kabupaten;
