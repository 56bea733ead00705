package id.akuntara.web.rest.laporan;

import id.akuntara.core.akses.Peran;
import id.akuntara.web.laporan.LaporanPemdaService;
import id.akuntara.web.laporan.PilihanBerkas;
import id.akuntara.web.rest.Masalah;
import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.extensions.Extension;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * The reports of the caller's own pemda (from the verified token only: no address names a pemda, so another pemda's
 * report cannot be asked for) as files: the annual report (LKjIP / LKIP / LAKIP) of a year and its Perjanjian
 * Kinerja documents, in PDF, DOCX or XLSX, Bahasa Indonesia or English ({@link LaporanPemdaService}). The file
 * comes whole, with a file name in {@code Content-Disposition}; an unknown format or language is 422, a year the
 * data do not hold 404 naming the years they do.
 */
@Path("laporan/{tahun: [0-9]{4}}")
@RequestScoped
@Produces({"application/pdf", "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
    "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", Masalah.MEDIA_TYPE})
@Tag(name = "laporan", description = "Laporan kinerja tahunan dan Perjanjian Kinerja pemda pengguna sebagai berkas")
public class LaporanResource {

    @Inject
    LaporanPemdaService laporan;

    @GET
    @RolesAllowed({Peran.OPERATOR, Peran.VERIFIKATOR, Peran.PIMPINAN, Peran.ADMIN_PEMDA})
    @Operation(summary = "Laporan kinerja tahunan pemda pengguna",
            description = "LKjIP/LKIP/LAKIP tahun itu (nama menurut pengaturan pemda) sebagai PDF, DOCX atau XLSX, bahasa"
                    + " Indonesia (id) atau Inggris (en); angka dari model baca (snapshot bila tahun sudah ditetapkan)."
                    + " Peran: operator, verifikator, pimpinan, admin-pemda.",
            extensions = @Extension(name = "x-peran", value = "[\"operator\",\"verifikator\",\"pimpinan\",\"admin-pemda\"]", parseValue = true))
    @APIResponse(responseCode = "200", description = "Berkas laporan; Content-Disposition memuat nama berkas")
    @APIResponse(responseCode = "404", description = "Data pemda tidak memuat tahun itu; rincian menyebut tahun yang ada")
    @APIResponse(responseCode = "422", description = "format atau bahasa tidak dikenal")
    public Response laporanTahunan(@PathParam("tahun") int tahun, @QueryParam("format") @DefaultValue("pdf") String format,
            @QueryParam("bahasa") @DefaultValue("id") String bahasa) {
        PilihanBerkas p = PilihanBerkas.periksa(format, bahasa);
        return berkas(laporan.laporanTahunan(tahun, p.format(), p.bahasa()));
    }

    @GET
    @Path("pk")
    @RolesAllowed({Peran.OPERATOR, Peran.VERIFIKATOR, Peran.PIMPINAN, Peran.ADMIN_PEMDA})
    @Operation(summary = "Semua Perjanjian Kinerja tahun itu",
            description = "Dokumen Perjanjian Kinerja pemda pengguna tahun itu dalam satu berkas, masing-masing mulai halaman"
                    + " baru. Peran: operator, verifikator, pimpinan, admin-pemda.",
            extensions = @Extension(name = "x-peran", value = "[\"operator\",\"verifikator\",\"pimpinan\",\"admin-pemda\"]", parseValue = true))
    @APIResponse(responseCode = "200", description = "Berkas Perjanjian Kinerja")
    @APIResponse(responseCode = "404", description = "Tahun itu tanpa Perjanjian Kinerja")
    @APIResponse(responseCode = "422", description = "format atau bahasa tidak dikenal")
    public Response semuaPk(@PathParam("tahun") int tahun, @QueryParam("format") @DefaultValue("pdf") String format,
            @QueryParam("bahasa") @DefaultValue("id") String bahasa) {
        PilihanBerkas p = PilihanBerkas.periksa(format, bahasa);
        return berkas(laporan.perjanjianKinerja(tahun, null, p.format(), p.bahasa()));
    }

    @GET
    @Path("pk/{kode}")
    @RolesAllowed({Peran.OPERATOR, Peran.VERIFIKATOR, Peran.PIMPINAN, Peran.ADMIN_PEMDA})
    @Operation(summary = "Satu Perjanjian Kinerja",
            description = "Dokumen satu Perjanjian Kinerja pemda pengguna menurut kodenya, mis. PK-2021-SETDA. Kode milik"
                    + " pemda lain: 404. Peran: operator, verifikator, pimpinan, admin-pemda.",
            extensions = @Extension(name = "x-peran", value = "[\"operator\",\"verifikator\",\"pimpinan\",\"admin-pemda\"]", parseValue = true))
    @APIResponse(responseCode = "200", description = "Berkas Perjanjian Kinerja")
    @APIResponse(responseCode = "404", description = "Tidak ada Perjanjian Kinerja dengan kode itu pada tahun itu (diperiksa sebelum format)")
    @APIResponse(responseCode = "422", description = "format atau bahasa tidak dikenal")
    public Response satuPk(@PathParam("tahun") int tahun, @PathParam("kode") String kode,
            @QueryParam("format") @DefaultValue("pdf") String format, @QueryParam("bahasa") @DefaultValue("id") String bahasa) {
        laporan.pastikanPk(tahun, kode);
        PilihanBerkas p = PilihanBerkas.periksa(format, bahasa);
        return berkas(laporan.perjanjianKinerja(tahun, kode, p.format(), p.bahasa()));
    }

    private static Response berkas(LaporanPemdaService.BerkasLaporan b) {
        return Response.ok(b.isi(), b.jenisMedia())
                .header("Content-Disposition", "attachment; filename=\"" + b.namaBerkas() + "\"")
                .header("Cache-Control", "no-store")
                .build();
    }
}
