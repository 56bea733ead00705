package id.akuntara.web.rest.realisasi;

import id.akuntara.core.akses.Peran;
import id.akuntara.core.application.realisasi.BerkasBukti;
import id.akuntara.core.application.realisasi.BuktiRealisasi;
import id.akuntara.core.application.realisasi.RealisasiService;
import id.akuntara.web.rest.JawabanMasalah;
import id.akuntara.web.rest.Masalah;
import id.akuntara.web.security.DisposisiUnduhan;
import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.json.bind.Jsonb;
import jakarta.json.bind.JsonbBuilder;
import jakarta.json.bind.JsonbConfig;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.extensions.Extension;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import java.io.IOException;
import java.io.InputStream;
import java.util.Base64;
import java.util.HexFormat;
import java.util.UUID;

/**
 * The realisasi of the caller's pemda (from the verified token only) through core's {@link RealisasiService}: the
 * year's list with targets and capaian from the measurement, entering a value, the workflow steps, the evidence files
 * and the history. Every write sends the {@code versi} it edited. Paths:
 * <pre>
 * GET  /api/v1/realisasi/{tahun}                                  list (admin-pemda, operator, verifikator, pimpinan)
 * PUT  /api/v1/realisasi/{tahun}/{kodeIndikator}/{periode}        enter or replace (operator)
 * POST /api/v1/realisasi/{id}/ajukan | kembalikan | verifikasi | tetapkan
 * GET  /api/v1/realisasi/{id}/riwayat                             history (admin-pemda, verifikator)
 * GET  /api/v1/realisasi/{id}/bukti, POST …/bukti?nama=…           evidence list, upload (raw body)
 * GET  /api/v1/realisasi/{id}/bukti/{buktiId}                     download
 * </pre>
 * A year is four digits and an id a UUID (the path templates say so), so the two never match each other's paths.
 */
@Path("realisasi")
@RequestScoped
@Produces({MediaType.APPLICATION_JSON, Masalah.MEDIA_TYPE})
@Tag(name = "realisasi", description = "Realisasi indikator per periode dengan alur verifikasi dan bukti dukung")
public class RealisasiResource {

    private static final String TAHUN = "{tahun: [0-9]{4}}";
    private static final String ID = "{id: [0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}}";
    private static final String BUKTI_ID = "{buktiId: [0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}}";

    /**
     * JSON-B for the answers: null members written (a stable shape), record components as names, times as ISO-8601
     * UTC. In a holder so that loading the class (the architecture and OpenAPI tests) does not need a JSON-B provider.
     */
    private static final class Json {
        static final Jsonb B = JsonbBuilder.create(new JsonbConfig().withNullValues(true).withFormatting(true));
    }

    @Inject
    RealisasiService layanan;

    @Context
    HttpHeaders headers;

    @Context
    UriInfo uri;

    @GET
    @Path(TAHUN)
    @RolesAllowed({Peran.ADMIN_PEMDA, Peran.OPERATOR, Peran.VERIFIKATOR, Peran.PIMPINAN})
    @Operation(summary = "Realisasi satu tahun",
            description = "Per indikator yang diukur tahun itu: target berwenang, lalu realisasi tiap periode (TW1–TW4, TAHUNAN)"
                    + " dengan status nilai, status alur, versi, penjelasan, bukti dukung, serta target dan capaian periode"
                    + " itu dari layanan pengukuran (dari snapshot bila tahun sudah ditetapkan)."
                    + " Peran: admin-pemda, operator, verifikator, pimpinan.",
            extensions = @Extension(name = "x-peran", value = "[\"admin-pemda\",\"operator\",\"verifikator\",\"pimpinan\"]", parseValue = true))
    @APIResponse(responseCode = "200", description = "Daftar realisasi")
    @APIResponse(responseCode = "404", description = "Data pemda tidak memuat tahun itu; rincian menyebut tahun yang ada")
    public Response daftar(@PathParam("tahun") int tahun) {
        return json(200, layanan.daftar(tahun));
    }

    @PUT
    @Path(TAHUN + "/{kodeIndikator}/{periode}")
    @Consumes(MediaType.WILDCARD)
    @RolesAllowed(Peran.OPERATOR)
    @Operation(summary = "Isi atau ganti realisasi",
            description = "Badan JSON {versi, statusNilai, nilai, tahunAsal, keterangan, penjelasan: {faktorPendukung,"
                    + " faktorPenghambat, solusi, upaya}}. statusNilai wajib dipilih: ADA (nilai dalam format Indonesia,"
                    + " mis. \"81,65\"), BELUM_RILIS, DIBAWA_DARI (tahunAsal dan nilai), TIDAK_ADA (keterangan = alasan);"
                    + " realisasi kosong tidak pernah menjadi nol. Membuat realisasi bila belum ada (tanpa versi); bila sudah"
                    + " ada, versi yang diubah wajib dikirim. Hanya draf atau yang dikembalikan yang dapat diubah."
                    + " periode: tw1, tw2, tw3, tw4, tahunan. Peran: operator.",
            extensions = @Extension(name = "x-peran", value = "[\"operator\"]", parseValue = true))
    @APIResponse(responseCode = "200", description = "Realisasi tersimpan, dengan versi barunya")
    @APIResponse(responseCode = "404", description = "Indikator atau periode tidak ada di pemda pengguna")
    @APIResponse(responseCode = "409", description = "Versi usang (versiSaatIni), atau realisasi sudah diajukan/ditetapkan")
    @APIResponse(responseCode = "422", description = "Isian tidak sah; setiap isian yang salah disebut")
    public Response isi(@PathParam("tahun") int tahun, @PathParam("kodeIndikator") String kodeIndikator,
            @PathParam("periode") String periode, String isi) {
        return json(200, layanan.isi(tahun, kodeIndikator, periode, PemetaIsian.realisasi(isi)));
    }

    @POST
    @Path(ID + "/ajukan")
    @Consumes(MediaType.WILDCARD)
    @RolesAllowed(Peran.OPERATOR)
    @Operation(summary = "Ajukan realisasi untuk diverifikasi",
            description = "Badan {versi}. Dari draf atau dikembalikan. Nilai di bawah target (capaian periode itu di bawah"
                    + " 100 % menurut layanan pengukuran, dengan polaritas indikator) atau kosong (BELUM_RILIS, TIDAK_ADA)"
                    + " ditolak 422 pada isian penjelasan.faktorPenghambat selama penjelasannya belum diisi."
                    + " Peran: operator.",
            extensions = @Extension(name = "x-peran", value = "[\"operator\"]", parseValue = true))
    @APIResponse(responseCode = "200", description = "Diajukan")
    @APIResponse(responseCode = "404", description = "Realisasi tidak ada di pemda pengguna")
    @APIResponse(responseCode = "409", description = "Versi usang, atau status alur tidak mengizinkan")
    @APIResponse(responseCode = "422", description = "Versi tidak dikirim, atau penjelasan wajib belum diisi")
    public Response ajukan(@PathParam("id") UUID id, String isi) {
        return json(200, layanan.ajukan(id, PemetaIsian.alur(isi)));
    }

    @POST
    @Path(ID + "/kembalikan")
    @Consumes(MediaType.WILDCARD)
    @RolesAllowed(Peran.VERIFIKATOR)
    @Operation(summary = "Kembalikan realisasi dengan catatan",
            description = "Badan {versi, catatan}; catatan wajib (apa yang harus diperbaiki). Dari diajukan atau diverifikasi."
                    + " Peran: verifikator.",
            extensions = @Extension(name = "x-peran", value = "[\"verifikator\"]", parseValue = true))
    @APIResponse(responseCode = "200", description = "Dikembalikan")
    @APIResponse(responseCode = "404", description = "Realisasi tidak ada di pemda pengguna")
    @APIResponse(responseCode = "409", description = "Versi usang, atau status alur tidak mengizinkan")
    @APIResponse(responseCode = "422", description = "Versi atau catatan tidak dikirim")
    public Response kembalikan(@PathParam("id") UUID id, String isi) {
        return json(200, layanan.kembalikan(id, PemetaIsian.alur(isi)));
    }

    @POST
    @Path(ID + "/verifikasi")
    @Consumes(MediaType.WILDCARD)
    @RolesAllowed(Peran.VERIFIKATOR)
    @Operation(summary = "Verifikasi realisasi", description = "Badan {versi}. Dari diajukan. Peran: verifikator.",
            extensions = @Extension(name = "x-peran", value = "[\"verifikator\"]", parseValue = true))
    @APIResponse(responseCode = "200", description = "Diverifikasi")
    @APIResponse(responseCode = "404", description = "Realisasi tidak ada di pemda pengguna")
    @APIResponse(responseCode = "409", description = "Versi usang, atau status alur tidak mengizinkan")
    @APIResponse(responseCode = "422", description = "Versi tidak dikirim")
    public Response verifikasi(@PathParam("id") UUID id, String isi) {
        return json(200, layanan.verifikasi(id, PemetaIsian.alur(isi)));
    }

    @POST
    @Path(ID + "/tetapkan")
    @Consumes(MediaType.WILDCARD)
    @RolesAllowed(Peran.PIMPINAN)
    @Operation(summary = "Tetapkan realisasi",
            description = "Badan {versi}. Dari diverifikasi; sesudahnya terkunci (status DISAHKAN). Peran: pimpinan.",
            extensions = @Extension(name = "x-peran", value = "[\"pimpinan\"]", parseValue = true))
    @APIResponse(responseCode = "200", description = "Ditetapkan (DISAHKAN)")
    @APIResponse(responseCode = "404", description = "Realisasi tidak ada di pemda pengguna")
    @APIResponse(responseCode = "409", description = "Versi usang, atau belum diverifikasi")
    @APIResponse(responseCode = "422", description = "Versi tidak dikirim")
    public Response tetapkan(@PathParam("id") UUID id, String isi) {
        return json(200, layanan.tetapkan(id, PemetaIsian.alur(isi)));
    }

    @GET
    @Path(ID + "/riwayat")
    @RolesAllowed({Peran.ADMIN_PEMDA, Peran.VERIFIKATOR})
    @Operation(summary = "Riwayat realisasi",
            description = "Setiap perubahan dan langkah alur dari jejak audit, terlama dulu: revisi, waktu, pengguna, langkah"
                    + " (dibuat, diubah, diajukan, dikembalikan, diverifikasi, ditetapkan, bukti-diunggah) dan keadaan"
                    + " sesudahnya. Peran: admin-pemda, verifikator.",
            extensions = @Extension(name = "x-peran", value = "[\"admin-pemda\",\"verifikator\"]", parseValue = true))
    @APIResponse(responseCode = "200", description = "Riwayat")
    @APIResponse(responseCode = "404", description = "Realisasi tidak ada di pemda pengguna")
    public Response riwayat(@PathParam("id") UUID id) {
        return json(200, layanan.riwayat(id));
    }

    @GET
    @Path(ID + "/bukti")
    @RolesAllowed({Peran.ADMIN_PEMDA, Peran.OPERATOR, Peran.VERIFIKATOR, Peran.PIMPINAN})
    @Operation(summary = "Daftar bukti dukung",
            description = "Nama, jenis (menurut isinya), ukuran, SHA-256 dan waktu unggah, tanpa isi berkas."
                    + " Peran: admin-pemda, operator, verifikator, pimpinan.",
            extensions = @Extension(name = "x-peran", value = "[\"admin-pemda\",\"operator\",\"verifikator\",\"pimpinan\"]", parseValue = true))
    @APIResponse(responseCode = "200", description = "Daftar bukti")
    @APIResponse(responseCode = "404", description = "Realisasi tidak ada di pemda pengguna")
    public Response daftarBukti(@PathParam("id") UUID id) {
        return json(200, layanan.daftarBukti(id));
    }

    @POST
    @Path(ID + "/bukti")
    @Consumes(MediaType.WILDCARD)
    @RolesAllowed(Peran.OPERATOR)
    @Operation(summary = "Unggah bukti dukung",
            description = "Isi permintaan = berkas itu sendiri (bukan multipart), nama berkas di parameter nama. Diterima"
                    + " menurut ISINYA: PDF, JPEG, PNG, XLSX (zip yang memuat xl/workbook.xml), paling besar 10 MiB"
                    + " (10485760 bita); disimpan dengan SHA-256 dan jenis yang dibuktikan isinya. Content-Type yang"
                    + " menyebut salah satu jenis itu harus sesuai isinya. Tidak pada realisasi yang sudah ditetapkan."
                    + " Peran: operator.",
            extensions = @Extension(name = "x-peran", value = "[\"operator\"]", parseValue = true))
    @APIResponse(responseCode = "201", description = "Tersimpan; Location = alamat unduhnya")
    @APIResponse(responseCode = "404", description = "Realisasi tidak ada di pemda pengguna")
    @APIResponse(responseCode = "409", description = "Realisasi sudah ditetapkan (terkunci)")
    @APIResponse(responseCode = "413", description = "Berkas melebihi batas yang dibaca server")
    @APIResponse(responseCode = "422", description = "Nama kosong, berkas kosong, lebih dari 10 MiB, atau bukan PDF/JPEG/PNG/XLSX")
    public Response unggahBukti(@PathParam("id") UUID id,
            @Parameter(description = "nama berkas, mis. lhe-akip-2020.pdf") @QueryParam("nama") String nama,
            @HeaderParam(HttpHeaders.CONTENT_TYPE) String jenis, InputStream isi) {
        byte[] berkas;
        try {
            berkas = isi == null ? new byte[0] : isi.readNBytes(RealisasiService.UKURAN_BUKTI_MAKSIMUM + 1);
        } catch (IOException e) {
            // the server stopped reading (a body over its max-post-size, 11 MiB: ear configure.cli) or the client broke off
            Masalah masalah = JawabanMasalah.masalah(413, headers, uri).denganRincian(
                    "Berkas tidak terbaca utuh; bukti dukung paling besar 10 MiB (10485760 bita).",
                    "The file could not be read whole; evidence is at most 10 MiB (10485760 bytes).");
            return JawabanMasalah.jawaban(masalah).build();
        }
        BuktiRealisasi b = layanan.unggahBukti(id, nama, jenis, berkas);
        return Response.status(201).location(uri.getBaseUriBuilder().path("realisasi").path(id.toString()).path("bukti")
                        .path(b.id().toString()).build())
                .type(MediaType.APPLICATION_JSON_TYPE).entity(Json.B.toJson(b)).build();
    }

    @GET
    @Path(ID + "/bukti/" + BUKTI_ID)
    @Produces({MediaType.WILDCARD, Masalah.MEDIA_TYPE})
    @RolesAllowed({Peran.ADMIN_PEMDA, Peran.OPERATOR, Peran.VERIFIKATOR, Peran.PIMPINAN})
    @Operation(summary = "Unduh bukti dukung",
            description = "Berkas dengan jenis tersimpannya, Content-Disposition attachment (nama berkas) dan Repr-Digest"
                    + " (SHA-256). Hanya di pemda pemilik. Peran: admin-pemda, operator, verifikator, pimpinan.",
            extensions = @Extension(name = "x-peran", value = "[\"admin-pemda\",\"operator\",\"verifikator\",\"pimpinan\"]", parseValue = true))
    @APIResponse(responseCode = "200", description = "Isi berkas")
    @APIResponse(responseCode = "404", description = "Realisasi atau bukti tidak ada di pemda pengguna")
    public Response unduhBukti(@PathParam("id") UUID id, @PathParam("buktiId") UUID buktiId) {
        BerkasBukti b = layanan.unduhBukti(id, buktiId);
        return Response.ok(b.isi(), b.jenisKonten())
                .header("Content-Disposition", DisposisiUnduhan.lampiran(b.namaBerkas()))
                .header("Repr-Digest", "sha-256=:" + Base64.getEncoder().encodeToString(HexFormat.of().parseHex(b.sha256())) + ":")
                .header("Content-Length", b.isi().length)
                .build();
    }

    private static Response json(int status, Object isi) {
        return Response.status(status).type(MediaType.APPLICATION_JSON_TYPE).entity(Json.B.toJson(isi)).build();
    }
}
