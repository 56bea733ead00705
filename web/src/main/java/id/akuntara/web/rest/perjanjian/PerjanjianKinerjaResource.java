package id.akuntara.web.rest.perjanjian;

import id.akuntara.core.akses.Peran;
import id.akuntara.core.application.perjanjian.LaporanKaskade;
import id.akuntara.core.application.perjanjian.PerjanjianKinerjaService;
import id.akuntara.core.application.perjanjian.PermintaanAnak;
import id.akuntara.core.application.perjanjian.PermintaanPerubahan;
import id.akuntara.core.application.perjanjian.PermintaanTandaTangan;
import id.akuntara.core.application.perjanjian.PermintaanUbah;
import id.akuntara.core.application.perjanjian.RincianPk;
import id.akuntara.core.application.perjanjian.RingkasanPk;
import id.akuntara.core.galat.GalatIsian;
import id.akuntara.core.galat.ValidasiGagalException;
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
import jakarta.ws.rs.QueryParam;
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
 * The Perjanjian Kinerja of the caller's own pemda (from the verified token only; another pemda's code answers 404).
 * Amounts are given as exact numbers with their Indonesian text ("Rp 254.986.626.497") and, for totals, in words;
 * amounts and targets sent are written the Indonesian way ("174.713.000.459", "77,50"). Refusals are problem details
 * (GalatAplikasiMapper): 422 listing every invalid field, 404, 409 with the reason (a signed PK never changes) or
 * with the current version (a stale {@code versi}).
 */
@Path("perjanjian-kinerja")
@RequestScoped
@Produces({MediaType.APPLICATION_JSON, Masalah.MEDIA_TYPE})
@Tag(name = "perjanjian-kinerja", description = "Perjanjian Kinerja: daftar, jenjang (kaskade), penandatanganan, PK Perubahan")
public class PerjanjianKinerjaResource {

    @Inject
    PerjanjianKinerjaService layanan;

    @Context
    UriInfo uri;

    /** A list of PKs with the filters it was asked for. */
    public record DaftarPk(Integer tahun, String unit, int jumlah, List<RingkasanPk> perjanjianKinerja) {
    }

    @GET
    @RolesAllowed({Peran.ADMIN_PEMDA, Peran.OPERATOR, Peran.VERIFIKATOR, Peran.PIMPINAN})
    @Operation(summary = "Daftar Perjanjian Kinerja",
            description = "PK pemda pengguna menurut tahun (?tahun=2022) dan unit (?unit=AS1, kode unit), semua versi: versi,"
                    + " status, pihak (nama, jabatan dengan Plt./Pj., NIP), PK induk, total. Peran: admin-pemda, operator,"
                    + " verifikator, pimpinan.",
            extensions = @Extension(name = "x-peran", value = "[\"admin-pemda\",\"operator\",\"verifikator\",\"pimpinan\"]", parseValue = true))
    @APIResponse(responseCode = "200", description = "Daftar PK (kosong bila tidak ada)")
    @APIResponse(responseCode = "422", description = "tahun bukan angka tahun")
    public DaftarPk daftar(@QueryParam("tahun") String tahun, @QueryParam("unit") String unit) {
        Integer t = tahun(tahun);
        String u = unit == null || unit.isBlank() ? null : unit.strip();
        List<RingkasanPk> daftar = layanan.daftar(t, u);
        return new DaftarPk(t, u, daftar.size(), daftar);
    }

    @GET
    @Path("{kode}")
    @RolesAllowed({Peran.ADMIN_PEMDA, Peran.OPERATOR, Peran.VERIFIKATOR, Peran.PIMPINAN})
    @Operation(summary = "Satu Perjanjian Kinerja",
            description = "Baris sasaran/indikator/target, program dengan anggaran, total tertulis dan terbilang, semua versi,"
                    + " PK anak. Peran: admin-pemda, operator, verifikator, pimpinan.",
            extensions = @Extension(name = "x-peran", value = "[\"admin-pemda\",\"operator\",\"verifikator\",\"pimpinan\"]", parseValue = true))
    @APIResponse(responseCode = "200", description = "PK itu")
    @APIResponse(responseCode = "404", description = "Kode tidak ada di pemda pengguna")
    public RincianPk baca(@PathParam("kode") String kode) {
        return layanan.baca(kode);
    }

    @POST
    @Path("{kode}/anak")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({Peran.OPERATOR, Peran.ADMIN_PEMDA})
    @Operation(summary = "Turunkan PK anak dari PK ini",
            description = "PK anak (draft) memuat sebagian baris PK induk dengan target yang sama persis (barisInduk, target),"
                    + " program induk utuh atau dibagi (programInduk, jumlah; bagian semua PK anak tidak boleh melebihi"
                    + " anggaran induk), unit, pihak (kode penugasan), tempat/tanggal. menggantikan + alasanPerubahan: PK"
                    + " anak ini menjadi PK Perubahan dari PK unit itu yang sudah ditandatangani. Peran: operator, admin-pemda.",
            extensions = @Extension(name = "x-peran", value = "[\"operator\",\"admin-pemda\"]", parseValue = true))
    @APIResponse(responseCode = "201", description = "PK anak dibuat (Location: alamatnya)")
    @APIResponse(responseCode = "404", description = "PK induk tidak ada di pemda pengguna")
    @APIResponse(responseCode = "409", description = "PK induk sudah digantikan, atau PK yang digantikan belum ditandatangani")
    @APIResponse(responseCode = "422", description = "Isian tidak sah, mis. target berbeda dari PK induk (menyebut barisnya)")
    public Response buatAnak(@PathParam("kode") String kode, PermintaanAnak permintaan) {
        return dibuat(layanan.buatAnak(kode, permintaan));
    }

    @PUT
    @Path("{kode}")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({Peran.OPERATOR, Peran.ADMIN_PEMDA})
    @Operation(summary = "Ubah PK draft",
            description = "Hanya isian yang dikirim yang berubah; baris/program yang dikirim mengganti seluruh daftarnya. versi"
                    + " wajib (versi yang diubah). PK yang sudah ditandatangani tidak dapat diubah (409 dengan alasannya)."
                    + " Peran: operator, admin-pemda.",
            extensions = @Extension(name = "x-peran", value = "[\"operator\",\"admin-pemda\"]", parseValue = true))
    @APIResponse(responseCode = "200", description = "PK sesudah diubah (versi baru)")
    @APIResponse(responseCode = "404", description = "Kode tidak ada di pemda pengguna")
    @APIResponse(responseCode = "409", description = "PK sudah ditandatangani, atau versi basi (versiSaatIni)")
    @APIResponse(responseCode = "422", description = "Isian tidak sah (semua isian disebut)")
    public RincianPk ubah(@PathParam("kode") String kode, PermintaanUbah permintaan) {
        return layanan.ubah(kode, permintaan);
    }

    @GET
    @Path("{kode}/kaskade")
    @RolesAllowed({Peran.ADMIN_PEMDA, Peran.OPERATOR, Peran.VERIFIKATOR, Peran.PIMPINAN})
    @Operation(summary = "Periksa jenjang (kaskade) PK",
            description = "PK anak yang berlaku, per program anggaran PK ini dan jumlah PK anaknya, total keduanya, dan temuan"
                    + " pemeriksaan pk-… (target berbeda, indikator tidak diturunkan, jumlah program, PK anak hilang)."
                    + " Peran: admin-pemda, operator, verifikator, pimpinan.",
            extensions = @Extension(name = "x-peran", value = "[\"admin-pemda\",\"operator\",\"verifikator\",\"pimpinan\"]", parseValue = true))
    @APIResponse(responseCode = "200", description = "Hasil pemeriksaan kaskade")
    @APIResponse(responseCode = "404", description = "Kode tidak ada di pemda pengguna")
    public LaporanKaskade kaskade(@PathParam("kode") String kode) {
        return layanan.kaskade(kode);
    }

    @POST
    @Path("{kode}/tanda-tangan")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Peran.PIMPINAN)
    @Operation(summary = "Tandatangani PK",
            description = "PK draft menjadi ditandatangani dan sejak itu tidak dapat diubah; perubahan dibuat sebagai PK"
                    + " Perubahan. Isi: {\"versi\": …}. Peran: pimpinan.",
            extensions = @Extension(name = "x-peran", value = "[\"pimpinan\"]", parseValue = true))
    @APIResponse(responseCode = "200", description = "PK yang sudah ditandatangani")
    @APIResponse(responseCode = "404", description = "Kode tidak ada di pemda pengguna")
    @APIResponse(responseCode = "409", description = "Sudah ditandatangani, tanpa baris, atau versi basi")
    @APIResponse(responseCode = "422", description = "versi tidak dikirim")
    public RincianPk tandatangani(@PathParam("kode") String kode, PermintaanTandaTangan permintaan) {
        return layanan.tandatangani(kode, permintaan);
    }

    @POST
    @Path("{kode}/perubahan")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({Peran.OPERATOR, Peran.ADMIN_PEMDA})
    @Operation(summary = "Buat PK Perubahan",
            description = "Versi baru (draft) dari PK yang sudah ditandatangani, menyebut PK yang digantikan dan alasannya;"
                    + " isi disalin, pihak dapat diganti. Kode baru bawaan: kode versi pertama + \"-P\" + nomor versi."
                    + " Peran: operator, admin-pemda.",
            extensions = @Extension(name = "x-peran", value = "[\"operator\",\"admin-pemda\"]", parseValue = true))
    @APIResponse(responseCode = "201", description = "PK Perubahan dibuat (Location: alamatnya)")
    @APIResponse(responseCode = "404", description = "Kode tidak ada di pemda pengguna")
    @APIResponse(responseCode = "409", description = "PK masih draft atau sudah digantikan")
    @APIResponse(responseCode = "422", description = "Alasan tidak diisi, kode sudah dipakai, penugasan tidak ada")
    public Response buatPerubahan(@PathParam("kode") String kode, PermintaanPerubahan permintaan) {
        return dibuat(layanan.buatPerubahan(kode, permintaan));
    }

    private Response dibuat(RincianPk pk) {
        return Response.created(uri.getBaseUriBuilder().path("perjanjian-kinerja").path(pk.kode()).build())
                .type(MediaType.APPLICATION_JSON_TYPE).entity(pk).build();
    }

    /** The year filter; a query parameter JAX-RS cannot convert would answer 404, so it is read here (422). */
    private static Integer tahun(String teks) {
        if (teks == null || teks.isBlank()) {
            return null;
        }
        if (!teks.strip().matches("[0-9]{4}")) {
            throw new ValidasiGagalException(List.of(new GalatIsian("tahun", teks, "Tahun ditulis empat angka, mis. 2022.",
                    "The year is four digits, e.g. 2022.")));
        }
        return Integer.valueOf(teks.strip());
    }
}
