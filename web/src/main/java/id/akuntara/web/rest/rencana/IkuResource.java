package id.akuntara.web.rest.rencana;

import id.akuntara.core.akses.Peran;
import id.akuntara.core.application.rencana.IkuService;
import id.akuntara.web.rest.Masalah;
import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.extensions.Extension;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import java.util.List;

/** The IKU sets of the caller's pemda and the choice of their members ({@link IkuService}). */
@Path("iku")
@RequestScoped
@Produces({MediaType.APPLICATION_JSON, Masalah.MEDIA_TYPE})
@Tag(name = "iku", description = "Indikator Kinerja Utama pemda pengguna")
public class IkuResource {

    @Inject
    IkuService iku;

    @GET
    @RolesAllowed({Peran.ADMIN_PEMDA, Peran.OPERATOR, Peran.VERIFIKATOR, Peran.PIMPINAN})
    @Operation(summary = "Daftar IKU",
            description = "Setiap set IKU pemda dengan anggotanya menurut urutan cetak. Peran: admin-pemda, operator,"
                    + " verifikator, pimpinan.",
            extensions = @Extension(name = "x-peran", value = "[\"admin-pemda\",\"operator\",\"verifikator\",\"pimpinan\"]",
                    parseValue = true))
    @APIResponse(responseCode = "200", description = "Daftar IKU")
    public List<IkuService.IkuPemda> daftar() {
        return iku.daftar();
    }

    @PUT
    @Path("{kode}")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Peran.ADMIN_PEMDA)
    @Operation(summary = "Pilih anggota IKU",
            description = "Isian: indikator (kode-kode indikator Renstra, menurut urutan), versi. Peran: admin-pemda.",
            extensions = @Extension(name = "x-peran", value = "[\"admin-pemda\"]", parseValue = true))
    @APIResponse(responseCode = "200", description = "Dipilih; IKU dengan anggotanya")
    @APIResponse(responseCode = "404", description = "Tidak ada IKU dengan kode itu di pemda pengguna")
    @APIResponse(responseCode = "409", description = "Versi basi (versiSaatIni)")
    @APIResponse(responseCode = "422", description = "Isian tidak sah: setiap indikator yang salah disebut")
    public IkuService.IkuPemda pilih(@PathParam("kode") String kode, IkuService.Isian isian) {
        return iku.pilih(kode, isian);
    }
}
