package id.akuntara.web.rest;

import id.akuntara.core.plugin.HasilValidasiPlugin;
import id.akuntara.core.plugin.MasalahPlugin;
import id.akuntara.core.plugin.cdi.LayananPlugin;
import id.akuntara.core.akses.Peran;
import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.extensions.Extension;

import java.util.List;

/**
 * {@code GET /api/v1/plugin}: the installed government-level plugins with id, version, the level they serve,
 * whether they are the active one for it, and their validation result ("SAH", or "PERINGATAN" with the findings,
 * e.g. a default scale with a gap, named). For the platform admin only.
 */
@Path("plugin")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
public class PluginResource {

    @Inject
    LayananPlugin layanan;

    /** One installed plugin as listed. */
    public record PluginTerpasang(String id, String versi, String tingkat, int prioritas, boolean aktif, String kelas,
            String status, List<MasalahPlugin> masalah) {

        static PluginTerpasang dari(HasilValidasiPlugin h) {
            return new PluginTerpasang(h.id(), h.versi(), h.tingkat().name(), h.prioritas(), h.aktif(), h.kelas(),
                    h.status(), h.masalah());
        }
    }

    @GET
    @RolesAllowed(Peran.ADMIN_PLATFORM)
    @Operation(extensions = @Extension(name = "x-peran", value = "[\"admin-platform\"]", parseValue = true))
    public List<PluginTerpasang> daftar() {
        return layanan.hasilValidasi().stream().map(PluginTerpasang::dari).toList();
    }
}
