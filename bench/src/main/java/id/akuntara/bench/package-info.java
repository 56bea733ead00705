/**
 * JMH benchmarks of the calculation engine and the reviu (docs/benchmarks.md) and the worksheet generator they
 * use.
 *
 * <p>Run by the bench module only; nothing depends on it. It may use {@code core.calc} and {@code core.reviu}
 * directly: it measures them.
 */
package id.akuntara.bench;
