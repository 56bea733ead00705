package id.akuntara.web.rest.rencana;

import id.akuntara.core.akses.Peran;
import id.akuntara.core.application.rencana.IsianRenstra;
import id.akuntara.core.application.rencana.PohonRenstra;
import id.akuntara.core.application.rencana.RenstraService;
import id.akuntara.core.application.rencana.RingkasanRenstra;
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

import java.net.URI;
import java.util.List;

/**
 * The Renstra of the caller's pemda (from the verified token only): versions, the tree with targets per year and
 * source, drafts, Perubahan Renstra and adoption ({@link RenstraService}). A change to a Renstra that is not a draft is
 * 409 with the reason, before the body is looked at; another pemda's code is 404.
 */
@Path("renstra")
@RequestScoped
@Produces({MediaType.APPLICATION_JSON, Masalah.MEDIA_TYPE})
@Tag(name = "renstra", description = "Renstra, Perubahan Renstra dan pohon tujuan–sasaran–indikator–target")
public class RenstraResource {

    private static final String PERAN_BACA = "[\"admin-pemda\",\"operator\",\"verifikator\",\"pimpinan\"]";
    private static final String PERAN_TULIS = "[\"operator\",\"admin-pemda\"]";

    @Inject
    RenstraService renstra;

    @Context
    UriInfo uri;

    @GET
    @RolesAllowed({Peran.ADMIN_PEMDA, Peran.OPERATOR, Peran.VERIFIKATOR, Peran.PIMPINAN})
    @Operation(summary = "Daftar versi Renstra",
            description = "Setiap versi Renstra pemda pengguna: status (DRAF, DITETAPKAN, DIGANTIKAN), versi murni/perubahan,"
                    + " yang digantikan dan penggantinya. Peran: admin-pemda, operator, verifikator, pimpinan.",
            extensions = @Extension(name = "x-peran", value = PERAN_BACA, parseValue = true))
    @APIResponse(responseCode = "200", description = "Daftar versi")
    public List<RingkasanRenstra> daftar() {
        return renstra.daftar();
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({Peran.OPERATOR, Peran.ADMIN_PEMDA})
    @Operation(summary = "Buat Renstra baru (draf)",
            description = "Renstra baru untuk satu periode, berstatus DRAF dan masih kosong. Isian: kode, nama, tahunMulai,"
                    + " tahunSelesai, rpjmd, unit, dasarHukum. Peran: operator, admin-pemda.",
            extensions = @Extension(name = "x-peran", value = PERAN_TULIS, parseValue = true))
    @APIResponse(responseCode = "201", description = "Dibuat; pohonnya (kosong)")
    @APIResponse(responseCode = "422", description = "Isian tidak sah: setiap isian yang salah disebut")
    public Response buat(IsianRenstra.Baru isian) {
        return dibuat(renstra.buat(isian));
    }

    @GET
    @Path("{kode}")
    @RolesAllowed({Peran.ADMIN_PEMDA, Peran.OPERATOR, Peran.VERIFIKATOR, Peran.PIMPINAN})
    @Operation(summary = "Pohon Renstra",
            description = "Tujuan → sasaran → indikator (satuan, polaritas, kondisi awal, formula, jenis, IKU/IKD, anggota"
                    + " komposit) dengan target per tahun dan per sumber (RPJMD, RENSTRA, IKU, PK, PK_PERUBAHAN); target yang"
                    + " berwenang bagi pemda ditandai, dan sumber yang berbeda nilainya. Peran: admin-pemda, operator,"
                    + " verifikator, pimpinan.",
            extensions = @Extension(name = "x-peran", value = PERAN_BACA, parseValue = true))
    @APIResponse(responseCode = "200", description = "Pohon Renstra")
    @APIResponse(responseCode = "404", description = "Tidak ada Renstra dengan kode itu di pemda pengguna")
    public PohonRenstra pohon(@PathParam("kode") String kode) {
        return renstra.pohon(kode);
    }

    @POST
    @Path("{kode}/perubahan")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({Peran.OPERATOR, Peran.ADMIN_PEMDA})
    @Operation(summary = "Buat Perubahan Renstra",
            description = "Versi baru berstatus DRAF berisi salinan pohon Renstra yang berlaku, menyebut versi yang"
                    + " digantikannya dan alasannya. Versi lama tetap terbaca dan tidak berubah. Isian: kode, nama, alasan,"
                    + " versi. Peran: operator, admin-pemda.",
            extensions = @Extension(name = "x-peran", value = PERAN_TULIS, parseValue = true))
    @APIResponse(responseCode = "201", description = "Draf Perubahan Renstra dibuat; pohonnya")
    @APIResponse(responseCode = "404", description = "Tidak ada Renstra dengan kode itu")
    @APIResponse(responseCode = "409", description = "Renstra itu masih draf, sudah digantikan, atau sudah punya draf"
            + " perubahan; atau versi basi (versiSaatIni)")
    @APIResponse(responseCode = "422", description = "Isian tidak sah: setiap isian yang salah disebut")
    public Response perubahan(@PathParam("kode") String kode, IsianRenstra.Perubahan isian) {
        return dibuat(renstra.buatPerubahan(kode, isian));
    }

    @POST
    @Path("{kode}/penetapan")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({Peran.ADMIN_PEMDA, Peran.PIMPINAN})
    @Operation(summary = "Tetapkan draf Renstra",
            description = "Pohon draf menjadi rekaman rencana (kode yang sama = indikator yang sama: realisasi, baris PK dan"
                    + " keanggotaan IKU tetap melekat); versi yang digantikan menyimpan salinan beku pohonnya. Isian:"
                    + " ditetapkan (TTTT-BB-HH), dasarHukum, versi. Peran: admin-pemda, pimpinan.",
            extensions = @Extension(name = "x-peran", value = "[\"admin-pemda\",\"pimpinan\"]", parseValue = true))
    @APIResponse(responseCode = "200", description = "Ditetapkan; pohonnya")
    @APIResponse(responseCode = "404", description = "Tidak ada Renstra dengan kode itu")
    @APIResponse(responseCode = "409", description = "Bukan draf, kode bentrok, atau versi basi (versiSaatIni)")
    @APIResponse(responseCode = "422", description = "Isian tidak sah")
    public PohonRenstra penetapan(@PathParam("kode") String kode, IsianRenstra.Penetapan isian) {
        return renstra.tetapkan(kode, isian);
    }

    @POST
    @Path("{kode}/tujuan")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({Peran.OPERATOR, Peran.ADMIN_PEMDA})
    @Operation(summary = "Tambah tujuan pada draf",
            description = "Isian: kode, teks, versi. Hanya draf. Peran: operator, admin-pemda.",
            extensions = @Extension(name = "x-peran", value = PERAN_TULIS, parseValue = true))
    @APIResponse(responseCode = "201", description = "Ditambahkan; pohon draf")
    @APIResponse(responseCode = "404", description = "Tidak ada Renstra dengan kode itu")
    @APIResponse(responseCode = "409", description = "Renstra bukan draf (alasan disebut), atau versi basi")
    @APIResponse(responseCode = "422", description = "Isian tidak sah: setiap isian yang salah disebut")
    public Response tambahTujuan(@PathParam("kode") String kode, IsianRenstra.Tujuan isian) {
        return dibuat(renstra.tambahTujuan(kode, isian));
    }

    @PUT
    @Path("{kode}/tujuan/{kodeTujuan}")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({Peran.OPERATOR, Peran.ADMIN_PEMDA})
    @Operation(summary = "Ubah tujuan pada draf",
            description = "Isian: teks, versi. Hanya draf. Peran: operator, admin-pemda.",
            extensions = @Extension(name = "x-peran", value = PERAN_TULIS, parseValue = true))
    @APIResponse(responseCode = "200", description = "Diubah; pohon draf")
    @APIResponse(responseCode = "404", description = "Renstra atau tujuan tidak ada")
    @APIResponse(responseCode = "409", description = "Renstra bukan draf (alasan disebut), atau versi basi")
    @APIResponse(responseCode = "422", description = "Isian tidak sah")
    public PohonRenstra ubahTujuan(@PathParam("kode") String kode, @PathParam("kodeTujuan") String kodeTujuan,
            IsianRenstra.Tujuan isian) {
        return renstra.ubahTujuan(kode, kodeTujuan, isian);
    }

    @POST
    @Path("{kode}/sasaran")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({Peran.OPERATOR, Peran.ADMIN_PEMDA})
    @Operation(summary = "Tambah sasaran pada draf",
            description = "Isian: kode, teks, tujuan (kode), versi. Hanya draf. Peran: operator, admin-pemda.",
            extensions = @Extension(name = "x-peran", value = PERAN_TULIS, parseValue = true))
    @APIResponse(responseCode = "201", description = "Ditambahkan; pohon draf")
    @APIResponse(responseCode = "404", description = "Tidak ada Renstra dengan kode itu")
    @APIResponse(responseCode = "409", description = "Renstra bukan draf (alasan disebut), atau versi basi")
    @APIResponse(responseCode = "422", description = "Isian tidak sah: setiap isian yang salah disebut")
    public Response tambahSasaran(@PathParam("kode") String kode, IsianRenstra.Sasaran isian) {
        return dibuat(renstra.tambahSasaran(kode, isian));
    }

    @PUT
    @Path("{kode}/sasaran/{kodeSasaran}")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({Peran.OPERATOR, Peran.ADMIN_PEMDA})
    @Operation(summary = "Ubah sasaran pada draf",
            description = "Isian: teks, tujuan (kode, bila dipindah), versi. Hanya draf. Peran: operator, admin-pemda.",
            extensions = @Extension(name = "x-peran", value = PERAN_TULIS, parseValue = true))
    @APIResponse(responseCode = "200", description = "Diubah; pohon draf")
    @APIResponse(responseCode = "404", description = "Renstra atau sasaran tidak ada")
    @APIResponse(responseCode = "409", description = "Renstra bukan draf (alasan disebut), atau versi basi")
    @APIResponse(responseCode = "422", description = "Isian tidak sah")
    public PohonRenstra ubahSasaran(@PathParam("kode") String kode, @PathParam("kodeSasaran") String kodeSasaran,
            IsianRenstra.Sasaran isian) {
        return renstra.ubahSasaran(kode, kodeSasaran, isian);
    }

    @POST
    @Path("{kode}/indikator")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({Peran.OPERATOR, Peran.ADMIN_PEMDA})
    @Operation(summary = "Tambah indikator pada draf",
            description = "Isian: kode, nama, satuan, formula, polaritas (NAIK/TURUN), jenis, desimal, sasaran atau tujuan,"
                    + " unitPenanggungJawab, kondisiAwal {tahun, nilai, label}, sumberData, versi. Angka sebagai teks format"
                    + " Indonesia. Hanya draf. Peran: operator, admin-pemda.",
            extensions = @Extension(name = "x-peran", value = PERAN_TULIS, parseValue = true))
    @APIResponse(responseCode = "201", description = "Ditambahkan; pohon draf")
    @APIResponse(responseCode = "404", description = "Tidak ada Renstra dengan kode itu")
    @APIResponse(responseCode = "409", description = "Renstra bukan draf (alasan disebut), atau versi basi")
    @APIResponse(responseCode = "422", description = "Isian tidak sah: setiap isian yang salah disebut")
    public Response tambahIndikator(@PathParam("kode") String kode, IsianRenstra.Indikator isian) {
        return dibuat(renstra.tambahIndikator(kode, isian));
    }

    @PUT
    @Path("{kode}/indikator/{kodeIndikator}")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({Peran.OPERATOR, Peran.ADMIN_PEMDA})
    @Operation(summary = "Ubah indikator pada draf",
            description = "Isian seperti saat menambah (tanpa kode). Hanya draf. Peran: operator, admin-pemda.",
            extensions = @Extension(name = "x-peran", value = PERAN_TULIS, parseValue = true))
    @APIResponse(responseCode = "200", description = "Diubah; pohon draf")
    @APIResponse(responseCode = "404", description = "Renstra atau indikator tidak ada")
    @APIResponse(responseCode = "409", description = "Renstra bukan draf (alasan disebut), atau versi basi")
    @APIResponse(responseCode = "422", description = "Isian tidak sah: setiap isian yang salah disebut")
    public PohonRenstra ubahIndikator(@PathParam("kode") String kode, @PathParam("kodeIndikator") String kodeIndikator,
            IsianRenstra.Indikator isian) {
        return renstra.ubahIndikator(kode, kodeIndikator, isian);
    }

    @PUT
    @Path("{kode}/indikator/{kodeIndikator}/target/{tahun: [0-9]{4}}/{sumber}")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({Peran.OPERATOR, Peran.ADMIN_PEMDA})
    @Operation(summary = "Atur target indikator pada draf",
            description = "Target satu tahun periode dari sumber milik Renstra (RENSTRA atau IKU). Isian: nilai, nilaiAtas"
                    + " (target rentang), label, satuan, versi; angka sebagai teks format Indonesia (\"81,65\"). Hanya draf."
                    + " Peran: operator, admin-pemda.",
            extensions = @Extension(name = "x-peran", value = PERAN_TULIS, parseValue = true))
    @APIResponse(responseCode = "200", description = "Diatur; pohon draf")
    @APIResponse(responseCode = "404", description = "Renstra atau indikator tidak ada")
    @APIResponse(responseCode = "409", description = "Renstra bukan draf (alasan disebut), atau versi basi")
    @APIResponse(responseCode = "422", description = "Isian tidak sah: tahun di luar periode, sumber bukan milik Renstra,"
            + " angka tak terbaca … setiap isian yang salah disebut")
    public PohonRenstra aturTarget(@PathParam("kode") String kode, @PathParam("kodeIndikator") String kodeIndikator,
            @PathParam("tahun") int tahun, @PathParam("sumber") String sumber, IsianRenstra.Target isian) {
        return renstra.aturTarget(kode, kodeIndikator, tahun, sumber, isian);
    }

    /** 201 with the Renstra's address (a part added to a draft is read through its Renstra). */
    private Response dibuat(PohonRenstra pohon) {
        URI lokasi = uri.getBaseUriBuilder().path("renstra").path(pohon.renstra().kode()).build();
        return Response.created(lokasi).type(MediaType.APPLICATION_JSON_TYPE).entity(pohon).build();
    }
}
