package id.akuntara.web.faces;

import id.akuntara.core.akses.AksesDitolakException;
import id.akuntara.core.galat.TidakDitemukanException;
import id.akuntara.core.galat.ValidasiGagalException;
import id.akuntara.core.pengukuran.TahunTidakAdaException;
import id.akuntara.core.tenancy.TenantTidakSahException;
import id.akuntara.web.laporan.LaporanPemdaService;
import id.akuntara.web.laporan.PilihanBerkas;
import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import java.io.IOException;

/**
 * The start page's download ({@code GET /unduh/laporan?tahun=2021&format=pdf[&bahasa=en][&jenis=pk[&kode=PK-…]]}),
 * also used by the Perjanjian Kinerja page for one PK ({@code kode}) or the year's PKs: the same
 * files as {@code GET /api/v1/laporan/…}, for the signed-in person of the pages (session login, no bearer token), of
 * their own pemda only ({@link LaporanPemdaService}). A refusal answers its status with one line of plain text in
 * Bahasa Indonesia, which the page shows beside the button.
 */
@WebServlet("/unduh/laporan")
public class UnduhLaporanServlet extends HttpServlet {

    @Inject
    LaporanPemdaService laporan;

    @Override
    protected void doGet(HttpServletRequest req, HttpServletResponse resp) throws IOException {
        LaporanPemdaService.BerkasLaporan berkas;
        try {
            int tahun = tahun(req.getParameter("tahun"));
            PilihanBerkas p = PilihanBerkas.periksa(req.getParameter("format"), req.getParameter("bahasa"));
            berkas = "pk".equals(req.getParameter("jenis"))
                    ? laporan.perjanjianKinerja(tahun, kodePk(req.getParameter("kode")), p.format(), p.bahasa())
                    : laporan.laporanTahunan(tahun, p.format(), p.bahasa());
        } catch (ValidasiGagalException e) {
            JawabanUnduhan.tolak(resp, 422, "Permintaan tidak sah: " + String.join("; ", e.galat().stream()
                    .map(g -> g.field() + " " + g.pesan()).toList()) + ".");
            return;
        } catch (TahunTidakAdaException e) {
            JawabanUnduhan.tolak(resp, 404, e.getMessage() + ".");
            return;
        } catch (TidakDitemukanException e) {
            JawabanUnduhan.tolak(resp, 404, e.getMessage());
            return;
        } catch (AksesDitolakException | TenantTidakSahException e) {
            JawabanUnduhan.tolak(resp, 403, e.getMessage());
            return;
        }
        JawabanUnduhan.kirim(resp, berkas.jenisMedia(), "attachment; filename=\"" + berkas.namaBerkas() + "\"", berkas.isi());
    }

    private static int tahun(String t) {
        if (t == null || !t.matches("[0-9]{4}")) {
            throw new ValidasiGagalException(java.util.List.of(new id.akuntara.core.galat.GalatIsian("tahun", t,
                    "harus tahun empat angka", "must be a four-digit year")));
        }
        return Integer.parseInt(t);
    }

    /** A PK's code (optional): blank means the year's PKs; anything but a code is refused (422). */
    private static String kodePk(String k) {
        if (k == null || k.isBlank()) {
            return null;
        }
        if (!k.matches("[A-Za-z0-9][A-Za-z0-9._-]{0,99}")) {
            throw new ValidasiGagalException(java.util.List.of(new id.akuntara.core.galat.GalatIsian("kode", k,
                    "bukan kode Perjanjian Kinerja", "not a Performance Agreement code")));
        }
        return k;
    }
}
