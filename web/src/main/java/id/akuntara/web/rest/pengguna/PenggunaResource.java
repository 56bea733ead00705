package id.akuntara.web.rest.pengguna;

import id.akuntara.core.akses.Peran;
import id.akuntara.core.application.pengguna.AkunPengguna;
import id.akuntara.core.application.pengguna.PenggunaPemdaService;
import id.akuntara.core.application.pengguna.PermintaanPengguna;
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

import java.util.List;

/**
 * The users of the caller's pemda (its Keycloak organization, from the verified token only), for {@code admin-pemda}.
 * A user id of another pemda is 404; roles are only operator, verifikator, pimpinan, admin-pemda.
 */
@Path("pengguna")
@RequestScoped
@Produces({MediaType.APPLICATION_JSON, Masalah.MEDIA_TYPE})
@Tag(name = "pengguna", description = "Pengguna pemda: daftar, buat, nonaktifkan, aktifkan, ubah peran")
public class PenggunaResource {

    private static final String ID = "{id: [0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}}";

    @Inject
    PenggunaPemdaService layanan;

    @Context
    UriInfo uri;

    @GET
    @RolesAllowed(Peran.ADMIN_PEMDA)
    @Operation(summary = "Daftar pengguna pemda",
            description = "Pengguna organisasi Keycloak pemda pengguna (urut username): id, username, nama, email, peran,"
                    + " NIP, aktif, wajibGantiSandi. Peran: admin-pemda.",
            extensions = @Extension(name = "x-peran", value = "[\"admin-pemda\"]", parseValue = true))
    @APIResponse(responseCode = "200", description = "Daftar pengguna")
    @APIResponse(responseCode = "503", description = "Keycloak tidak dapat dihubungi")
    public List<AkunPengguna> daftar() {
        return layanan.daftar();
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Peran.ADMIN_PEMDA)
    @Operation(summary = "Buat pengguna pemda",
            description = "Isi: username, nama, email, peran (operator, verifikator, pimpinan, admin-pemda; bukan kementerian"
                    + " atau admin-platform), kataSandiSementara (wajib diganti saat masuk pertama), nip (opsional, 18"
                    + " angka). Semua isian salah disebut sekaligus. Keycloak mati: 503 dan tidak ada akun setengah jadi."
                    + " Peran: admin-pemda.",
            extensions = @Extension(name = "x-peran", value = "[\"admin-pemda\"]", parseValue = true))
    @APIResponse(responseCode = "201", description = "Pengguna dibuat (Location: alamatnya di daftar)")
    @APIResponse(responseCode = "422", description = "Isian tidak sah atau username/email sudah dipakai (semua disebut)")
    @APIResponse(responseCode = "503", description = "Keycloak tidak dapat dihubungi; tidak ada yang dibuat")
    public Response buat(PermintaanPengguna permintaan) {
        AkunPengguna akun = layanan.buat(permintaan);
        return Response.created(uri.getBaseUriBuilder().path("pengguna").path(akun.id()).build())
                .type(MediaType.APPLICATION_JSON_TYPE).entity(akun).build();
    }

    @POST
    @Path(ID + "/nonaktifkan")
    @RolesAllowed(Peran.ADMIN_PEMDA)
    @Operation(summary = "Nonaktifkan pengguna",
            description = "Pengguna tidak dapat masuk lagi dan sesinya diakhiri. Admin tidak dapat menonaktifkan dirinya"
                    + " sendiri (409). Peran: admin-pemda.",
            extensions = @Extension(name = "x-peran", value = "[\"admin-pemda\"]", parseValue = true))
    @APIResponse(responseCode = "200", description = "Pengguna sesudah dinonaktifkan")
    @APIResponse(responseCode = "404", description = "Pengguna tidak ada di pemda pengguna")
    @APIResponse(responseCode = "409", description = "Akun sendiri")
    @APIResponse(responseCode = "503", description = "Keycloak tidak dapat dihubungi")
    public AkunPengguna nonaktifkan(@PathParam("id") String id) {
        return layanan.nonaktifkan(id);
    }

    @POST
    @Path(ID + "/aktifkan")
    @RolesAllowed(Peran.ADMIN_PEMDA)
    @Operation(summary = "Aktifkan lagi pengguna",
            description = "Pengguna yang dinonaktifkan dapat masuk lagi. Peran: admin-pemda.",
            extensions = @Extension(name = "x-peran", value = "[\"admin-pemda\"]", parseValue = true))
    @APIResponse(responseCode = "200", description = "Pengguna sesudah diaktifkan")
    @APIResponse(responseCode = "404", description = "Pengguna tidak ada di pemda pengguna")
    @APIResponse(responseCode = "503", description = "Keycloak tidak dapat dihubungi")
    public AkunPengguna aktifkan(@PathParam("id") String id) {
        return layanan.aktifkan(id);
    }

    @PUT
    @Path(ID + "/peran")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Peran.ADMIN_PEMDA)
    @Operation(summary = "Ubah peran pengguna",
            description = "Isi: {\"peran\": [...]} — seluruh peran baru, paling sedikit satu dari operator, verifikator,"
                    + " pimpinan, admin-pemda. Admin tidak dapat mencabut admin-pemda dari dirinya sendiri (409)."
                    + " Peran: admin-pemda.",
            extensions = @Extension(name = "x-peran", value = "[\"admin-pemda\"]", parseValue = true))
    @APIResponse(responseCode = "200", description = "Pengguna dengan peran barunya")
    @APIResponse(responseCode = "404", description = "Pengguna tidak ada di pemda pengguna (diperiksa sebelum isi)")
    @APIResponse(responseCode = "409", description = "Mencabut admin-pemda dari diri sendiri")
    @APIResponse(responseCode = "422", description = "Peran kosong, tidak dikenal, kementerian atau admin-platform")
    @APIResponse(responseCode = "503", description = "Keycloak tidak dapat dihubungi")
    public AkunPengguna ubahPeran(@PathParam("id") String id, IsianPeran isian) {
        return layanan.ubahPeran(id, isian == null ? null : isian.peran());
    }
}
