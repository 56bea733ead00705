package id.akuntara.web.faces.realisasi;

import id.akuntara.core.application.PengukuranService;
import id.akuntara.core.application.realisasi.DaftarRealisasi;
import id.akuntara.core.application.realisasi.IsianAlur;
import id.akuntara.core.application.realisasi.LangkahRiwayat;
import id.akuntara.core.application.realisasi.RealisasiService;
import id.akuntara.core.application.realisasi.RincianRealisasi;
import id.akuntara.core.galat.GalatIsian;
import id.akuntara.core.galat.KonflikVersiException;
import id.akuntara.core.galat.ValidasiGagalException;
import id.akuntara.core.pengukuran.TahunTidakAdaException;
import jakarta.annotation.PostConstruct;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * The verifier's queue (issue 11 point 5): every submitted ({@code DIAJUKAN}) realisasi of the pemda, newest year
 * first, with its value, target, explanation and evidence; verify it, or return it with a required note. Through
 * {@link RealisasiService} only (the use case checks the role and the pemda).
 */
@Named("verifikasiHal")
@ViewScoped
public class VerifikasiHalBean implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    RealisasiService layanan;

    @Inject
    PengukuranService pengukuran;

    private List<Baris> antrian = List.of();
    private Baris terpilih;
    private List<LangkahRiwayat> riwayat = List.of();

    @PostConstruct
    void mulai() {
        muat();
    }

    /** The queue: the submitted realisasi of every year the pemda has recorded, newest year first. */
    public void muat() {
        List<Baris> b = new ArrayList<>();
        List<Integer> tahun = new ArrayList<>(pengukuran.tahunBerealisasi());
        tahun.sort(Comparator.reverseOrder());
        for (int t : tahun) {
            DaftarRealisasi d;
            try {
                d = layanan.daftar(t);
            } catch (TahunTidakAdaException e) {
                continue;
            }
            if (d.tahunDitetapkan()) {
                continue;
            }
            for (DaftarRealisasi.IndikatorRealisasi i : d.indikator()) {
                for (RincianRealisasi r : i.realisasi()) {
                    if ("DIAJUKAN".equals(r.statusAlur())) {
                        b.add(new Baris(i, t, r.periode(), r));
                    }
                }
            }
        }
        antrian = b;
    }

    public void verifikasi(Baris b) {
        try {
            layanan.verifikasi(b.getId(), new IsianAlur(String.valueOf(b.getVersi()), null));
            muat();
            Pesan.info(Pesan.label("verifikasi.diverifikasi", b.getKode(), b.getTahun(), Pesan.label("realisasi.periode."
                    + b.getPeriode())));
        } catch (RuntimeException x) {
            tolak(b, x);
        }
    }

    /** Returns it with the note typed in its row; without a note the use case's message shows next to the field. */
    public void kembalikan(Baris b) {
        try {
            layanan.kembalikan(b.getId(), new IsianAlur(String.valueOf(b.getVersi()), b.getCatatan()));
            muat();
            Pesan.info(Pesan.label("verifikasi.dikembalikan", b.getKode(), b.getTahun(), Pesan.label("realisasi.periode."
                    + b.getPeriode())));
        } catch (RuntimeException x) {
            tolak(b, x);
        }
    }

    public void bukaRiwayat(Baris b) {
        terpilih = b;
        try {
            riwayat = layanan.riwayat(b.getId());
        } catch (RuntimeException x) {
            riwayat = List.of();
            tolak(b, x);
        }
    }

    private void tolak(Baris b, RuntimeException x) {
        if (x instanceof ValidasiGagalException v) {
            char sep = jakarta.faces.component.UINamingContainer.getSeparatorChar(FacesContext.getCurrentInstance());
            String catatan = "verifikasi" + sep + "antrian" + sep + antrian.indexOf(b) + sep + "catatan";
            for (GalatIsian g : v.galat()) {
                Pesan.galat("catatan".equals(g.field()) ? catatan : null, Pesan.teks(g));
            }
            FacesContext.getCurrentInstance().validationFailed();
            return;
        }
        if (!(x instanceof KonflikVersiException) && Pesan.teks(x).equals(Pesan.label("realisasi.gagal"))) {
            throw x;
        }
        Pesan.galat(null, Pesan.teks(x));
        if (x instanceof KonflikVersiException) {
            muat();
        }
    }

    public List<Baris> getAntrian() {
        return antrian;
    }

    public Baris getTerpilih() {
        return terpilih;
    }

    public List<LangkahRiwayat> getRiwayat() {
        return riwayat;
    }

    /** A history time in WIB ("03-12-2026 14:05"). */
    public String waktu(java.time.Instant t) {
        return Pesan.waktu(t);
    }

    /** A history value in Indonesian notation ("1.234,5"). */
    public String angka(java.math.BigDecimal n) {
        return Pesan.angka(n);
    }
}
