/**
 * {@code /api/v1/pengguna}: the users of the caller's pemda for its {@code admin-pemda} (issue 13, point 2), over
 * core's {@code PenggunaPemdaService}: list, create (temporary password, roles, optional NIP), disable, re-enable,
 * change roles. Keycloak not answering is 503 in the caller's language; nothing is half-made.
 */
package id.akuntara.web.rest.pengguna;
