package id.akuntara.web.faces.realisasi;

import id.akuntara.core.akses.AksesDitolakException;
import id.akuntara.core.application.realisasi.BerkasBukti;
import id.akuntara.core.application.realisasi.RealisasiService;
import id.akuntara.core.galat.TidakDitemukanException;
import id.akuntara.core.tenancy.TenantTidakSahException;
import id.akuntara.web.faces.JawabanUnduhan;
import id.akuntara.web.security.DisposisiUnduhan;
import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import java.io.IOException;
import java.util.UUID;

/**
 * An evidence file for the pages ({@code GET /unduh/bukti?realisasi=…&bukti=…}): the same use case as
 * {@code GET /api/v1/realisasi/{id}/bukti/{buktiId}}, for the signed-in person of the pages, of their own pemda only
 * (another pemda's file is "not found"). A refusal answers its status with one line of plain text.
 */
@WebServlet("/unduh/bukti")
public class UnduhBuktiServlet extends HttpServlet {

    @Inject
    RealisasiService layanan;

    @Override
    protected void doGet(HttpServletRequest req, HttpServletResponse resp) throws IOException {
        BerkasBukti b;
        try {
            b = layanan.unduhBukti(UUID.fromString(req.getParameter("realisasi")), UUID.fromString(req.getParameter("bukti")));
        } catch (IllegalArgumentException | NullPointerException e) {
            JawabanUnduhan.tolak(resp, 404, "Bukti dukung tidak ditemukan.");
            return;
        } catch (TidakDitemukanException e) {
            JawabanUnduhan.tolak(resp, 404, e.getMessage());
            return;
        } catch (AksesDitolakException | TenantTidakSahException e) {
            JawabanUnduhan.tolak(resp, 403, e.getMessage());
            return;
        }
        JawabanUnduhan.kirim(resp, b.jenisKonten(), DisposisiUnduhan.lampiran(b.namaBerkas()), b.isi());
    }
}
