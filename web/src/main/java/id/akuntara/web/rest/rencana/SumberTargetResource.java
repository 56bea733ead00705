package id.akuntara.web.rest.rencana;

import id.akuntara.core.akses.Peran;
import id.akuntara.core.application.rencana.SumberTargetService;
import id.akuntara.web.rest.Masalah;
import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.extensions.Extension;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * The caller's pemda's authoritative target source ({@link SumberTargetService}); {@code GET /api/v1/kinerja/{tahun}}
 * computes with it from the next call on (a fixed year keeps its snapshot).
 */
@Path("pengaturan/sumber-target")
@RequestScoped
@Produces({MediaType.APPLICATION_JSON, Masalah.MEDIA_TYPE})
@Tag(name = "pengaturan", description = "Pengaturan pemda pengguna")
public class SumberTargetResource {

    @Inject
    SumberTargetService sumberTarget;

    @GET
    @RolesAllowed({Peran.ADMIN_PEMDA, Peran.OPERATOR, Peran.VERIFIKATOR, Peran.PIMPINAN})
    @Operation(summary = "Sumber target berwenang",
            description = "Sumber target yang dipakai pengukuran, pilihannya, dan urutan cadangan bila sumber itu tidak punya"
                    + " target. Peran: admin-pemda, operator, verifikator, pimpinan.",
            extensions = @Extension(name = "x-peran", value = "[\"admin-pemda\",\"operator\",\"verifikator\",\"pimpinan\"]",
                    parseValue = true))
    @APIResponse(responseCode = "200", description = "Pengaturan sumber target")
    public SumberTargetService.Pengaturan baca() {
        return sumberTarget.baca();
    }

    @PUT
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Peran.ADMIN_PEMDA)
    @Operation(summary = "Ubah sumber target berwenang",
            description = "Isian: sumberTarget (RPJMD, RENSTRA, IKU, PK, PK_PERUBAHAN), versi. Angka tahun yang belum"
                    + " ditetapkan dihitung ulang dengan sumber baru. Peran: admin-pemda.",
            extensions = @Extension(name = "x-peran", value = "[\"admin-pemda\"]", parseValue = true))
    @APIResponse(responseCode = "200", description = "Diubah")
    @APIResponse(responseCode = "409", description = "Versi basi (versiSaatIni)")
    @APIResponse(responseCode = "422", description = "Sumber tidak dikenal atau versi tidak dikirim")
    public SumberTargetService.Pengaturan ubah(SumberTargetService.Isian isian) {
        return sumberTarget.ubah(isian);
    }
}
