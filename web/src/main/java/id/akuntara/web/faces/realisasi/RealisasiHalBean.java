package id.akuntara.web.faces.realisasi;

import id.akuntara.core.akses.Peran;
import id.akuntara.core.application.PengukuranService;
import id.akuntara.core.application.realisasi.DaftarRealisasi;
import id.akuntara.core.application.realisasi.IsianAlur;
import id.akuntara.core.application.realisasi.IsianRealisasi;
import id.akuntara.core.application.realisasi.LangkahRiwayat;
import id.akuntara.core.application.realisasi.Penjelasan;
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
import org.primefaces.event.FileUploadEvent;
import org.primefaces.event.RowEditEvent;
import org.primefaces.model.file.UploadedFile;

import java.io.Serializable;
import java.time.Year;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.stream.IntStream;

/**
 * The operator's realisasi grid (issue 11 point 5): one year and period, every indicator the measurement measures
 * that year with its target, the value entered as an explicit choice, its explanation, evidence and workflow state.
 * Other pemda roles read it. Everything through {@link RealisasiService}, as {@code RealisasiResource} calls it; a
 * refused input puts each of the use case's messages next to its field.
 */
@Named("realisasiHal")
@ViewScoped
public class RealisasiHalBean implements Serializable {

    private static final long serialVersionUID = 1L;

    /** The periods of {@code Periode}, in order. */
    static final List<String> PERIODE = List.of("TW1", "TW2", "TW3", "TW4", "TAHUNAN");

    /** The use case's field names → the input's id in the grid's row. */
    private static final Map<String, String> MASUKAN = Map.of("statusNilai", "status", "nilai", "nilai",
            "tahunAsal", "tahunAsal", "keterangan", "keterangan", "penjelasan.faktorPenghambat", "penghambat");

    @Inject
    RealisasiService layanan;

    @Inject
    PengukuranService pengukuran;

    private int tahun;
    private String periode = "TW1";
    private List<Integer> pilihanTahun;
    private List<Baris> baris = List.of();
    private boolean ditetapkan;
    private String pemda;
    private String tidakAda;
    private Baris terpilih;
    private List<LangkahRiwayat> riwayat = List.of();

    @PostConstruct
    void mulai() {
        int sekarang = Year.now().getValue();
        List<Integer> ada = pengukuran.tahunBerealisasi();
        int awal = ada.isEmpty() ? sekarang - 5 : Math.min(ada.get(0), sekarang - 5);
        pilihanTahun = IntStream.rangeClosed(awal, sekarang).boxed().sorted((a, b) -> b - a).toList();
        tahun = ada.isEmpty() ? sekarang : ada.get(ada.size() - 1);
        Map<String, String> p = FacesContext.getCurrentInstance().getExternalContext().getRequestParameterMap();
        if (p.get("tahun") != null && p.get("tahun").matches("[0-9]{4}")) {
            tahun = Integer.parseInt(p.get("tahun"));
        }
        if (p.get("periode") != null && PERIODE.contains(p.get("periode"))) {
            periode = p.get("periode");
        }
        muat();
    }

    /** Loads the grid of the chosen year and period. */
    public void muat() {
        tidakAda = null;
        try {
            DaftarRealisasi d = layanan.daftar(tahun);
            pemda = d.pemda();
            ditetapkan = d.tahunDitetapkan();
            List<Baris> b = new ArrayList<>();
            for (DaftarRealisasi.IndikatorRealisasi i : d.indikator()) {
                RincianRealisasi r = i.realisasi().stream().filter(x -> periode.equals(x.periode())).findFirst().orElse(null);
                b.add(new Baris(i, tahun, periode, r));
            }
            baris = b;
        } catch (TahunTidakAdaException e) {
            baris = List.of();
            tidakAda = Pesan.label("realisasi.tahunTidakAda", String.valueOf(tahun), e.tersedia().stream()
                    .map(String::valueOf).reduce((a, x) -> a + ", " + x).orElse("-"));
        }
    }

    /** The operator may edit: the role, and a year not yet fixed. */
    public boolean isOperator() {
        return FacesContext.getCurrentInstance().getExternalContext().isUserInRole(Peran.OPERATOR) && !ditetapkan;
    }

    /** The history is the verifier's and the admin's (the use case's roles). */
    public boolean isBolehRiwayat() {
        var ec = FacesContext.getCurrentInstance().getExternalContext();
        return ec.isUserInRole(Peran.VERIFIKATOR) || ec.isUserInRole(Peran.ADMIN_PEMDA);
    }

    /** Row edit saved: enter or replace the value, its explanation kept whole. */
    public void simpan(RowEditEvent<Baris> e) {
        Baris b = e.getObject();
        String dasar = dasarBaris(b);
        Penjelasan lama = b.getPenjelasan();
        IsianRealisasi isian = new IsianRealisasi(b.getId() == null ? null : String.valueOf(b.getVersi()), b.getIsianStatus(),
                b.getIsianNilai(), b.getIsianTahunAsal(), b.getIsianKeterangan(),
                new Penjelasan(lama.faktorPendukung(), b.getIsianPenghambat(), lama.solusi(), lama.upaya()));
        try {
            layanan.isi(tahun, b.getKode(), periode, isian);
            muat();
            Pesan.info(Pesan.label("realisasi.tersimpan", b.getKode(), tahun, labelPeriode(periode)));
        } catch (ValidasiGagalException v) {
            tolakIsian(b, dasar, v);
        } catch (RuntimeException x) {
            tolak(x);
        }
    }

    /** Row edit cancelled: the inputs show what is stored again. */
    public void batal(RowEditEvent<Baris> e) {
        e.getObject().setelUlangIsian();
    }

    /** Submits one row for verification; an explanation the rule requires is asked for next to its field. */
    public void ajukan(Baris b) {
        try {
            layanan.ajukan(b.getId(), new IsianAlur(String.valueOf(b.getVersi()), null));
            muat();
            Pesan.info(Pesan.label("realisasi.diajukan", b.getKode(), tahun, labelPeriode(periode)));
        } catch (ValidasiGagalException v) {
            tolakIsian(b, dasarBaris(b), v);
        } catch (RuntimeException x) {
            tolak(x);
        }
    }

    /** An evidence file uploaded to the row's realisasi; the core checks its content and size. */
    public void unggah(FileUploadEvent e) {
        String kode = (String) e.getComponent().getAttributes().get("kode");
        Baris b = baris.stream().filter(x -> x.getKode().equals(kode)).findFirst().orElse(null);
        UploadedFile f = e.getFile();
        if (b == null || b.getId() == null) {
            Pesan.galat(e.getComponent().getClientId(), Pesan.label("realisasi.buktiSimpanDulu"));
            return;
        }
        try {
            layanan.unggahBukti(b.getId(), f.getFileName(), f.getContentType(), f.getContent());
            muat();
            Pesan.info(Pesan.label("realisasi.buktiTersimpan", f.getFileName(), b.getKode()));
        } catch (ValidasiGagalException v) {
            String id = e.getComponent().getClientId();
            v.galat().forEach(g -> Pesan.galat(id, Pesan.teks(g)));
            FacesContext.getCurrentInstance().validationFailed();
        } catch (RuntimeException x) {
            tolak(x);
        }
    }

    /** Opens the history dialog of a row. */
    public void bukaRiwayat(Baris b) {
        terpilih = b;
        try {
            riwayat = layanan.riwayat(b.getId());
        } catch (RuntimeException x) {
            riwayat = List.of();
            tolak(x);
        }
    }

    /** Whether the row stays in edit mode (its last save was refused). */
    public boolean sedangDiubah(Baris b) {
        return b != null && b.isDiubah();
    }

    private void tolakIsian(Baris b, String dasar, ValidasiGagalException v) {
        for (GalatIsian g : v.galat()) {
            String masukan = MASUKAN.get(g.field());
            Pesan.galat(masukan == null ? null : dasar + masukan, Pesan.teks(g));
        }
        b.setDiubah(true);
        FacesContext.getCurrentInstance().validationFailed();
    }

    private void tolak(RuntimeException x) {
        if (!(x instanceof KonflikVersiException) && Pesan.teks(x).equals(Pesan.label("realisasi.gagal"))) {
            throw x;
        }
        Pesan.galat(null, Pesan.teks(x));
        if (x instanceof KonflikVersiException) {
            muat();
        }
    }

    /** "realisasi:grid:3:" — the prefix of the inputs' client ids in the row of {@code b} (no paginator). */
    private String dasarBaris(Baris b) {
        char sep = jakarta.faces.component.UINamingContainer.getSeparatorChar(FacesContext.getCurrentInstance());
        return "realisasi" + sep + "grid" + sep + baris.indexOf(b) + sep;
    }

    public String labelPeriode(String p) {
        return PERIODE.contains(p) ? Pesan.label("realisasi.periode." + p) : "";
    }

    public String labelAlur(String alur) {
        // EL passes a missing state as "" (nothing entered yet)
        return Pesan.label("realisasi.alur." + (alur == null || alur.isBlank() ? "BELUM" : alur));
    }

    public String labelStatusNilai(String s) {
        return s == null || s.isBlank() ? "" : Pesan.label("realisasi.statusNilai." + s);
    }

    public List<String> getPilihanPeriode() {
        return PERIODE;
    }

    public List<String> getPilihanStatus() {
        return List.of("ADA", "BELUM_RILIS", "DIBAWA_DARI", "TIDAK_ADA");
    }

    public List<Integer> getPilihanTahun() {
        return pilihanTahun;
    }

    public int getTahun() {
        return tahun;
    }

    public void setTahun(int tahun) {
        this.tahun = tahun;
    }

    public String getPeriode() {
        return periode;
    }

    public void setPeriode(String periode) {
        this.periode = PERIODE.contains(periode) ? periode : "TW1";
    }

    public List<Baris> getBaris() {
        return baris;
    }

    public boolean isDitetapkan() {
        return ditetapkan;
    }

    public String getPemda() {
        return pemda;
    }

    public String getTidakAda() {
        return tidakAda;
    }

    public Baris getTerpilih() {
        return terpilih;
    }

    public List<LangkahRiwayat> getRiwayat() {
        return riwayat;
    }

    /** The period has no target for any indicator: say so above the grid (the packages target years). */
    public boolean isTanpaTarget() {
        return !baris.isEmpty() && baris.stream().allMatch(b -> b.getTarget() == null);
    }

    public int getJumlahDikembalikan() {
        return (int) baris.stream().filter(b -> Objects.equals("DIKEMBALIKAN", b.getStatusAlur())).count();
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
