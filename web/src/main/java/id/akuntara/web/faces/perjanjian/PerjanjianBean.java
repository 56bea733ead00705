package id.akuntara.web.faces.perjanjian;

import id.akuntara.core.akses.AksesDitolakException;
import id.akuntara.core.akses.Peran;
import id.akuntara.core.application.perjanjian.LaporanKaskade;
import id.akuntara.core.application.perjanjian.PerjanjianKinerjaService;
import id.akuntara.core.application.perjanjian.PermintaanPerubahan;
import id.akuntara.core.application.perjanjian.PermintaanTandaTangan;
import id.akuntara.core.application.perjanjian.PihakPk;
import id.akuntara.core.application.perjanjian.RincianPk;
import id.akuntara.core.application.perjanjian.RingkasanPk;
import id.akuntara.core.domain.bersama.AturanDilanggarException;
import id.akuntara.core.galat.GalatIsian;
import id.akuntara.core.galat.KonflikVersiException;
import id.akuntara.core.galat.TidakDitemukanException;
import id.akuntara.core.galat.ValidasiGagalException;
import id.akuntara.web.faces.BahasaBean;
import id.akuntara.web.laporan.LaporanPemdaService;
import jakarta.annotation.PostConstruct;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.primefaces.model.DefaultTreeNode;
import org.primefaces.model.TreeNode;

import java.io.Serializable;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.ResourceBundle;
import java.util.TreeSet;

/**
 * Backs {@code perjanjian.xhtml}: the year's PK cascade as a tree (Kepala Daerah → Sekda → Asisten → Biro/Bagian,
 * each agreement at its newest version), and the chosen PK in full (parties, rows, programs with Rupiah and terbilang,
 * its versions, the cascade check with its findings), signing for {@code pimpinan} and a PK Perubahan for the
 * preparers. Everything goes through {@link PerjanjianKinerjaService} (roles and rules are the use case's); the PK
 * document comes from {@code UnduhLaporanServlet}.
 */
@Named("perjanjianHal")
@ViewScoped
public class PerjanjianBean implements Serializable {

    private static final long serialVersionUID = 1L;

    static final String FORM = "f";

    @Inject
    PerjanjianKinerjaService perjanjian;

    @Inject
    LaporanPemdaService laporan;

    @Inject
    BahasaBean bahasa;

    private List<Integer> daftarTahun = List.of();
    private Integer tahun;
    private transient List<RingkasanPk> pkTahun = List.of();
    private TreeNode<SimpulPk> akar;
    private String kode;
    private transient RincianPk rincian;
    private transient LaporanKaskade kaskade;
    private boolean unduhPerPk;
    private String alasanPerubahan;
    private boolean sedangPerubahan;

    @PostConstruct
    void awal() {
        Map<String, String> param = FacesContext.getCurrentInstance().getExternalContext().getRequestParameterMap();
        List<RingkasanPk> semua;
        try {
            semua = perjanjian.daftar(null, null);
        } catch (AksesDitolakException e) {
            galat(null, pesan(e.getMessage(), e.pesanEn()));
            return;
        }
        daftarTahun = new ArrayList<>(new TreeSet<>(semua.stream().map(RingkasanPk::tahun).toList()).descendingSet());
        Integer diminta = angka(param.get("tahun"));
        tahun = diminta != null && daftarTahun.contains(diminta) ? diminta : daftarTahun.isEmpty() ? null : daftarTahun.get(0);
        if (diminta != null && !diminta.equals(tahun)) {
            galat(null, String.format(label("pk.tahunKosong"), diminta));
        }
        if (tahun == null) {
            return;
        }
        pkTahun = semua.stream().filter(p -> p.tahun() == tahun).toList();
        akar = bangun(pkTahun);
        String k = param.get("kode");
        if (k != null && pkTahun.stream().anyMatch(p -> p.kode().equals(k))) {
            kode = k;
        } else {
            if (k != null) {
                galat(null, String.format(label("pk.tidakAda"), k, tahun));
            }
            kode = pkTahun.stream().filter(p -> p.induk() == null && p.digantikanOleh() == null).map(RingkasanPk::kode)
                    .findFirst().orElse(pkTahun.isEmpty() ? null : pkTahun.get(0).kode());
        }
        if (kode != null) {
            muatPk();
        }
    }

    /**
     * The cascade of a year: every agreement at its newest version, under the newest version of its parent's
     * agreement; the tops under the head of the region they sign with.
     */
    static TreeNode<SimpulPk> bangun(List<RingkasanPk> pk) {
        Map<String, RingkasanPk> perKode = new HashMap<>();
        pk.forEach(p -> perKode.put(p.kode(), p));
        TreeNode<SimpulPk> akar = new DefaultTreeNode<>(null, null);
        Map<String, TreeNode<SimpulPk>> simpul = new LinkedHashMap<>();
        List<RingkasanPk> berlaku = pk.stream().filter(p -> p.digantikanOleh() == null)
                .sorted(Comparator.comparing((RingkasanPk p) -> p.unit() == null ? "" : p.unit().kode()).thenComparing(RingkasanPk::kode))
                .toList();
        for (RingkasanPk p : berlaku) {
            simpul.put(p.kode(), node("pk", new SimpulPk("PK", p.kode(), sebutan(p.pihakPertama()), nama(p.pihakPertama()),
                    p.unit() == null ? null : p.unit().nama(), p.status(), p.versiKe(),
                    p.totalTerhitung() == null ? null : p.totalTerhitung().teks())));
        }
        Map<String, TreeNode<SimpulPk>> kepala = new LinkedHashMap<>();
        for (RingkasanPk p : berlaku) {
            TreeNode<SimpulPk> n = simpul.get(p.kode());
            String induk = terbaru(p.induk(), perKode);
            TreeNode<SimpulPk> ke = induk == null ? null : simpul.get(induk);
            if (ke == null) {
                PihakPk kd = p.pihakKedua();
                String kunci = kd == null ? "" : kd.sebutan();
                ke = kepala.computeIfAbsent(kunci, x -> kd == null ? akar
                        : tambah(akar, node("kepala", new SimpulPk("KEPALA", null, kd.sebutan(), kd.nama(), null, null, 0, null))));
            }
            tambah(ke, n);
        }
        return akar;
    }

    private static String terbaru(String kode, Map<String, RingkasanPk> perKode) {
        String k = kode;
        for (int i = 0; k != null && perKode.containsKey(k) && perKode.get(k).digantikanOleh() != null && i < 50; i++) {
            k = perKode.get(k).digantikanOleh();
        }
        return k != null && perKode.containsKey(k) ? k : null;
    }

    private static TreeNode<SimpulPk> node(String jenis, SimpulPk data) {
        DefaultTreeNode<SimpulPk> n = new DefaultTreeNode<>(jenis, data, null);
        n.setExpanded(true);
        return n;
    }

    private static TreeNode<SimpulPk> tambah(TreeNode<SimpulPk> induk, TreeNode<SimpulPk> anak) {
        induk.getChildren().add(anak);
        return anak;
    }

    private static String sebutan(PihakPk p) {
        return p == null ? null : p.sebutan() != null ? p.sebutan() : p.jabatan();
    }

    private static String nama(PihakPk p) {
        return p == null ? null : p.nama();
    }

    private void muatPk() {
        try {
            rincian = perjanjian.baca(kode);
            kaskade = perjanjian.kaskade(kode);
        } catch (TidakDitemukanException e) {
            galat(null, pesan(e.getMessage(), e.pesanEn()));
            rincian = null;
            kaskade = null;
            return;
        }
        try {
            laporan.pastikanPk(tahun, kode);
            unduhPerPk = true;
        } catch (TidakDitemukanException e) {
            unduhPerPk = false;
        }
    }

    // ------------------------------------------------------------------------------------------------ reading

    public List<Integer> getDaftarTahun() {
        return daftarTahun;
    }

    public Integer getTahun() {
        return tahun;
    }

    public TreeNode<SimpulPk> getAkar() {
        return akar;
    }

    public String getKode() {
        return kode;
    }

    public RincianPk getRincian() {
        return rincian;
    }

    public LaporanKaskade getKaskade() {
        return kaskade;
    }

    /** Whether the PK's own document can be downloaded (a PK of the pemda's data package), else the year's. */
    public boolean isUnduhPerPk() {
        return unduhPerPk;
    }

    public boolean isKosong() {
        return tahun == null;
    }

    public boolean isBolehTandatangani() {
        return rincian != null && "DRAFT".equals(rincian.status()) && peran(Peran.PIMPINAN);
    }

    public boolean isBolehPerubahan() {
        return rincian != null && "DITANDATANGANI".equals(rincian.status()) && rincian.digantikanOleh() == null
                && (peran(Peran.OPERATOR) || peran(Peran.ADMIN_PEMDA));
    }

    public String namaStatus(String status) {
        return status == null ? "" : label("pk.status." + status);
    }

    public String namaJenisVersi(String jenis) {
        return jenis == null ? "" : label("pk.jenisVersi." + jenis);
    }

    /** DEFINITIF is the normal case and says nothing; PLT, PJ, PLH are shown. */
    public String namaJenisJabatan(String jenis) {
        return jenis == null || "DEFINITIF".equals(jenis) ? "" : label("pk.jabatan." + jenis);
    }

    /** An instant as a date in Indonesian ("20 Agustus 2021", Asia/Jakarta); empty for null. */
    public String tanggal(String instant) {
        if (instant == null) {
            return "";
        }
        var t = Instant.parse(instant).atZone(ZoneId.of("Asia/Jakarta")).toLocalDate();
        String[] bulan = label("pk.bulan").split(",");
        return t.getDayOfMonth() + " " + bulan[t.getMonthValue() - 1] + " " + t.getYear();
    }

    // ------------------------------------------------------------------------------------------------ actions

    /** Signs the draft shown (pimpinan): from then on it never changes. */
    public void tandatangani() {
        if (rincian == null) {
            return;
        }
        try {
            rincian = perjanjian.tandatangani(kode, new PermintaanTandaTangan(rincian.versi()));
            info(String.format(label("pk.ditandatangani"), kode));
            muatUlang();
        } catch (RuntimeException e) {
            tangani(e);
        }
    }

    public void mulaiPerubahan() {
        sedangPerubahan = true;
        alasanPerubahan = null;
    }

    public void batal() {
        sedangPerubahan = false;
        alasanPerubahan = null;
    }

    /** Makes the PK Perubahan of the signed PK shown and opens its draft. */
    public String simpanPerubahan() {
        try {
            RincianPk baru = perjanjian.buatPerubahan(kode, new PermintaanPerubahan(null, alasanPerubahan, null, null));
            FacesContext.getCurrentInstance().getExternalContext().getFlash().setKeepMessages(true);
            info(String.format(label("pk.perubahan.dibuat"), baru.kode(), kode));
            return "/perjanjian.xhtml?faces-redirect=true&tahun=" + baru.tahun() + "&kode=" + baru.kode();
        } catch (RuntimeException e) {
            tangani(e);
            return null;
        }
    }

    public boolean isSedangPerubahan() {
        return sedangPerubahan;
    }

    public String getAlasanPerubahan() {
        return alasanPerubahan;
    }

    public void setAlasanPerubahan(String alasanPerubahan) {
        this.alasanPerubahan = alasanPerubahan;
    }

    private void muatUlang() {
        pkTahun = perjanjian.daftar(tahun, null);
        akar = bangun(pkTahun);
        muatPk();
    }

    /** A refusal of the use case, in the user's language: a rule (409) with its reason, a field next to its input. */
    private void tangani(RuntimeException e) {
        FacesContext.getCurrentInstance().validationFailed();
        if (e instanceof ValidasiGagalException v) {
            for (GalatIsian g : v.galat()) {
                String teks = pesan(g.pesan(), g.pesanEn());
                if ("alasan".equals(g.field())) {
                    galat(FORM + ":alasan", teks);
                } else {
                    galat(null, g.field() + ": " + teks);
                }
            }
        } else if (e instanceof AturanDilanggarException a) {
            galat(null, pesan(a.getMessage(), a.pesanEn()));
            muatUlang();
        } else if (e instanceof KonflikVersiException k) {
            galat(null, pesan(k.getMessage(), k.pesanEn()));
            muatUlang();
        } else if (e instanceof TidakDitemukanException t) {
            galat(null, pesan(t.getMessage(), t.pesanEn()));
        } else if (e instanceof AksesDitolakException a) {
            galat(null, pesan(a.getMessage(), a.pesanEn()));
        } else {
            throw e;
        }
    }

    private static boolean peran(String peran) {
        ExternalContext ec = FacesContext.getCurrentInstance().getExternalContext();
        return ec.isUserInRole(peran);
    }

    private static Integer angka(String s) {
        return s != null && s.matches("[0-9]{4}") ? Integer.valueOf(s) : null;
    }

    private String pesan(String id, String en) {
        return "en".equals(bahasa.getKode()) && en != null ? en : id;
    }

    private static void galat(String clientId, String teks) {
        FacesContext.getCurrentInstance().addMessage(clientId, new FacesMessage(FacesMessage.SEVERITY_ERROR, teks, teks));
    }

    private static void info(String teks) {
        FacesContext.getCurrentInstance().addMessage(null, new FacesMessage(FacesMessage.SEVERITY_INFO, teks, teks));
    }

    private String label(String kunci) {
        return ResourceBundle.getBundle("id.akuntara.web.faces.label", bahasa.getLocale()).getString(kunci);
    }
}
