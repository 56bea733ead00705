/**
 * The realisasi use cases (issue 10 point 3): list a year's realisasi with the authoritative target and capaian from
 * the measurement service, enter or edit a value as an explicit choice (a value, not yet released, carried forward
 * from an earlier year, none with a reason — never a silent zero) with its explanation, and move it through the
 * workflow draft → diajukan (operator) → dikembalikan with a note / diverifikasi (verifikator) → ditetapkan
 * (pimpinan, locked); its evidence files (PDF, JPEG, PNG, XLSX by content, at most 10 MiB, SHA-256) and its history.
 *
 * <p>{@link id.akuntara.core.application.realisasi.RealisasiService} is the application API that the REST resources,
 * the pages and imports call; {@link id.akuntara.core.application.realisasi.LayananRealisasi} implements it over the
 * repositories (no {@code EntityManager}) and checks every role itself ({@code Akses.wajib}). Record DTOs only cross
 * the boundary, never entities.
 */
package id.akuntara.core.application.realisasi;
