/**
 * The users of a pemda (issue 13, point 2): its {@code admin-pemda} lists, creates, disables, re-enables them and
 * changes their roles, always inside the pemda of the verified token (its Keycloak organization).
 * <p>
 * Who may use it: {@link id.akuntara.core.application.pengguna.PenggunaPemdaService} is for the role
 * {@code admin-pemda} only (checked with {@code Akses.wajib}); the REST resource {@code /api/v1/pengguna} and the page
 * {@code pengguna.xhtml} call it. The directory itself is the port
 * {@link id.akuntara.core.application.pengguna.DirektoriPengguna}: it names no Keycloak type; its adapter (module
 * {@code keycloak-admin}) talks to Keycloak's admin API with a service-account client.
 */
package id.akuntara.core.application.pengguna;
