/**
 * The one measurement path: {@code LayananPengukuran} computes the read model {@code KinerjaTahunan} of a
 * pemda-year (indicators, sasaran, bands, budget, evaluation, trace) from a {@code SumberPengukuran} under the
 * pemda's policies.
 *
 * <p>Pure Java: no infrastructure, no {@code jakarta.*}, no Hibernate (CoreArchitectureTest). {@code web},
 * {@code reports} and {@code cli} reach every figure through this service and its read model, not through
 * {@code core.calc} calculators (CliArchitectureTest, WebArchitectureTest).
 */
package id.akuntara.core.pengukuran;
