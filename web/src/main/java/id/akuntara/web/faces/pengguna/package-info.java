/**
 * The page {@code pengguna.xhtml} (issue 13, point 5 for users): the admin-pemda's list of the pemda's users with
 * create, disable, re-enable and role change, over core's {@code PenggunaPemdaService} (not the REST API).
 */
package id.akuntara.web.faces.pengguna;
