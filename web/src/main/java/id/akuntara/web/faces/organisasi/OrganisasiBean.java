package id.akuntara.web.faces.organisasi;

import id.akuntara.core.akses.AksesDitolakException;
import id.akuntara.core.akses.Peran;
import id.akuntara.core.application.organisasi.OrganisasiService;
import id.akuntara.core.application.organisasi.Permintaan;
import id.akuntara.core.application.organisasi.PerubahanStruktur;
import id.akuntara.core.application.organisasi.StrukturOrganisasi;
import id.akuntara.core.domain.bersama.AturanDilanggarException;
import id.akuntara.core.galat.GalatIsian;
import id.akuntara.core.galat.TidakDitemukanException;
import id.akuntara.core.galat.ValidasiGagalException;
import id.akuntara.core.tenancy.PenggunaSaatIni;
import jakarta.annotation.PostConstruct;


import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.primefaces.PrimeFaces;
import org.primefaces.model.DefaultTreeNode;
import org.primefaces.model.TreeNode;

import java.io.Serializable;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;

import java.util.Map;

import java.util.function.Supplier;

import static id.akuntara.web.faces.PesanHalaman.galat;
import static id.akuntara.web.faces.PesanHalaman.info;
import static id.akuntara.web.faces.PesanHalaman.inggris;
import static id.akuntara.web.faces.PesanHalaman.label;

/**
 * Backs {@code organisasi.xhtml}: the tree of units with their positions and holders as of a chosen date, the
 * restructure history, and for the admin-pemda the dialogs of the moves (rename/move, split, merge, close, each with
 * its effective date and legal basis), of a new pegawai, of assigning a holder and of ending an assignment. Every
 * action goes through {@link OrganisasiService}, which checks the role and the rules; invalid fields are shown next
 * to their input, a refused rule above the form, in the page's language.
 */
@Named("organisasiHal")
@ViewScoped
public class OrganisasiBean implements Serializable {

    private static final long serialVersionUID = 1L;

    /** Field of the restructure use cases → input id in the form {@code f-ubah}. */
    private static final Map<String, String> FIELD_UBAH = Map.ofEntries(Map.entry("tanggal", "tgl-ubah"),
            Map.entry("dasarHukum", "dasar"), Map.entry("hasil[0].kode", "kode1"), Map.entry("kodeBaru", "kode1"),
            Map.entry("hasil[0].nama", "nama1"), Map.entry("namaBaru", "nama1"), Map.entry("hasil[1].kode", "kode2"),
            Map.entry("hasil[1].nama", "nama2"), Map.entry("hasil", "kode2"), Map.entry("indukBaru", "induk"),
            Map.entry("lainnya", "lain"), Map.entry("lainnya[0]", "lain"));
    private static final Map<String, String> FIELD_TUGAS = Map.of("kode", "tg-kode", "pegawai", "tg-pegawai",
            "jabatan", "tg-jabatan", "jenis", "tg-jenis", "mulai", "tg-mulai", "selesai", "tg-selesai");
    private static final Map<String, String> FIELD_PEGAWAI = Map.of("nama", "pg-nama", "nip", "pg-nip", "kode", "pg-nip");

    @Inject
    transient OrganisasiService layanan;

    @Inject
    transient PenggunaSaatIni penggunaSaatIni;

    private String tanggal = LocalDate.now().toString();
    private String tanggalTampil;
    private TreeNode<Baris> akar = new DefaultTreeNode<>();
    private List<PerubahanStruktur> riwayat = List.of();
    private List<Pilihan> unitBerlaku = new ArrayList<>();
    private List<Pilihan> jabatan = new ArrayList<>();
    private List<Pilihan> pemegang = new ArrayList<>();
    private boolean admin;

    // the restructure dialog
    private String jenisUbah = "PECAH";
    private String unitUbah;
    private String tanggalUbah;
    private String dasarHukum;
    private String kode1;
    private String nama1;
    private String kode2;
    private String nama2;
    private String induk;
    private String unitLain;

    // the pegawai dialog
    private String pgNama;
    private String pgNip;
    private String pgPangkat;
    private String pgGolongan;

    // the assignment dialog
    private String tgKode;
    private String tgPegawai;
    private String tgJabatan;
    private String tgJenis = "PLT";
    private String tgMulai;
    private String tgSelesai;
    private String tgDasar;

    // the end dialog
    private String akKode;
    private String akSelesai;

    /** A row of the tree: a unit or a position, with the holders of a position on the date. */
    public record Baris(String tipe, String kode, String nama, String jenis, String berlaku, String dasarHukum,
                        List<StrukturOrganisasi.Pemegang> pemegang) implements Serializable {
        public boolean isUnit() {
            return "UNIT".equals(tipe);
        }
    }

    /** An option of a select: value and label. */
    public record Pilihan(String nilai, String label) implements Serializable {
    }

    @PostConstruct
    void muat() {
        admin = penggunaSaatIni.get().punyaPeran(Peran.ADMIN_PEMDA);
        tampilkan();
    }

    /** Reads the tree as of {@link #tanggal} and the history. */
    public void tampilkan() {
        LocalDate t;
        try {
            t = LocalDate.parse(tanggal == null ? "" : tanggal.strip());
        } catch (DateTimeParseException e) {
            galat("f:tanggal", label("organisasi.tanggalSalah"));
            return;
        }
        try {
            StrukturOrganisasi s = layanan.struktur(t);
            tanggalTampil = s.tanggal();
            akar = new DefaultTreeNode<>(new Baris("AKAR", "", "", "", "", "", List.of()), null);
            unitBerlaku = new ArrayList<>();
            jabatan = new ArrayList<>();
            pemegang = new ArrayList<>();
            for (StrukturOrganisasi.JabatanStruktur j : s.jabatanTanpaUnit()) {
                tambahJabatan(j, akar);
            }
            for (StrukturOrganisasi.UnitStruktur u : s.unit()) {
                tambahUnit(u, akar);
            }
            riwayat = layanan.riwayat();
        } catch (RuntimeException e) {
            galat(null, teks(e));
        }
    }

    private void tambahUnit(StrukturOrganisasi.UnitStruktur u, TreeNode<Baris> induk) {
        String berlaku = u.berlakuMulai() + (u.berlakuSampai() == null ? "" : " – " + u.berlakuSampai());
        TreeNode<Baris> n = new DefaultTreeNode<>(new Baris("UNIT", u.kode(), u.nama(), u.jenis(), berlaku, u.dasarHukum(),
                List.of()), induk);
        n.setExpanded(true);
        unitBerlaku.add(new Pilihan(u.kode(), u.kode() + " — " + u.nama()));
        u.jabatan().forEach(j -> tambahJabatan(j, n));
        u.anak().forEach(a -> tambahUnit(a, n));
    }

    private void tambahJabatan(StrukturOrganisasi.JabatanStruktur j, TreeNode<Baris> induk) {
        new DefaultTreeNode<>(new Baris("JABATAN", j.kode(), j.nama(), j.jenis(), j.eselon() == null ? "" : j.eselon(), null,
                j.pemegang()), induk);
        jabatan.add(new Pilihan(j.kode(), j.kode() + " — " + j.nama()));
        j.pemegang().forEach(p -> pemegang.add(new Pilihan(p.kodePenugasan(), p.sebutan() + " — " + p.nama()
                + " (" + p.kodePenugasan() + ")")));
    }

    // ------------------------------------------------------------------------------------------------ actions

    /** Saves the restructure move chosen in the dialog. */
    public void simpanUbah() {
        jalankan(() -> switch (jenisUbah == null ? "" : jenisUbah) {
            case "GANTI_NAMA" -> layanan.gantiNama(unitUbah, new Permintaan.GantiNama(kode1, nama1, kosong(induk),
                    tanggalUbah, dasarHukum));
            case "GABUNG" -> layanan.gabung(unitUbah, new Permintaan.Gabung(unitLain == null || unitLain.isBlank() ? List.of()
                    : List.of(unitLain), kode1, nama1, tanggalUbah, dasarHukum));
            case "TUTUP" -> layanan.tutup(unitUbah, new Permintaan.Tutup(tanggalUbah, dasarHukum));
            default -> layanan.pecah(unitUbah, new Permintaan.Pecah(List.of(new Permintaan.Hasil(kode1, nama1),
                    new Permintaan.Hasil(kode2, nama2)), tanggalUbah, dasarHukum));
        }, "f-ubah", FIELD_UBAH, "organisasi.ubah.disimpan");
    }

    public void simpanPegawai() {
        jalankan(() -> layanan.tambahPegawai(new Permintaan.PegawaiBaru(null, pgNama, pgNip, pgPangkat, pgGolongan)),
                "f-pegawai", FIELD_PEGAWAI, "organisasi.pegawai.disimpan");
    }

    public void simpanTugas() {
        jalankan(() -> layanan.tugaskan(new Permintaan.Penugasan(tgKode, tgPegawai, tgJabatan, tgJenis, tgMulai,
                kosong(tgSelesai), tgDasar)), "f-tugas", FIELD_TUGAS, "organisasi.tugas.disimpan");
    }

    public void simpanAkhiri() {
        if (akKode == null || akKode.isBlank()) {
            galat("f-akhiri:ak-kode", label("organisasi.akhiri.pilih"));
            return;
        }
        jalankan(() -> layanan.akhiriPenugasan(akKode, new Permintaan.Akhiri(akSelesai)), "f-akhiri",
                Map.of("selesai", "ak-selesai"), "organisasi.akhiri.disimpan");
    }

    private void jalankan(Supplier<Object> kerja, String form, Map<String, String> field, String kunciBerhasil) {
        try {
            kerja.get();
            info(label(kunciBerhasil));
            PrimeFaces.current().ajax().addCallbackParam("berhasil", true);
            kosongkan();
            tampilkan();
        } catch (ValidasiGagalException e) {
            for (GalatIsian g : e.galat()) {
                String id = field.get(g.field());
                if (id == null && g.field().startsWith("lainnya")) {
                    id = field.get("lainnya");
                }
                galat(form + ":" + (id == null ? "umum" : id), inggris() ? g.pesanEn() : g.pesan());
            }
        } catch (RuntimeException e) {
            galat(form + ":umum", teks(e));
        }
    }

    private void kosongkan() {
        kode1 = nama1 = kode2 = nama2 = induk = unitLain = null;
        pgNama = pgNip = pgPangkat = pgGolongan = null;
        tgKode = tgPegawai = tgJabatan = tgSelesai = tgDasar = null;
        akKode = akSelesai = null;
    }

    private static String kosong(String s) {
        return s == null || s.isBlank() ? null : s;
    }

    private String teks(RuntimeException e) {
        boolean en = inggris();
        if (e instanceof AturanDilanggarException a) {
            return en ? a.pesanEn() : a.getMessage();
        }
        if (e instanceof TidakDitemukanException t) {
            return en ? t.pesanEn() : t.getMessage();
        }
        if (e instanceof AksesDitolakException a) {
            return en ? a.pesanEn() : a.getMessage();
        }
        return label("organisasi.gagal");
    }

    // ---------------------------------------------------------------------------------------------- for the page

    public String labelJenis(String jenis) {
        return label("organisasi.jenis." + jenis);
    }

    public boolean isAdmin() {
        return admin;
    }

    public TreeNode<Baris> getAkar() {
        return akar;
    }

    public List<PerubahanStruktur> getRiwayat() {
        return riwayat;
    }

    public List<Pilihan> getUnitBerlaku() {
        return unitBerlaku;
    }

    public List<Pilihan> getJabatan() {
        return jabatan;
    }

    public List<Pilihan> getPemegang() {
        return pemegang;
    }

    public String getTanggalTampil() {
        return tanggalTampil;
    }

    public String getTanggal() {
        return tanggal;
    }

    public void setTanggal(String tanggal) {
        this.tanggal = tanggal;
    }

    public String getJenisUbah() {
        return jenisUbah;
    }

    public void setJenisUbah(String jenisUbah) {
        this.jenisUbah = jenisUbah;
    }

    public String getUnitUbah() {
        return unitUbah;
    }

    public void setUnitUbah(String unitUbah) {
        this.unitUbah = unitUbah;
    }

    public String getTanggalUbah() {
        return tanggalUbah;
    }

    public void setTanggalUbah(String tanggalUbah) {
        this.tanggalUbah = tanggalUbah;
    }

    public String getDasarHukum() {
        return dasarHukum;
    }

    public void setDasarHukum(String dasarHukum) {
        this.dasarHukum = dasarHukum;
    }

    public String getKode1() {
        return kode1;
    }

    public void setKode1(String kode1) {
        this.kode1 = kode1;
    }

    public String getNama1() {
        return nama1;
    }

    public void setNama1(String nama1) {
        this.nama1 = nama1;
    }

    public String getKode2() {
        return kode2;
    }

    public void setKode2(String kode2) {
        this.kode2 = kode2;
    }

    public String getNama2() {
        return nama2;
    }

    public void setNama2(String nama2) {
        this.nama2 = nama2;
    }

    public String getInduk() {
        return induk;
    }

    public void setInduk(String induk) {
        this.induk = induk;
    }

    public String getUnitLain() {
        return unitLain;
    }

    public void setUnitLain(String unitLain) {
        this.unitLain = unitLain;
    }

    public String getPgNama() {
        return pgNama;
    }

    public void setPgNama(String pgNama) {
        this.pgNama = pgNama;
    }

    public String getPgNip() {
        return pgNip;
    }

    public void setPgNip(String pgNip) {
        this.pgNip = pgNip;
    }

    public String getPgPangkat() {
        return pgPangkat;
    }

    public void setPgPangkat(String pgPangkat) {
        this.pgPangkat = pgPangkat;
    }

    public String getPgGolongan() {
        return pgGolongan;
    }

    public void setPgGolongan(String pgGolongan) {
        this.pgGolongan = pgGolongan;
    }

    public String getTgKode() {
        return tgKode;
    }

    public void setTgKode(String tgKode) {
        this.tgKode = tgKode;
    }

    public String getTgPegawai() {
        return tgPegawai;
    }

    public void setTgPegawai(String tgPegawai) {
        this.tgPegawai = tgPegawai;
    }

    public String getTgJabatan() {
        return tgJabatan;
    }

    public void setTgJabatan(String tgJabatan) {
        this.tgJabatan = tgJabatan;
    }

    public String getTgJenis() {
        return tgJenis;
    }

    public void setTgJenis(String tgJenis) {
        this.tgJenis = tgJenis;
    }

    public String getTgMulai() {
        return tgMulai;
    }

    public void setTgMulai(String tgMulai) {
        this.tgMulai = tgMulai;
    }

    public String getTgSelesai() {
        return tgSelesai;
    }

    public void setTgSelesai(String tgSelesai) {
        this.tgSelesai = tgSelesai;
    }

    public String getTgDasar() {
        return tgDasar;
    }

    public void setTgDasar(String tgDasar) {
        this.tgDasar = tgDasar;
    }

    public String getAkKode() {
        return akKode;
    }

    public void setAkKode(String akKode) {
        this.akKode = akKode;
    }

    public String getAkSelesai() {
        return akSelesai;
    }

    public void setAkSelesai(String akSelesai) {
        this.akSelesai = akSelesai;
    }

}
