package id.akuntara.web.rest.riwayat;

import id.akuntara.core.akses.Peran;
import id.akuntara.core.application.riwayat.RiwayatService;
import id.akuntara.core.pengukuran.KinerjaJson;
import id.akuntara.web.rest.Masalah;
import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.extensions.Extension;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import java.util.UUID;

/**
 * The history of one record of the caller's pemda: each change with its revision, time, user (the verified username
 * that made it) and the fields old → new. An unknown kind, or an id that is not the caller's pemda's, is 404 (the
 * detail of an unknown kind names the known ones).
 */
@Path("riwayat")
@RequestScoped
@Produces({MediaType.APPLICATION_JSON, Masalah.MEDIA_TYPE})
@Tag(name = "riwayat", description = "Riwayat perubahan rekaman pemda pengguna")
public class RiwayatResource {

    @Inject
    RiwayatService riwayat;

    @GET
    @Path("{jenis: [a-z][a-z0-9-]*}/{id: [0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}}")
    @RolesAllowed({Peran.ADMIN_PEMDA, Peran.VERIFIKATOR})
    @Operation(summary = "Riwayat perubahan satu rekaman",
            description = "Siapa mengubah apa dan kapan: revisi, waktu, pengguna, jenis perubahan (dibuat, diubah, dihapus)"
                    + " dan isian yang berubah dengan nilai lama → baru. Jenis mis. pos-anggaran, realisasi,"
                    + " perjanjian-kinerja, indikator, target. Peran: admin-pemda, verifikator.",
            extensions = @Extension(name = "x-peran", value = "[\"admin-pemda\",\"verifikator\"]", parseValue = true))
    @APIResponse(responseCode = "200", description = "Riwayat, perubahan terlama lebih dulu")
    @APIResponse(responseCode = "404", description = "Jenis tidak dikenal (rincian menyebut jenis yang ada) atau rekaman"
            + " tidak ada di pemda pengguna")
    public Response riwayat(@PathParam("jenis") String jenis, @PathParam("id") String id) {
        return Response.ok(KinerjaJson.tulisBagian(riwayat.riwayat(jenis, UUID.fromString(id))), MediaType.APPLICATION_JSON_TYPE)
                .build();
    }
}
