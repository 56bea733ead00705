/**
 * Stored measurement data: realisasi per indicator and period with explanations and evidence, action plans, and
 * the stored capaian snapshot {@code HasilCapaian}.
 *
 * <p>Entities for core's infrastructure and application services. {@code web}, {@code reports} and {@code cli}
 * must not use {@code HasilCapaian}: they read figures from the read model of {@code core.pengukuran}
 * (CliArchitectureTest, WebArchitectureTest).
 */
package id.akuntara.core.domain.pengukuran;
