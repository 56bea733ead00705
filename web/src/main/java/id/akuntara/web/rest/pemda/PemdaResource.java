package id.akuntara.web.rest.pemda;

import id.akuntara.core.akses.Peran;
import id.akuntara.core.application.pemda.HasilOnboarding;
import id.akuntara.core.application.pemda.OnboardingPemdaService;
import id.akuntara.core.application.pemda.PermintaanPemda;
import id.akuntara.core.application.pemda.RingkasanPemda;
import id.akuntara.web.rest.Masalah;
import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
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
 * The pemda registry for {@code admin-platform} (issue 13 point 4): the list, and onboarding a new pemda — registry
 * row, settings from its level plugin, Keycloak organization and first admin, all or nothing — with no migration,
 * realm file edit or rebuild.
 */
@Path("pemda")
@RequestScoped
@Produces({MediaType.APPLICATION_JSON, Masalah.MEDIA_TYPE})
@Tag(name = "pemda", description = "Pemda terdaftar dan pendaftaran pemda baru (admin platform)")
public class PemdaResource {

    @Inject
    OnboardingPemdaService layanan;

    @Context
    UriInfo uri;

    @GET
    @RolesAllowed(Peran.ADMIN_PLATFORM)
    @Operation(summary = "Daftar pemda terdaftar",
            description = "Semua pemda (urut kode): kode, nama, tingkat, provinsi, zonaWaktu, namaLaporan."
                    + " Peran: admin-platform.",
            extensions = @Extension(name = "x-peran", value = "[\"admin-platform\"]", parseValue = true))
    @APIResponse(responseCode = "200", description = "Daftar pemda")
    public List<RingkasanPemda> daftar() {
        return layanan.daftar();
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Peran.ADMIN_PLATFORM)
    @Operation(summary = "Daftarkan pemda baru",
            description = "Isi: kode (kota-/kab-/prov- sesuai tingkat, mis. kab-contoh), nama, tingkat (KOTA, KABUPATEN,"
                    + " PROVINSI), provinsi, zonaWaktu (Asia/Jakarta, Asia/Makassar, Asia/Jayapura), namaLaporan (LAKIP,"
                    + " LKIP, LKjIP), admin {username, nama, email, kataSandiSementara}. Membuat baris pemda, pengaturan"
                    + " bawaan plugin tingkatnya, organisasi Keycloak (alias = kode) dan admin-pemda pertamanya (wajib"
                    + " mengganti kata sandi saat masuk pertama) — semuanya atau tidak sama sekali. Peran: admin-platform.",
            extensions = @Extension(name = "x-peran", value = "[\"admin-platform\"]", parseValue = true))
    @APIResponse(responseCode = "201", description = "Pemda terdaftar (Location: /api/v1/pemda/{kode})")
    @APIResponse(responseCode = "409", description = "Kode pemda sudah terdaftar, atau organisasi Keycloak beralias itu"
            + " sudah berpenghuni")
    @APIResponse(responseCode = "422", description = "Isian tidak sah, nama atau username/email admin sudah dipakai"
            + " (semua disebut)")
    @APIResponse(responseCode = "503", description = "Keycloak tidak dapat dihubungi; tidak ada yang dibuat")
    public Response daftarkan(PermintaanPemda permintaan) {
        HasilOnboarding hasil = layanan.daftarkan(permintaan);
        return Response.created(uri.getBaseUriBuilder().path("pemda").path(hasil.pemda().kode()).build())
                .type(MediaType.APPLICATION_JSON_TYPE).entity(hasil).build();
    }
}
