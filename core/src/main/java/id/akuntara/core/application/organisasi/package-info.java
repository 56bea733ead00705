/**
 * The organisation chart use cases ({@link id.akuntara.core.application.organisasi.OrganisasiService}, issue 13
 * point 1): the tree of units with their positions and holders as of any date, the restructure history, and the
 * admin's moves (create, rename/move, merge, split, close a unit; create a position; add a pegawai; assign and end a
 * holder), with their record DTOs. Used by {@code web} (REST {@code /api/v1/organisasi} and the page
 * {@code organisasi.xhtml}); every use case checks its roles itself ({@code Akses.wajib}).
 */
package id.akuntara.core.application.organisasi;
