package id.akuntara.web.faces.pemda;

import id.akuntara.core.akses.AksesDitolakException;
import id.akuntara.core.application.pemda.HasilOnboarding;
import id.akuntara.core.application.pemda.OnboardingPemdaService;
import id.akuntara.core.application.pemda.PermintaanPemda;
import id.akuntara.core.application.pemda.RingkasanPemda;
import id.akuntara.core.domain.bersama.AturanDilanggarException;
import id.akuntara.core.galat.GalatIsian;
import id.akuntara.core.galat.LayananTidakTersediaException;
import id.akuntara.core.galat.ValidasiGagalException;
import jakarta.annotation.PostConstruct;


import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import java.io.Serializable;

import java.util.List;

import java.util.Map;


import static id.akuntara.web.faces.PesanHalaman.galat;
import static id.akuntara.web.faces.PesanHalaman.info;
import static id.akuntara.web.faces.PesanHalaman.inggris;
import static id.akuntara.web.faces.PesanHalaman.label;

/**
 * Backs {@code pemda.xhtml} (admin-platform only): the registered pemda and the onboarding form. Everything goes
 * through {@link OnboardingPemdaService}, which checks the role and the rules; every invalid field is shown next to
 * its input, a registered code or Keycloak not answering above the form, in the page's language.
 */
@Named("pemdaHal")
@ViewScoped
public class PemdaBean implements Serializable {

    private static final long serialVersionUID = 1L;

    /** Field of the use case → input id in the form {@code f-baru}. */
    private static final Map<String, String> FIELD = Map.ofEntries(Map.entry("kode", "kode"), Map.entry("nama", "nama"),
            Map.entry("tingkat", "tingkat"), Map.entry("provinsi", "provinsi"), Map.entry("zonaWaktu", "zona"),
            Map.entry("namaLaporan", "laporan"), Map.entry("admin", "admin-username"),
            Map.entry("admin.username", "admin-username"), Map.entry("admin.nama", "admin-nama"),
            Map.entry("admin.email", "admin-email"), Map.entry("admin.kataSandiSementara", "admin-sandi"));

    @Inject
    transient OnboardingPemdaService layanan;

    private List<RingkasanPemda> daftar = List.of();

    private String kode;
    private String nama;
    private String tingkat = "KABUPATEN";
    private String provinsi;
    private String zonaWaktu = "Asia/Jakarta";
    private String namaLaporan = "LKjIP";
    private String adminUsername;
    private String adminNama;
    private String adminEmail;
    private String adminSandi;

    @PostConstruct
    void muat() {
        daftar = layanan.daftar();
    }

    public void daftarkan() {
        try {
            HasilOnboarding h = layanan.daftarkan(new PermintaanPemda(kode, nama, tingkat, provinsi, zonaWaktu,
                    namaLaporan, new PermintaanPemda.AdminPertama(adminUsername, adminNama, adminEmail, adminSandi)));
            info(label("pemda.didaftarkan", h.pemda().kode(), h.admin().username(), h.plugin()));
            kosongkan();
            muat();
        } catch (ValidasiGagalException e) {
            for (GalatIsian g : e.galat()) {
                String id = FIELD.get(g.field());
                galat(id == null ? "f-baru:umum" : "f-baru:" + id, inggris() ? g.pesanEn() : g.pesan());
            }
        } catch (LayananTidakTersediaException e) {
            galat("f-baru:umum", inggris() ? e.pesanEn() : e.getMessage());
        } catch (AturanDilanggarException e) {
            galat("f-baru:umum", inggris() ? e.pesanEn() : e.getMessage());
        } catch (AksesDitolakException e) {
            galat("f-baru:umum", inggris() ? e.pesanEn() : e.getMessage());
        } catch (RuntimeException e) {
            galat("f-baru:umum", label("pemda.gagal"));
        }
    }

    private void kosongkan() {
        kode = null;
        nama = null;
        provinsi = null;
        adminUsername = null;
        adminNama = null;
        adminEmail = null;
        adminSandi = null;
    }

    // ---------------------------------------------------------------------------------------------- for the page

    public List<RingkasanPemda> getDaftar() {
        return daftar;
    }

    public List<String> getTingkatPilihan() {
        return List.of("KOTA", "KABUPATEN", "PROVINSI");
    }

    public List<String> getZonaPilihan() {
        return OnboardingPemdaService.ZONA_WAKTU;
    }

    public List<String> getLaporanPilihan() {
        return OnboardingPemdaService.NAMA_LAPORAN;
    }

    public String labelTingkat(String t) {
        return label("pemda.tingkat." + t);
    }

    public String labelZona(String z) {
        return label("pemda.zona." + z.substring(z.indexOf('/') + 1));
    }

    public String getKode() {
        return kode;
    }

    public void setKode(String kode) {
        this.kode = kode;
    }

    public String getNama() {
        return nama;
    }

    public void setNama(String nama) {
        this.nama = nama;
    }

    public String getTingkat() {
        return tingkat;
    }

    public void setTingkat(String tingkat) {
        this.tingkat = tingkat;
    }

    public String getProvinsi() {
        return provinsi;
    }

    public void setProvinsi(String provinsi) {
        this.provinsi = provinsi;
    }

    public String getZonaWaktu() {
        return zonaWaktu;
    }

    public void setZonaWaktu(String zonaWaktu) {
        this.zonaWaktu = zonaWaktu;
    }

    public String getNamaLaporan() {
        return namaLaporan;
    }

    public void setNamaLaporan(String namaLaporan) {
        this.namaLaporan = namaLaporan;
    }

    public String getAdminUsername() {
        return adminUsername;
    }

    public void setAdminUsername(String adminUsername) {
        this.adminUsername = adminUsername;
    }

    public String getAdminNama() {
        return adminNama;
    }

    public void setAdminNama(String adminNama) {
        this.adminNama = adminNama;
    }

    public String getAdminEmail() {
        return adminEmail;
    }

    public void setAdminEmail(String adminEmail) {
        this.adminEmail = adminEmail;
    }

    public String getAdminSandi() {
        return adminSandi;
    }

    public void setAdminSandi(String adminSandi) {
        this.adminSandi = adminSandi;
    }

}
