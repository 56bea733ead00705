/**
 * {@code pengaturan.xhtml}: the pemda's settings form for its {@code admin-pemda} (issue 13, points 3 and 5), over
 * core's {@code PengaturanService}.
 */
package id.akuntara.web.faces.pengaturan;
