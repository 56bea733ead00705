/**
 * Data-quality checks over a data package ({@code PemeriksaKualitasData}): conflicting targets, PK cascade and
 * budget parent/child sums, missing targets, scale gaps, carried-forward values.
 *
 * <p>Pure Java: no infrastructure, no {@code jakarta.*}, no Hibernate (CoreArchitectureTest). Used by the CLI
 * ({@code paket periksa}), the application services and the golden tests.
 */
package id.akuntara.core.kualitas;
