/**
 * JMH benchmarks of the calculation engine, the reviu, the measurement service and the realisation write path
 * (docs/benchmarks.md), and the worksheet and package generators they use.
 *
 * <p>Run by the bench module only; nothing depends on it. It may use {@code core.calc} and {@code core.reviu}
 * directly: it measures them. {@code RealisasiTulisBenchmark} also opens the persistence unit outside the server,
 * on an embedded PostgreSQL, as core's repository tests do.
 */
package id.akuntara.bench;
