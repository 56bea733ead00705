/**
 * {@code /api/v1/riwayat/{jenis}/{id}}: who changed a record of the caller's pemda, what and when (the audit trail),
 * through core's {@code RiwayatService}.
 */
package id.akuntara.web.rest.riwayat;
