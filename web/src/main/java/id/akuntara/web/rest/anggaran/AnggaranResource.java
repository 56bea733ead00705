package id.akuntara.web.rest.anggaran;

import id.akuntara.core.akses.Peran;
import id.akuntara.core.application.anggaran.AnggaranService;
import id.akuntara.core.application.anggaran.PohonAnggaran;
import id.akuntara.core.pengukuran.KinerjaJson;
import id.akuntara.web.rest.Masalah;
import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.extensions.Extension;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import java.util.UUID;

/**
 * The budget of the caller's own pemda (from the verified token only): the tree program → kegiatan → sub-kegiatan of a
 * year with pagu murni and perubahan, realisasi per triwulan and serapan per node (the measurement service's, each
 * with its trace id), one line, creating and editing a line, and a quarter's realisation. The use cases check the
 * roles again and answer refusals as problem details (GalatAplikasiMapper): 404 for an id not of the caller's pemda
 * (before the body is read), 409 for a stale {@code versi} or a locked year, 422 listing every invalid field.
 */
@Path("anggaran")
@RequestScoped
@Produces({MediaType.APPLICATION_JSON, Masalah.MEDIA_TYPE})
@Tag(name = "anggaran", description = "Anggaran pemda pengguna: program, kegiatan, sub-kegiatan, realisasi dan serapan")
public class AnggaranResource {

    /** A pos id in the address; anything else is not an address of this resource (404). */
    static final String ID = "{id: [0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}}";

    @Inject
    AnggaranService anggaran;

    @Context
    UriInfo uri;

    @GET
    @Path("{tahun: [0-9]{4}}")
    @RolesAllowed({Peran.ADMIN_PEMDA, Peran.OPERATOR, Peran.VERIFIKATOR, Peran.PIMPINAN})
    @Operation(summary = "Pohon anggaran satu tahun",
            description = "Program → kegiatan → sub-kegiatan dengan pagu murni dan perubahan, realisasi per triwulan dan"
                    + " serapan tiap simpul dari layanan pengukuran (langsung selama tahun terbuka, dari snapshot setelah"
                    + " ditetapkan), kaitan ke sasaran, dan jumlah pemda. Peran: admin-pemda, operator, verifikator, pimpinan.",
            extensions = @Extension(name = "x-peran", value = "[\"admin-pemda\",\"operator\",\"verifikator\",\"pimpinan\"]", parseValue = true))
    @APIResponse(responseCode = "200", description = "Pohon anggaran (kosong bila tahun itu tidak memiliki anggaran)")
    public Response pohon(@PathParam("tahun") int tahun) {
        return json(anggaran.pohon(tahun));
    }

    @GET
    @Path("pos/" + ID)
    @RolesAllowed({Peran.ADMIN_PEMDA, Peran.OPERATOR, Peran.VERIFIKATOR, Peran.PIMPINAN})
    @Operation(summary = "Satu pos anggaran",
            description = "Pos dengan rinciannya, versinya (untuk diubah) dan serapannya. Peran: admin-pemda, operator,"
                    + " verifikator, pimpinan.",
            extensions = @Extension(name = "x-peran", value = "[\"admin-pemda\",\"operator\",\"verifikator\",\"pimpinan\"]", parseValue = true))
    @APIResponse(responseCode = "200", description = "Pos anggaran")
    @APIResponse(responseCode = "404", description = "Pos tidak ada di pemda pengguna")
    public Response pos(@PathParam("id") String id) {
        return json(anggaran.pos(UUID.fromString(id)));
    }

    @POST
    @Path("pos")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({Peran.OPERATOR, Peran.ADMIN_PEMDA})
    @Operation(summary = "Buat pos anggaran",
            description = "Program, kegiatan atau sub-kegiatan baru. Kode Permendagri 90/2019 diperiksa bila diisi (program"
                    + " X.XX.XX, kegiatan X.XX.XX.X.XX, sub-kegiatan X.XX.XX.X.XX.XX) dan harus diawali kode induknya;"
                    + " pagu dalam format Indonesia (\"1.234.567,89\"). Peran: operator, admin-pemda.",
            extensions = @Extension(name = "x-peran", value = "[\"operator\",\"admin-pemda\"]", parseValue = true))
    @APIResponse(responseCode = "201", description = "Dibuat; Location menunjuk pos itu")
    @APIResponse(responseCode = "409", description = "Kinerja tahun itu sudah ditetapkan: anggarannya terkunci")
    @APIResponse(responseCode = "422", description = "Isian tidak sah: setiap isian disebut dengan nilai dan pesannya")
    public Response buat(IsianJson.PosBaru isi) {
        PohonAnggaran.Simpul pos = anggaran.buat(IsianJson.PosBaru.isian(isi));
        return Response.created(uri.getBaseUriBuilder().path("anggaran").path("pos").path(pos.id()).build())
                .type(MediaType.APPLICATION_JSON_TYPE).entity(KinerjaJson.tulisBagian(pos)).build();
    }

    @PUT
    @Path("pos/" + ID)
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({Peran.OPERATOR, Peran.ADMIN_PEMDA})
    @Operation(summary = "Ubah pos anggaran",
            description = "Nama, kode Permendagri, unit, indikator keluaran, pagu murni dan perubahan, dan kaitan sasaran"
                    + " (sasaran null: tidak diubah). Kirim versi yang Anda ubah. Peran: operator, admin-pemda.",
            extensions = @Extension(name = "x-peran", value = "[\"operator\",\"admin-pemda\"]", parseValue = true))
    @APIResponse(responseCode = "200", description = "Pos sesudah diubah, dengan versi barunya")
    @APIResponse(responseCode = "404", description = "Pos tidak ada di pemda pengguna")
    @APIResponse(responseCode = "409", description = "Versi usang (dengan versiSaatIni) atau tahun terkunci")
    @APIResponse(responseCode = "422", description = "Isian tidak sah")
    public Response ubah(@PathParam("id") String id, IsianJson.Pos isi) {
        return json(anggaran.ubah(UUID.fromString(id), IsianJson.Pos.isian(isi)));
    }

    @PUT
    @Path("pos/" + ID + "/realisasi/{triwulan: [1-4]}")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Peran.OPERATOR)
    @Operation(summary = "Catat realisasi triwulan",
            description = "Realisasi satu triwulan (bukan kumulatif) pada pos tingkat terendah, dalam format Indonesia"
                    + " (\"1.234.567,89\"); realisasi setahun = jumlah triwulan dan tidak boleh melebihi pagu. Kirim versi"
                    + " yang Anda ubah. Peran: operator.",
            extensions = @Extension(name = "x-peran", value = "[\"operator\"]", parseValue = true))
    @APIResponse(responseCode = "200", description = "Pos dengan realisasi dan serapan barunya")
    @APIResponse(responseCode = "404", description = "Pos tidak ada di pemda pengguna")
    @APIResponse(responseCode = "409", description = "Versi usang, tahun terkunci, pos memiliki rincian, atau realisasi"
            + " tercatat sebagai jumlah setahun")
    @APIResponse(responseCode = "422", description = "Isian tidak sah, termasuk realisasi melebihi pagu")
    public Response catatRealisasi(@PathParam("id") String id, @PathParam("triwulan") int triwulan, IsianJson.Realisasi isi) {
        return json(anggaran.catatRealisasi(UUID.fromString(id), triwulan, IsianJson.Realisasi.isian(isi)));
    }

    private static Response json(Object isi) {
        return Response.ok(KinerjaJson.tulisBagian(isi), MediaType.APPLICATION_JSON_TYPE).build();
    }
}
