/**
 * {@code GET /api/v1/laporan/{tahun}} and {@code …/pk}, {@code …/pk/{kode}}: the annual report and the Perjanjian
 * Kinerja documents of the caller's own pemda as PDF, DOCX or XLSX (docs/api.md, docs/laporan.md).
 */
package id.akuntara.web.rest.laporan;
