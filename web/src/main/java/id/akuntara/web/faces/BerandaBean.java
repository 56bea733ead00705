package id.akuntara.web.faces;

import id.akuntara.core.akses.Peran;
import id.akuntara.core.application.ProfilPengguna;
import id.akuntara.core.application.ProfilPenggunaService;
import id.akuntara.web.laporan.LaporanPemdaService;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import java.util.List;

/**
 * Backs the start page: the same profile as {@code GET /api/v1/saya}, and for a user of one pemda with a pemda role
 * the download of the newest year's report ({@link UnduhLaporanServlet}).
 */
@Named("beranda")
@RequestScoped
public class BerandaBean {

    @Inject
    ProfilPenggunaService service;

    @Inject
    LaporanPemdaService laporan;

    private ProfilPengguna profil;
    private List<Integer> tahun;

    public ProfilPengguna getProfil() {
        if (profil == null) {
            profil = service.profil();
        }
        return profil;
    }

    public String getPeran() {
        return String.join(", ", getProfil().peran());
    }

    /** Whether the user may download their pemda's reports: one pemda, a pemda role, a year with figures. */
    public boolean isBisaUnduh() {
        return getProfil().pemda() != null && getProfil().peran().stream().anyMatch(Peran.PEMDA::contains)
                && !tahunLaporan().isEmpty();
    }

    /** The newest year with a recorded realisasi. */
    public Integer getTahunLaporan() {
        return isBisaUnduh() ? tahunLaporan().get(0) : null;
    }

    /** The report's name in force for the pemda: LAKIP, LKIP, LKjIP. */
    public String getNamaLaporan() {
        return isBisaUnduh() ? laporan.namaLaporan() : null;
    }

    private List<Integer> tahunLaporan() {
        if (tahun == null) {
            tahun = getProfil().pemda() == null ? List.of() : laporan.tahunLaporan();
        }
        return tahun;
    }
}
