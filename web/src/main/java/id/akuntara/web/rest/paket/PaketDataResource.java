package id.akuntara.web.rest.paket;

import id.akuntara.core.akses.Peran;
import id.akuntara.core.application.PaketDataService;
import id.akuntara.web.rest.Masalah;
import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.extensions.Extension;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * {@code POST /api/v1/paket-data}: the caller's pemda imports its data package (docs/data-package.md) — the first
 * load of a pemda registered by onboarding (issue 13 point 4). The pemda is the token's; the package must name it.
 */
@Path("paket-data")
@RequestScoped
@Produces({MediaType.APPLICATION_JSON, Masalah.MEDIA_TYPE})
@Tag(name = "paket-data", description = "Impor paket data pemda")
public class PaketDataResource {

    @Inject
    PaketDataService layanan;

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Peran.ADMIN_PEMDA)
    @Operation(summary = "Impor paket data pemda",
            description = "Isi: paket data (format akuntara.paket-data versi 1, docs/data-package.md) untuk pemda pengguna."
                    + " Paket diperiksa dulu dan SEMUA galat disebut (422, field = jalur JSON); paket pemda lain juga"
                    + " 422. Pemda yang sudah memiliki data ditolak (409). Satu transaksi: tidak ada yang ditulis bila"
                    + " ditolak. Peran: admin-pemda.",
            extensions = @Extension(name = "x-peran", value = "[\"admin-pemda\"]", parseValue = true))
    @APIResponse(responseCode = "201", description = "Paket diimpor: jumlah unit, pegawai, indikator, realisasi")
    @APIResponse(responseCode = "409", description = "Pemda sudah memiliki data")
    @APIResponse(responseCode = "422", description = "Paket tidak sah (semua galat disebut)")
    public Response impor(String json) {
        return Response.status(Response.Status.CREATED).type(MediaType.APPLICATION_JSON_TYPE)
                .entity(layanan.imporOlehAdmin(json)).build();
    }
}
