package id.akuntara.web.rest.pengaturan;

import id.akuntara.core.akses.Peran;
import id.akuntara.core.application.pengaturan.PengaturanService;
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
 * The caller's pemda's own settings ({@link PengaturanService}) and its authoritative target source alone
 * ({@link SumberTargetService}); {@code GET /api/v1/kinerja/{tahun}} computes with them from the next call on (a
 * fixed year keeps its snapshot). The pemda is the token's, never the request's.
 */
@Path("pengaturan")
@RequestScoped
@Produces({MediaType.APPLICATION_JSON, Masalah.MEDIA_TYPE})
@Tag(name = "pengaturan", description = "Pengaturan pemda pengguna")
public class PengaturanResource {

    @Inject
    PengaturanService pengaturan;

    @Inject
    SumberTargetService sumberTarget;

    @GET
    @RolesAllowed({Peran.ADMIN_PEMDA, Peran.OPERATOR, Peran.VERIFIKATOR, Peran.PIMPINAN})
    @Operation(summary = "Pengaturan pemda",
            description = "Pengaturan yang berlaku beserta lapisan asalnya (PEMDA = pilihan pemda, PLUGIN = bawaan plugin"
                    + " tingkat, INTI = bawaan inti): sumber target, skala predikat capaian (batas pita dalam angka"
                    + " Indonesia), pembulatan tampilan, batas capaian, penanganan nilai kosong, nama laporan, kepala"
                    + " daerah, logo (PNG base64), peringatan skala tersimpan, id (untuk riwayat) dan versi."
                    + " Peran: admin-pemda, operator, verifikator, pimpinan.",
            extensions = @Extension(name = "x-peran", value = "[\"admin-pemda\",\"operator\",\"verifikator\",\"pimpinan\"]",
                    parseValue = true))
    @APIResponse(responseCode = "200", description = "Pengaturan yang berlaku")
    public PengaturanService.Pengaturan baca() {
        return pengaturan.baca();
    }

    @PUT
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Peran.ADMIN_PEMDA)
    @Operation(summary = "Ubah pengaturan pemda",
            description = "Isian utuh: sumberTarget, skala {nama, pita[{label, bawah, bawahInklusif, atas, atasInklusif}]}"
                    + " (null = pakai skala plugin; celah dan tumpang tindih ditolak oleh pemeriksaan mesin hitung dengan"
                    + " nama pitanya), desimal (0-4), modePembulatan (SETENGAH_KE_ATAS, POTONG), batasCapaian (persen,"
                    + " kosong = tanpa), penangananKosong (DIKECUALIKAN, DIHITUNG_NOL), bulatkanDulu (opsional),"
                    + " namaLaporan (LAKIP, LKIP, LKjIP), kepalaDaerah, logo (PNG base64, paling besar 512 KiB, kosong ="
                    + " tanpa logo), versi. Semua isian salah disebut sekaligus. Peran: admin-pemda.",
            extensions = @Extension(name = "x-peran", value = "[\"admin-pemda\"]", parseValue = true))
    @APIResponse(responseCode = "200", description = "Diubah; pengaturan yang berlaku")
    @APIResponse(responseCode = "409", description = "Versi basi (versiSaatIni)")
    @APIResponse(responseCode = "422", description = "Isian tidak sah (semua disebut, mis. celah skala dengan nama pitanya)")
    public PengaturanService.Pengaturan ubah(PengaturanService.Isian isian) {
        return pengaturan.ubah(isian);
    }

    @GET
    @Path("sumber-target")
    @RolesAllowed({Peran.ADMIN_PEMDA, Peran.OPERATOR, Peran.VERIFIKATOR, Peran.PIMPINAN})
    @Operation(summary = "Sumber target berwenang",
            description = "Sumber target yang dipakai pengukuran, pilihannya, dan urutan cadangan bila sumber itu tidak punya"
                    + " target. Peran: admin-pemda, operator, verifikator, pimpinan.",
            extensions = @Extension(name = "x-peran", value = "[\"admin-pemda\",\"operator\",\"verifikator\",\"pimpinan\"]",
                    parseValue = true))
    @APIResponse(responseCode = "200", description = "Pengaturan sumber target")
    public SumberTargetService.Pengaturan bacaSumberTarget() {
        return sumberTarget.baca();
    }

    @PUT
    @Path("sumber-target")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Peran.ADMIN_PEMDA)
    @Operation(summary = "Ubah sumber target berwenang",
            description = "Isian: sumberTarget (RPJMD, RENSTRA, IKU, PK, PK_PERUBAHAN), versi. Angka tahun yang belum"
                    + " ditetapkan dihitung ulang dengan sumber baru. Peran: admin-pemda.",
            extensions = @Extension(name = "x-peran", value = "[\"admin-pemda\"]", parseValue = true))
    @APIResponse(responseCode = "200", description = "Diubah")
    @APIResponse(responseCode = "409", description = "Versi basi (versiSaatIni)")
    @APIResponse(responseCode = "422", description = "Sumber tidak dikenal atau versi tidak dikirim")
    public SumberTargetService.Pengaturan ubahSumberTarget(SumberTargetService.Isian isian) {
        return sumberTarget.ubah(isian);
    }
}
