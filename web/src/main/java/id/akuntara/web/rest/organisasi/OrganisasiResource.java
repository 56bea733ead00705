package id.akuntara.web.rest.organisasi;

import id.akuntara.core.akses.Peran;
import id.akuntara.core.application.organisasi.OrganisasiService;
import id.akuntara.core.application.organisasi.PegawaiRingkas;
import id.akuntara.core.application.organisasi.Permintaan;
import id.akuntara.core.application.organisasi.PerubahanStruktur;
import id.akuntara.core.application.organisasi.StrukturOrganisasi;
import id.akuntara.core.galat.GalatIsian;
import id.akuntara.core.galat.ValidasiGagalException;
import id.akuntara.web.rest.Masalah;
import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.extensions.Extension;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;

/**
 * The organisation chart of the caller's own pemda (from the verified token only; another pemda's unit or assignment
 * code answers 404, before the body is read). Reads for every pemda role, writes for admin-pemda. Every move carries
 * its effective date and its legal basis (required); a unit is never deleted, it is ended and succeeded.
 */
@Path("organisasi")
@RequestScoped
@Produces({MediaType.APPLICATION_JSON, Masalah.MEDIA_TYPE})
@Tag(name = "organisasi", description = "Struktur organisasi: pohon per tanggal, riwayat restrukturisasi, jabatan, pegawai, penugasan")
public class OrganisasiResource {

    private static final String PEMDA = "[\"admin-pemda\",\"operator\",\"verifikator\",\"pimpinan\"]";
    private static final String ADMIN = "[\"admin-pemda\"]";

    @Inject
    OrganisasiService layanan;

    @GET
    @RolesAllowed({Peran.ADMIN_PEMDA, Peran.OPERATOR, Peran.VERIFIKATOR, Peran.PIMPINAN})
    @Operation(summary = "Struktur organisasi per tanggal",
            description = "Pohon unit yang berlaku pada ?tanggal=2021-06-30 (bawaan: hari ini) dengan jabatan dan pemegangnya"
                    + " pada tanggal itu (sebutan dengan Plt./Pj./Plh., NIP), serta jabatan tanpa unit (kepala daerah)."
                    + " Peran: admin-pemda, operator, verifikator, pimpinan.",
            extensions = @Extension(name = "x-peran", value = PEMDA, parseValue = true))
    @APIResponse(responseCode = "200", description = "Pohon organisasi pada tanggal itu")
    @APIResponse(responseCode = "422", description = "tanggal tidak terbaca")
    public StrukturOrganisasi struktur(@QueryParam("tanggal") String tanggal) {
        return layanan.struktur(tanggal(tanggal));
    }

    @GET
    @Path("riwayat")
    @RolesAllowed({Peran.ADMIN_PEMDA, Peran.OPERATOR, Peran.VERIFIKATOR, Peran.PIMPINAN})
    @Operation(summary = "Riwayat restrukturisasi",
            description = "Setiap perubahan unit (GANTI_NAMA, PINDAH_INDUK, GABUNG, PECAH, BUBAR) dengan tanggal berlaku,"
                    + " unit asal, unit hasil dan dasar hukum, terlama dahulu. Peran: admin-pemda, operator, verifikator,"
                    + " pimpinan.",
            extensions = @Extension(name = "x-peran", value = PEMDA, parseValue = true))
    @APIResponse(responseCode = "200", description = "Riwayat (kosong bila belum ada)")
    public List<PerubahanStruktur> riwayat() {
        return layanan.riwayat();
    }

    @POST
    @Path("unit")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Peran.ADMIN_PEMDA)
    @Operation(summary = "Buat unit",
            description = "Isi: kode, nama, jenis (SEKRETARIAT_DAERAH, ASISTEN, BIRO, BAGIAN, SUBBAGIAN, …), induk (kode,"
                    + " opsional), berlakuMulai (TTTT-BB-HH), dasarHukum (wajib). Semua isian salah disebut sekaligus."
                    + " Peran: admin-pemda.",
            extensions = @Extension(name = "x-peran", value = ADMIN, parseValue = true))
    @APIResponse(responseCode = "201", description = "Unit dibuat")
    @APIResponse(responseCode = "422", description = "Isian tidak sah (semua disebut)")
    public Response buatUnit(Permintaan.UnitBaru permintaan) {
        return dibuat(layanan.buatUnit(permintaan));
    }

    @POST
    @Path("unit/{kode}/ganti-nama")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Peran.ADMIN_PEMDA)
    @Operation(summary = "Ganti nama atau pindah induk unit",
            description = "Isi: kodeBaru, namaBaru, indukBaru (opsional: induk tetap), tanggal, dasarHukum (wajib). Versi"
                    + " lama berakhir pada tanggal itu dan versi baru mulai berlaku. Peran: admin-pemda.",
            extensions = @Extension(name = "x-peran", value = ADMIN, parseValue = true))
    @APIResponse(responseCode = "201", description = "Perubahan yang dicatat")
    @APIResponse(responseCode = "404", description = "Unit tidak ada di pemda pengguna (diperiksa sebelum isi)")
    @APIResponse(responseCode = "409", description = "Unit sudah berakhir atau masih membawahi unit yang berlaku")
    @APIResponse(responseCode = "422", description = "Isian tidak sah (semua disebut)")
    public Response gantiNama(@PathParam("kode") String kode, Permintaan.GantiNama permintaan) {
        return dibuat(layanan.gantiNama(kode, permintaan));
    }

    @POST
    @Path("unit/{kode}/pecah")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Peran.ADMIN_PEMDA)
    @Operation(summary = "Pecah unit",
            description = "Isi: hasil [{kode, nama}, …] (paling sedikit dua; jenis dan induk mengikuti unit asal), tanggal,"
                    + " dasarHukum (wajib). Peran: admin-pemda.",
            extensions = @Extension(name = "x-peran", value = ADMIN, parseValue = true))
    @APIResponse(responseCode = "201", description = "Perubahan yang dicatat")
    @APIResponse(responseCode = "404", description = "Unit tidak ada di pemda pengguna (diperiksa sebelum isi)")
    @APIResponse(responseCode = "409", description = "Unit sudah berakhir atau masih membawahi unit yang berlaku")
    @APIResponse(responseCode = "422", description = "Isian tidak sah (semua disebut)")
    public Response pecah(@PathParam("kode") String kode, Permintaan.Pecah permintaan) {
        return dibuat(layanan.pecah(kode, permintaan));
    }

    @POST
    @Path("unit/{kode}/gabung")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Peran.ADMIN_PEMDA)
    @Operation(summary = "Gabungkan unit",
            description = "Isi: lainnya [kode, …], kodeBaru, namaBaru, tanggal, dasarHukum (wajib). Unit ini dan unit lainnya"
                    + " berakhir; unit baru (jenis dan induk unit ini) mulai berlaku. Peran: admin-pemda.",
            extensions = @Extension(name = "x-peran", value = ADMIN, parseValue = true))
    @APIResponse(responseCode = "201", description = "Perubahan yang dicatat")
    @APIResponse(responseCode = "404", description = "Unit tidak ada di pemda pengguna (diperiksa sebelum isi)")
    @APIResponse(responseCode = "409", description = "Unit sudah berakhir atau masih membawahi unit yang berlaku")
    @APIResponse(responseCode = "422", description = "Isian tidak sah (semua disebut)")
    public Response gabung(@PathParam("kode") String kode, Permintaan.Gabung permintaan) {
        return dibuat(layanan.gabung(kode, permintaan));
    }

    @POST
    @Path("unit/{kode}/tutup")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Peran.ADMIN_PEMDA)
    @Operation(summary = "Bubarkan unit",
            description = "Isi: tanggal, dasarHukum (wajib). Unit berakhir pada tanggal itu, tanpa pengganti. Peran:"
                    + " admin-pemda.",
            extensions = @Extension(name = "x-peran", value = ADMIN, parseValue = true))
    @APIResponse(responseCode = "201", description = "Perubahan yang dicatat")
    @APIResponse(responseCode = "404", description = "Unit tidak ada di pemda pengguna (diperiksa sebelum isi)")
    @APIResponse(responseCode = "409", description = "Unit sudah berakhir atau masih membawahi unit yang berlaku")
    @APIResponse(responseCode = "422", description = "Isian tidak sah (semua disebut)")
    public Response tutup(@PathParam("kode") String kode, Permintaan.Tutup permintaan) {
        return dibuat(layanan.tutup(kode, permintaan));
    }

    @POST
    @Path("jabatan")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Peran.ADMIN_PEMDA)
    @Operation(summary = "Buat jabatan",
            description = "Isi: kode, nama, jenis (KEPALA_DAERAH, STRUKTURAL, FUNGSIONAL, PELAKSANA), unit (kode; wajib"
                    + " kecuali kepala daerah), eselon (mis. III.a). Peran: admin-pemda.",
            extensions = @Extension(name = "x-peran", value = ADMIN, parseValue = true))
    @APIResponse(responseCode = "201", description = "Jabatan dibuat")
    @APIResponse(responseCode = "422", description = "Isian tidak sah (semua disebut)")
    public Response buatJabatan(Permintaan.JabatanBaru permintaan) {
        return dibuat(layanan.buatJabatan(permintaan));
    }

    @POST
    @Path("pegawai")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Peran.ADMIN_PEMDA)
    @Operation(summary = "Tambah pegawai",
            description = "Isi: kode (opsional bila ada NIP), nama dengan gelar, nip (18 angka: tanggal lahir, TMT CPNS,"
                    + " jenis kelamin, nomor urut — setiap kesalahan disebut), pangkat, golongan. Peran: admin-pemda.",
            extensions = @Extension(name = "x-peran", value = ADMIN, parseValue = true))
    @APIResponse(responseCode = "201", description = "Pegawai dibuat")
    @APIResponse(responseCode = "422", description = "Isian tidak sah, NIP tidak sah atau sudah terdaftar")
    public Response tambahPegawai(Permintaan.PegawaiBaru permintaan) {
        PegawaiRingkas p = layanan.tambahPegawai(permintaan);
        return dibuat(p);
    }

    @POST
    @Path("penugasan")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Peran.ADMIN_PEMDA)
    @Operation(summary = "Tugaskan pemegang jabatan",
            description = "Isi: kode, pegawai (kode atau NIP), jabatan, jenis (DEFINITIF, PLT, PJ, PLH), mulai, selesai"
                    + " (opsional, inklusif), dasar. Satu pejabat definitif per jabatan pada satu waktu: tumpang tindih"
                    + " ditolak (409) dengan nama pemegang lain dan tanggalnya. Peran: admin-pemda.",
            extensions = @Extension(name = "x-peran", value = ADMIN, parseValue = true))
    @APIResponse(responseCode = "201", description = "Penugasan dibuat")
    @APIResponse(responseCode = "409", description = "Tumpang tindih dengan pejabat definitif lain")
    @APIResponse(responseCode = "422", description = "Isian tidak sah (semua disebut)")
    public Response tugaskan(Permintaan.Penugasan permintaan) {
        return dibuat(layanan.tugaskan(permintaan));
    }

    @POST
    @Path("penugasan/{kode}/akhiri")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Peran.ADMIN_PEMDA)
    @Operation(summary = "Akhiri penugasan",
            description = "Isi: selesai (hari terakhir, inklusif). Penugasan tidak pernah dihapus: PK lama tetap menyebut"
                    + " penandatangannya. Peran: admin-pemda.",
            extensions = @Extension(name = "x-peran", value = ADMIN, parseValue = true))
    @APIResponse(responseCode = "200", description = "Penugasan sesudah diakhiri")
    @APIResponse(responseCode = "404", description = "Penugasan tidak ada di pemda pengguna (diperiksa sebelum isi)")
    @APIResponse(responseCode = "409", description = "Penugasan sudah berakhir")
    @APIResponse(responseCode = "422", description = "Tanggal tidak sah atau sebelum mulai")
    public StrukturOrganisasi.Pemegang akhiri(@PathParam("kode") String kode, Permintaan.Akhiri permintaan) {
        return layanan.akhiriPenugasan(kode, permintaan);
    }

    private static Response dibuat(Object isi) {
        return Response.status(Response.Status.CREATED).type(MediaType.APPLICATION_JSON_TYPE).entity(isi).build();
    }

    private static LocalDate tanggal(String teks) {
        if (teks == null || teks.isBlank()) {
            return null;
        }
        try {
            return LocalDate.parse(teks.strip());
        } catch (DateTimeParseException e) {
            throw new ValidasiGagalException(List.of(new GalatIsian("tanggal", teks,
                    "Tanggal ditulis TTTT-BB-HH, mis. 2021-06-30.", "The date is YYYY-MM-DD, e.g. 2021-06-30.")));
        }
    }
}
