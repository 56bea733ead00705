/**
 * {@code /api/v1/kinerja/{tahun}}: the figures of the caller's pemda for a year, their traces, fixing the year and
 * the differences from its snapshot, all through core's measurement service (PengukuranService).
 */
package id.akuntara.web.rest.kinerja;
