/**
 * The realisasi pages (issue 11 point 5): the operator's grid per year and period ({@code realisasi.xhtml}), the
 * verifier's queue ({@code verifikasi.xhtml}), the history dialog and the evidence download. Every read and write goes
 * through core's {@link id.akuntara.core.application.realisasi.RealisasiService}, as the REST resource does; the
 * use case checks the role and the pemda itself.
 */
package id.akuntara.web.faces.realisasi;
