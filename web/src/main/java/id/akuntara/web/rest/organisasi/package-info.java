/**
 * {@code /api/v1/organisasi}: the organisation chart of the caller's pemda (issue 13, point 1) over core's
 * {@code OrganisasiService}: the tree as of a date with positions and holders, the restructure history, and the
 * admin-pemda's moves (units, positions, pegawai, assignments).
 */
package id.akuntara.web.rest.organisasi;
