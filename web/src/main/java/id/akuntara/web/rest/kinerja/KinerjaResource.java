package id.akuntara.web.rest.kinerja;

import id.akuntara.core.application.KinerjaBersumber;
import id.akuntara.core.application.PenetapanKinerja;
import id.akuntara.core.calc.SebaranCapaian;
import id.akuntara.core.application.PengukuranService;
import id.akuntara.core.domain.bersama.AturanDilanggarException;
import id.akuntara.core.pengukuran.Jejak;
import id.akuntara.core.pengukuran.KinerjaAnggaran;
import id.akuntara.core.pengukuran.KinerjaJson;
import id.akuntara.core.pengukuran.KinerjaTahunan;
import id.akuntara.core.pengukuran.PerbandinganKinerja;
import id.akuntara.core.tenancy.PenggunaSaatIni;
import id.akuntara.core.tenancy.TenantContext;
import id.akuntara.web.rest.JawabanMasalah;
import id.akuntara.web.rest.Masalah;
import id.akuntara.core.akses.Peran;
import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.extensions.Extension;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import java.util.List;
import java.util.Optional;

/**
 * The figures of the caller's own pemda (from the verified token only) for one year, through the one measurement
 * path ({@link PengukuranService}): the read model with the same JSON names as the CLI's {@code paket hitung --format
 * json} ({@link KinerjaJson}), one figure's trace, fixing the year (the snapshot) and what a recomputation would change
 * in it. A user without exactly one pemda gets 403 (TenantTidakSahMapper); a year the data do not hold, 404
 * naming the years they do ({@link TahunTidakAdaMapper}).
 */
@Path("kinerja/{tahun: [0-9]{4}}")
@RequestScoped
@Produces({MediaType.APPLICATION_JSON, Masalah.MEDIA_TYPE})
@Tag(name = "kinerja", description = "Angka kinerja pemda pengguna per tahun")
public class KinerjaResource {

    @Inject
    PengukuranService pengukuran;

    @Inject
    TenantContext tenant;

    @Inject
    PenggunaSaatIni pengguna;

    @Context
    HttpHeaders headers;

    @Context
    UriInfo uri;

    /** One figure's trace, with the pemda and year it belongs to. */
    public record JejakKinerja(String pemda, int tahun, Jejak jejak) {
    }

    /** The figures a recomputation today would change in the year's snapshot. */
    public record SelisihKinerja(String pemda, int tahun, int jumlah, List<PerbandinganKinerja.Selisih> selisih) {
    }

    /** What fixing the year stored ({@code ditetapkanPada} as ISO-8601 UTC). */
    public record Penetapan(String pemda, int tahun, String versiAturan, String sidikMasukan, String ditetapkanPada,
            String ditetapkanOleh) {

        static Penetapan dari(PenetapanKinerja p) {
            return new Penetapan(p.pemda(), p.tahun(), p.versiAturan(), p.sidikMasukan(), p.ditetapkanPada().toString(),
                    p.ditetapkanOleh());
        }
    }

    /**
     * Where a year's figures come from: {@code snapshot} (fixed; {@code penetapan} says when, by whom, under which rule
     * set) or {@code langsung} (computed now from the stored data, drafts included).
     */
    public record Asal(String asal, Penetapan penetapan) {

        static Asal dari(KinerjaBersumber k) {
            return new Asal(k.asal(), k.penetapan().map(Penetapan::dari).orElse(null));
        }
    }

    /**
     * The budget figures of a year: serapan per program and per line (parents rolled up from their children), the
     * pemda's total, and the trace of every serapan.
     */
    public record AnggaranKinerja(String pemda, int tahun, Asal asal, List<KinerjaAnggaran.Pos> program,
            KinerjaAnggaran.Pos total, List<KinerjaAnggaran.Pos> pos, List<Jejak> jejak) {
    }

    /** A sasaran's indicators by band. */
    public record SebaranSasaran(String kode, String nama, SebaranCapaian sebaran) {
    }

    /**
     * The band counts of a year (&gt; 100, = 100, &lt; 100, no value) for the pemda and per sasaran, with the trace of
     * the pemda's counts: which indicator is in which band with its capaian as printed.
     */
    public record SebaranKinerja(String pemda, int tahun, Asal asal, SebaranCapaian sebaran, List<SebaranSasaran> sasaran,
            List<Jejak> jejak) {
    }

    @GET
    @RolesAllowed({Peran.OPERATOR, Peran.VERIFIKATOR, Peran.PIMPINAN, Peran.ADMIN_PEMDA})
    @Operation(summary = "Kinerja tahunan pemda pengguna",
            description = "Model baca KinerjaTahunan: dari snapshot bila tahun sudah ditetapkan, selain itu dihitung sekarang."
                    + " Peran: operator, verifikator, pimpinan, admin-pemda.",
            extensions = @Extension(name = "x-peran", value = "[\"operator\",\"verifikator\",\"pimpinan\",\"admin-pemda\"]", parseValue = true))
    @APIResponse(responseCode = "200", description = "Model baca (nama field = komponen record, angka penuh)")
    @APIResponse(responseCode = "404", description = "Data pemda tidak memuat tahun itu; rincian menyebut tahun yang ada")
    public Response kinerja(@PathParam("tahun") int tahun) {
        return json(KinerjaJson.tulis(pengukuran.kinerja(tahun)));
    }

    @GET
    @Path("jejak/{id: .+}")
    @RolesAllowed({Peran.OPERATOR, Peran.VERIFIKATOR, Peran.PIMPINAN, Peran.ADMIN_PEMDA})
    @Operation(summary = "Jejak satu angka",
            description = "Dari mana satu angka berasal (aturan, masukan, nilai). Id memuat garis miring, mis."
                    + " capaian/IK-EKPPD/TAHUNAN. Peran: operator, verifikator, pimpinan, admin-pemda.",
            extensions = @Extension(name = "x-peran", value = "[\"operator\",\"verifikator\",\"pimpinan\",\"admin-pemda\"]", parseValue = true))
    @APIResponse(responseCode = "200", description = "Jejak angka itu")
    @APIResponse(responseCode = "404", description = "Tahun atau id jejak tidak ada")
    public Response jejak(@PathParam("tahun") int tahun, @PathParam("id") String id) {
        KinerjaTahunan kinerja = pengukuran.kinerja(tahun);
        Optional<Jejak> jejak = kinerja.jejak(id);
        if (jejak.isEmpty()) {
            return masalah(404, "Kinerja tahun " + tahun + " tidak memuat angka dengan jejak " + id + ".",
                    "The performance of " + tahun + " holds no figure with trace " + id + ".");
        }
        return json(KinerjaJson.tulisBagian(new JejakKinerja(kinerja.pemda(), tahun, jejak.get())));
    }

    @GET
    @Path("anggaran")
    @RolesAllowed({Peran.OPERATOR, Peran.VERIFIKATOR, Peran.PIMPINAN, Peran.ADMIN_PEMDA})
    @Operation(summary = "Anggaran dan serapan tahun ini",
            description = "Serapan per program dan per pos (induk dijumlah dari anaknya), jumlah pemda, dan jejak setiap"
                    + " serapan; asal: snapshot bila tahun sudah ditetapkan, langsung bila dihitung sekarang."
                    + " Peran: operator, verifikator, pimpinan, admin-pemda.",
            extensions = @Extension(name = "x-peran", value = "[\"operator\",\"verifikator\",\"pimpinan\",\"admin-pemda\"]", parseValue = true))
    @APIResponse(responseCode = "200", description = "Angka anggaran tahun itu dengan jejaknya")
    @APIResponse(responseCode = "404", description = "Data pemda tidak memuat tahun itu")
    public Response anggaran(@PathParam("tahun") int tahun) {
        KinerjaBersumber k = pengukuran.kinerjaBersumber(tahun);
        KinerjaAnggaran a = k.kinerja().anggaran();
        List<KinerjaAnggaran.Pos> pos = a == null ? List.of() : a.pos();
        List<Jejak> jejak = k.kinerja().jejak().stream().filter(j -> j.id().startsWith("serapan/")).toList();
        return json(KinerjaJson.tulisBagian(new AnggaranKinerja(k.kinerja().pemda(), tahun, Asal.dari(k),
                pos.stream().filter(p -> "PROGRAM".equals(p.tingkat())).toList(), a == null ? null : a.total(), pos, jejak)));
    }

    @GET
    @Path("sebaran")
    @RolesAllowed({Peran.OPERATOR, Peran.VERIFIKATOR, Peran.PIMPINAN, Peran.ADMIN_PEMDA})
    @Operation(summary = "Sebaran capaian tahun ini",
            description = "Jumlah indikator dengan capaian di atas 100 %, sama dengan 100 %, di bawah 100 % dan tanpa nilai,"
                    + " untuk pemda dan per sasaran, dengan jejak: indikator mana di pita mana; asal: snapshot atau langsung."
                    + " Peran: operator, verifikator, pimpinan, admin-pemda.",
            extensions = @Extension(name = "x-peran", value = "[\"operator\",\"verifikator\",\"pimpinan\",\"admin-pemda\"]", parseValue = true))
    @APIResponse(responseCode = "200", description = "Sebaran capaian tahun itu dengan jejaknya")
    @APIResponse(responseCode = "404", description = "Data pemda tidak memuat tahun itu")
    public Response sebaran(@PathParam("tahun") int tahun) {
        KinerjaBersumber k = pengukuran.kinerjaBersumber(tahun);
        KinerjaTahunan t = k.kinerja();
        return json(KinerjaJson.tulisBagian(new SebaranKinerja(t.pemda(), tahun, Asal.dari(k), t.sebaran(),
                t.sasaran().stream().map(s -> new SebaranSasaran(s.kode(), s.nama(), s.sebaran())).toList(),
                t.jejak().stream().filter(j -> j.id().startsWith("sebaran/")).toList())));
    }

    @POST
    @Path("penetapan")
    @RolesAllowed(Peran.PIMPINAN)
    @Operation(summary = "Tetapkan kinerja tahun ini",
            description = "Menyimpan snapshot angka tahun itu; sesudahnya angka dibaca dari snapshot. Sekali saja, dan"
                    + " hanya bila tidak ada realisasi tahun itu yang masih dalam alur verifikasi."
                    + " Peran: pimpinan.",
            extensions = @Extension(name = "x-peran", value = "[\"pimpinan\"]", parseValue = true))
    @APIResponse(responseCode = "201", description = "Ditetapkan: versi aturan, sidik masukan, waktu dan penetap")
    @APIResponse(responseCode = "404", description = "Data pemda tidak memuat tahun itu")
    @APIResponse(responseCode = "409", description = "Tahun itu sudah ditetapkan, atau masih ada realisasinya yang dalam alur"
            + " verifikasi (diajukan, diverifikasi, dikembalikan); rincian menyebut realisasi itu")
    public Response tetapkan(@PathParam("tahun") int tahun) {
        PenetapanKinerja penetapan;
        try {
            penetapan = pengukuran.tetapkan(tahun, pengguna.get().username());
        } catch (AturanDilanggarException e) {
            return masalah(409, e.getMessage(), e.pesanEn());
        }
        return Response.created(uri.getBaseUriBuilder().path("kinerja").path(String.valueOf(tahun)).build())
                .type(MediaType.APPLICATION_JSON_TYPE)
                .entity(KinerjaJson.tulisBagian(Penetapan.dari(penetapan))).build();
    }

    @GET
    @Path("selisih")
    @RolesAllowed({Peran.ADMIN_PEMDA, Peran.PIMPINAN})
    @Operation(summary = "Selisih snapshot dengan hitung ulang",
            description = "Angka demi angka yang akan berubah bila tahun yang sudah ditetapkan dihitung ulang dengan aturan"
                    + " dan pengaturan hari ini. Peran: admin-pemda, pimpinan.",
            extensions = @Extension(name = "x-peran", value = "[\"admin-pemda\",\"pimpinan\"]", parseValue = true))
    @APIResponse(responseCode = "200", description = "Selisih (kosong bila tidak ada yang berubah)")
    @APIResponse(responseCode = "404", description = "Tahun itu belum ditetapkan")
    public Response selisih(@PathParam("tahun") int tahun) {
        Optional<List<PerbandinganKinerja.Selisih>> selisih = pengukuran.bandingkanDenganSnapshot(tahun);
        if (selisih.isEmpty()) {
            return masalah(404, "Kinerja tahun " + tahun + " belum ditetapkan, jadi tidak ada snapshot untuk dibandingkan.",
                    "The performance of " + tahun + " is not fixed, so there is no snapshot to compare with.");
        }
        return json(KinerjaJson.tulisBagian(new SelisihKinerja(tenant.kodePemda(), tahun, selisih.get().size(), selisih.get())));
    }

    private static Response json(String isi) {
        return Response.ok(isi, MediaType.APPLICATION_JSON_TYPE).build();
    }

    private Response masalah(int status, String rincianId, String rincianEn) {
        Masalah masalah = JawabanMasalah.masalah(status, headers, uri);
        return JawabanMasalah.jawaban(masalah.denganRincian(masalah.bahasa() == Masalah.Bahasa.EN ? rincianEn : rincianId))
                .build();
    }
}
