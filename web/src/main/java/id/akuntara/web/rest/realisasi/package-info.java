/**
 * {@code /api/v1/realisasi}: the realisasi of the caller's pemda per year, entering values, the workflow steps
 * (ajukan, kembalikan, verifikasi, tetapkan), evidence files and history, all through core's
 * {@code application.realisasi.RealisasiService}. The resource maps JSON to core's input records (leniently: the use
 * case loads before it validates) and answers core's records as JSON; it computes and decides nothing itself.
 */
package id.akuntara.web.rest.realisasi;
