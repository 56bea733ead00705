/**
 * {@code /api/v1/renstra}, {@code /api/v1/iku} (the target source: {@code rest.pengaturan}): the caller's pemda's
 * Renstra versions and their tree, drafts and Perubahan Renstra, adoption, the IKU choice and the authoritative target
 * source, through core's plan use cases ({@code core.application.rencana}). Roles: reading for the four pemda roles;
 * Renstra drafts for {@code operator} and {@code admin-pemda}; adoption for {@code admin-pemda} and {@code pimpinan};
 * the IKU and the target source for {@code admin-pemda}.
 */
package id.akuntara.web.rest.rencana;
