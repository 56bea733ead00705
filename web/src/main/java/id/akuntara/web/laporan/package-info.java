/**
 * The reports of the caller's own pemda as files, shared by the REST API ({@code rest.laporan}) and the pages'
 * download ({@code faces}): {@link id.akuntara.web.laporan.LaporanPemdaService} joins the read model, the stored
 * configuration and the pemda's words, and {@code reports} renders them.
 */
package id.akuntara.web.laporan;
