/**
 * Stored measurement data: realisasi per indicator and period with explanations and evidence, action plans, and
 * the snapshot of a fixed year, {@code SnapshotKinerja} (the measurement service's read model, stored whole).
 *
 * <p>Entities for core's infrastructure and application services. {@code web}, {@code reports} and {@code cli}
 * must not use {@code SnapshotKinerja}: they read figures from the read model of {@code core.pengukuran}, through
 * {@code application.PengukuranService} on the server (CliArchitectureTest, WebArchitectureTest).
 */
package id.akuntara.core.domain.pengukuran;
