/**
 * The server's adapter of the measurement's source port: {@code SumberTersimpan} reads the current tenant's stored
 * entities (tenant filter and row-level security apply) in the data package's canonical form for
 * {@code core.pengukuran.LayananPengukuran}. Used by {@code core.application} only.
 */
package id.akuntara.core.infrastructure.pengukuran;
