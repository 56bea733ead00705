package id.akuntara.web.faces.pengguna;

import id.akuntara.core.akses.AksesDitolakException;
import id.akuntara.core.application.pengguna.AkunPengguna;
import id.akuntara.core.application.pengguna.PenggunaPemdaService;
import id.akuntara.core.application.pengguna.PermintaanPengguna;
import id.akuntara.core.domain.bersama.AturanDilanggarException;
import id.akuntara.core.galat.GalatIsian;
import id.akuntara.core.galat.LayananTidakTersediaException;
import id.akuntara.core.galat.TidakDitemukanException;
import id.akuntara.core.galat.ValidasiGagalException;
import id.akuntara.core.tenancy.PenggunaSaatIni;
import jakarta.annotation.PostConstruct;


import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.primefaces.PrimeFaces;

import java.io.Serializable;

import java.util.ArrayList;
import java.util.List;

import java.util.Map;


import static id.akuntara.web.faces.PesanHalaman.galat;
import static id.akuntara.web.faces.PesanHalaman.info;
import static id.akuntara.web.faces.PesanHalaman.inggris;
import static id.akuntara.web.faces.PesanHalaman.label;

/**
 * Backs {@code pengguna.xhtml}: the users of the admin's pemda, a dialog to create one (temporary password, roles,
 * optional NIP), disable / re-enable, and a dialog to change a user's roles. Every action goes through
 * {@link PenggunaPemdaService}, which checks the role and the rules; its refusals are shown next to the field
 * (invalid input) or above the table, in the page's language. Keycloak not answering is said plainly, never as a
 * stack trace.
 */
@Named("penggunaHal")
@ViewScoped
public class PenggunaBean implements Serializable {

    private static final long serialVersionUID = 1L;

    /** Field of the use case → input id in the create dialog's form {@code f-baru}. */
    private static final Map<String, String> FIELD = Map.of("username", "username", "nama", "nama", "email", "email",
            "peran", "peran", "kataSandiSementara", "sandi", "nip", "nip");

    @Inject
    transient PenggunaPemdaService layanan;

    @Inject
    transient PenggunaSaatIni penggunaSaatIni;

    private List<AkunPengguna> daftar = List.of();
    private boolean tersedia = true;
    private String saya;

    // the create dialog
    private String username;
    private String nama;
    private String email;
    private List<String> peran = new ArrayList<>(List.of("operator"));
    private String sandi;
    private String nip;

    // the role dialog
    private AkunPengguna dipilih;
    private List<String> peranDipilih = new ArrayList<>();

    @PostConstruct
    void muat() {
        saya = penggunaSaatIni.get().username();
        try {
            daftar = layanan.daftar();
            tersedia = true;
        } catch (LayananTidakTersediaException e) {
            daftar = List.of();
            tersedia = false;
            galat(null, teks(e));
        }
    }

    public void buat() {
        try {
            AkunPengguna akun = layanan.buat(new PermintaanPengguna(username, nama, email, peran, sandi, nip));
            info(label("pengguna.dibuat", akun.username()));
            PrimeFaces.current().ajax().addCallbackParam("berhasil", true);
            kosongkan();
            muat();
        } catch (ValidasiGagalException e) {
            for (GalatIsian g : e.galat()) {
                String field = g.field().startsWith("peran") ? "peran" : g.field();
                String id = FIELD.get(field);
                galat(id == null ? null : "f-baru:" + id, inggris() ? g.pesanEn() : g.pesan());
            }
        } catch (RuntimeException e) {
            galat("f-baru:umum", teks(e));
        }
    }

    public void nonaktifkan(AkunPengguna akun) {
        ubah(() -> layanan.nonaktifkan(akun.id()), "pengguna.dinonaktifkan", akun);
    }

    public void aktifkan(AkunPengguna akun) {
        ubah(() -> layanan.aktifkan(akun.id()), "pengguna.diaktifkan", akun);
    }

    public void pilih(AkunPengguna akun) {
        dipilih = akun;
        peranDipilih = new ArrayList<>(akun.peran());
    }

    public void simpanPeran() {
        if (dipilih == null) {
            return;
        }
        try {
            AkunPengguna a = layanan.ubahPeran(dipilih.id(), peranDipilih);
            info(label("pengguna.peranDiubah", a.username()));
            PrimeFaces.current().ajax().addCallbackParam("berhasil", true);
            muat();
        } catch (ValidasiGagalException e) {
            for (GalatIsian g : e.galat()) {
                galat("f-peran:peran-ubah", inggris() ? g.pesanEn() : g.pesan());
            }
        } catch (RuntimeException e) {
            galat("f-peran:peran-ubah", teks(e));
        }
    }

    private void ubah(Runnable kerja, String kunci, AkunPengguna akun) {
        try {
            kerja.run();
            info(label(kunci, akun.username()));
        } catch (RuntimeException e) {
            galat(null, teks(e));
        }
        muat();
    }

    private void kosongkan() {
        username = null;
        nama = null;
        email = null;
        peran = new ArrayList<>(List.of("operator"));
        sandi = null;
        nip = null;
    }

    /** The refusal in the page's language; anything unexpected as one plain sentence. */
    private String teks(RuntimeException e) {
        boolean en = inggris();
        if (e instanceof LayananTidakTersediaException l) {
            return en ? l.pesanEn() : l.getMessage();
        }
        if (e instanceof AturanDilanggarException a) {
            return en ? a.pesanEn() : a.getMessage();
        }
        if (e instanceof TidakDitemukanException t) {
            return en ? t.pesanEn() : t.getMessage();
        }
        if (e instanceof AksesDitolakException a) {
            return en ? a.pesanEn() : a.getMessage();
        }
        return label("pengguna.gagal");
    }

    // ---------------------------------------------------------------------------------------------- for the page

    public List<AkunPengguna> getDaftar() {
        return daftar;
    }

    public boolean isTersedia() {
        return tersedia;
    }

    /** Whether the row is the signed-in admin (who cannot disable themself). */
    public boolean diriSendiri(AkunPengguna akun) {
        return akun.username().equalsIgnoreCase(saya);
    }

    public List<String> getPeranBoleh() {
        return PenggunaPemdaService.PERAN_BOLEH;
    }

    public String labelPeran(String p) {
        return label("pengguna.peran." + p);
    }

    public long getJumlahAktif() {
        return daftar.stream().filter(AkunPengguna::aktif).count();
    }

    public String getUsername() {
        return username;
    }

    public void setUsername(String username) {
        this.username = username;
    }

    public String getNama() {
        return nama;
    }

    public void setNama(String nama) {
        this.nama = nama;
    }

    public String getEmail() {
        return email;
    }

    public void setEmail(String email) {
        this.email = email;
    }

    public List<String> getPeran() {
        return peran;
    }

    public void setPeran(List<String> peran) {
        this.peran = peran;
    }

    public String getSandi() {
        return sandi;
    }

    public void setSandi(String sandi) {
        this.sandi = sandi;
    }

    public String getNip() {
        return nip;
    }

    public void setNip(String nip) {
        this.nip = nip;
    }

    public AkunPengguna getDipilih() {
        return dipilih;
    }

    public List<String> getPeranDipilih() {
        return peranDipilih;
    }

    public void setPeranDipilih(List<String> peranDipilih) {
        this.peranDipilih = peranDipilih;
    }

}
