/**
 * The data package format (docs/data-package.md): its model {@code PaketData}, reading, writing and validating a
 * package.
 *
 * <p>Pure Java: no infrastructure, no {@code jakarta.*}, no Hibernate (CoreArchitectureTest). Used by the CLI, the
 * measurement service, the quality checks and core's infrastructure (import/export).
 */
package id.akuntara.core.paket;
