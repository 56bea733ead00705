package id.akuntara.web.faces.rencana;

import id.akuntara.core.akses.AksesDitolakException;
import id.akuntara.core.akses.Peran;
import id.akuntara.core.application.rencana.IsianRenstra;
import id.akuntara.core.application.rencana.PohonRenstra;
import id.akuntara.core.application.rencana.RenstraService;
import id.akuntara.core.application.rencana.RingkasanRenstra;
import id.akuntara.core.domain.bersama.AturanDilanggarException;
import id.akuntara.core.galat.GalatIsian;
import id.akuntara.core.galat.KonflikVersiException;
import id.akuntara.core.galat.TidakDitemukanException;
import id.akuntara.core.galat.ValidasiGagalException;
import id.akuntara.web.faces.BahasaBean;
import jakarta.annotation.PostConstruct;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.primefaces.PrimeFaces;
import org.primefaces.model.DefaultTreeNode;
import org.primefaces.model.TreeNode;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.ResourceBundle;
import java.util.stream.IntStream;

/**
 * Backs {@code renstra.xhtml}: the pemda's Renstra versions, the tree of the chosen one (tujuan → sasaran → indikator
 * with the targets of every year and source, {@link RenstraService#pohon}), and, while a version is a draft, the
 * editing of a target and of an indicator's fields; "buat Perubahan Renstra" from the version in force. Everything
 * goes through {@link RenstraService}, which checks the roles and the rules; its refusals are shown next to the
 * field they concern, in the user's language.
 */
@Named("renstraHal")
@ViewScoped
public class RenstraBean implements Serializable {

    private static final long serialVersionUID = 1L;

    /** The form's id in renstra.xhtml: the inputs' client ids are {@code f:<id>}. */
    static final String FORM = "f";

    /** Field names of the use case's errors → the page's input ids. */
    static final Map<String, String> FIELD_TARGET = Map.of("nilai", "targetNilai", "nilaiAtas", "targetNilaiAtas",
            "label", "targetLabel");
    static final Map<String, String> FIELD_INDIKATOR = Map.of("nama", "indNama", "satuan", "indSatuan",
            "polaritas", "indPolaritas", "kondisiAwal.nilai", "indKaNilai", "kondisiAwal.tahun", "indKaTahun",
            "kondisiAwal.label", "indKaLabel");
    static final Map<String, String> FIELD_PERUBAHAN = Map.of("kode", "pKode", "nama", "pNama", "alasan", "pAlasan");

    @Inject
    RenstraService renstra;

    @Inject
    BahasaBean bahasa;

    private List<RingkasanRenstra> versi = List.of();
    private transient PohonRenstra pohon;
    private TreeNode<BarisPohon> akar;
    private String kode;

    private SuntinganTarget target;
    private SuntinganIndikator indikator;
    private SuntinganPerubahan perubahan;

    @PostConstruct
    void awal() {
        try {
            versi = renstra.daftar();
        } catch (AksesDitolakException e) {
            galat(null, pesan(e.getMessage(), e.pesanEn()));
            return;
        }
        String diminta = FacesContext.getCurrentInstance().getExternalContext().getRequestParameterMap().get("kode");
        if (diminta != null && versi.stream().anyMatch(r -> r.kode().equals(diminta))) {
            kode = diminta;
        } else {
            if (diminta != null) {
                galat(null, String.format(label("renstra.tidakAda"), diminta));
            }
            kode = versi.stream().filter(r -> "DITETAPKAN".equals(r.status())).map(RingkasanRenstra::kode)
                    .reduce((a, b) -> b).orElse(versi.isEmpty() ? null : versi.get(versi.size() - 1).kode());
        }
        if (kode != null) {
            muatPohon();
        }
    }

    private void muatPohon() {
        try {
            pohon = renstra.pohon(kode);
        } catch (TidakDitemukanException e) {
            galat(null, pesan(e.getMessage(), e.pesanEn()));
            pohon = null;
            akar = null;
            return;
        }
        akar = bangun(pohon);
    }

    static TreeNode<BarisPohon> bangun(PohonRenstra pohon) {
        TreeNode<BarisPohon> akar = new DefaultTreeNode<>(null, null);
        for (PohonRenstra.Tujuan t : pohon.tujuan()) {
            TreeNode<BarisPohon> nt = simpul("tujuan", new BarisPohon("TUJUAN", t.kode(), t.teks(), null, null, null), akar);
            for (PohonRenstra.Indikator i : t.indikator()) {
                simpul("indikator", new BarisPohon("INDIKATOR", i.kode(), i.nama(), t.kode(), null, i), nt);
            }
            for (PohonRenstra.Sasaran s : t.sasaran()) {
                TreeNode<BarisPohon> ns = simpul("sasaran", new BarisPohon("SASARAN", s.kode(), s.teks(), t.kode(), null, null), nt);
                for (PohonRenstra.Indikator i : s.indikator()) {
                    simpul("indikator", new BarisPohon("INDIKATOR", i.kode(), i.nama(), t.kode(), s.kode(), i), ns);
                }
            }
        }
        return akar;
    }

    private static TreeNode<BarisPohon> simpul(String jenis, BarisPohon data, TreeNode<BarisPohon> induk) {
        DefaultTreeNode<BarisPohon> n = new DefaultTreeNode<>(jenis, data, induk);
        n.setExpanded(true);
        return n;
    }

    // ------------------------------------------------------------------------------------------------ reading

    public List<RingkasanRenstra> getVersi() {
        return versi;
    }

    public PohonRenstra getPohon() {
        return pohon;
    }

    public TreeNode<BarisPohon> getAkar() {
        return akar;
    }

    public String getKode() {
        return kode;
    }

    public RingkasanRenstra getRingkasan() {
        return pohon == null ? null : pohon.renstra();
    }

    /** The years of the chosen version's period, the tree's target columns. */
    public List<Integer> getTahun() {
        return pohon == null ? List.of() : IntStream.rangeClosed(pohon.renstra().tahunMulai(), pohon.renstra().tahunSelesai())
                .boxed().toList();
    }

    public boolean isKosong() {
        return pohon != null && pohon.tujuan().isEmpty();
    }

    /** Whether the chosen version may be edited now by this user (a draft; operator or admin-pemda). */
    public boolean isBolehUbah() {
        return pohon != null && pohon.renstra().dapatDiubah() && bolehTulis();
    }

    /** Whether this user may make a Perubahan Renstra of the chosen version (adopted, in force, none drafted yet). */
    public boolean isBolehPerubahan() {
        RingkasanRenstra r = getRingkasan();
        return r != null && bolehTulis() && "DITETAPKAN".equals(r.status()) && r.digantikanOleh().isEmpty();
    }

    /** The sources whose target a draft may change in this year (RENSTRA always, IKU as well when it has one). */
    public List<String> sumberDapatDiubah(BarisPohon baris, int tahun) {
        List<String> s = new ArrayList<>(List.of("RENSTRA"));
        if (baris.sumber(tahun, "IKU") != null) {
            s.add("IKU");
        }
        return s;
    }

    /** A source's name in the page's language (RPJMD, Renstra, IKU, PK, PK Perubahan). */
    public String namaSumber(String sumber) {
        return sumber == null ? "" : label("renstra.sumber." + sumber);
    }

    public String namaStatus(String status) {
        return status == null ? "" : label("renstra.status." + status);
    }

    public String namaPolaritas(String polaritas) {
        return polaritas == null ? "" : label("renstra.polaritas." + polaritas);
    }

    /** "↑ Naik" / "↓ Turun": the polarity in a table cell. */
    public String namaPolaritasPendek(String polaritas) {
        return polaritas == null ? "" : label("renstra.polaritasPendek." + polaritas);
    }

    /** The sources that give a year's target, each named once ("PK · Renstra"); a PK and its parent are both "PK". */
    public String sumberRingkas(PohonRenstra.TargetTahun tt) {
        return tt == null ? "" : String.join(" · ", tt.sumber().stream().map(s -> namaSumber(s.sumber())).distinct().toList());
    }

    /** "3,1 (2017)" or the printed label; empty without a baseline. */
    public String kondisiAwal(PohonRenstra.Indikator i) {
        PohonRenstra.KondisiAwal k = i.kondisiAwal();
        if (k == null) {
            return "";
        }
        String nilai = k.tampil() != null ? k.tampil() : k.label() != null ? k.label() : "";
        return k.tahun() == null ? nilai : nilai + " (" + k.tahun() + ")";
    }

    // ------------------------------------------------------------------------------------------------ target

    /** Opens the target editor for an indicator, year and source of the draft. */
    public void ubahTarget(String kodeIndikator, int tahun, String sumber) {
        indikator = null;
        perubahan = null;
        BarisPohon b = cari(kodeIndikator);
        if (b == null) {
            return;
        }
        PohonRenstra.TargetSumber ada = b.sumber(tahun, sumber);
        target = new SuntinganTarget(kodeIndikator, b.getTeks(), tahun, sumber,
                ada == null || ada.nilai() == null ? null : tampil(ada.nilai()),
                ada == null || ada.nilaiAtas() == null ? null : tampil(ada.nilaiAtas()),
                ada == null ? null : ada.label());
        PrimeFaces.current().focus(FORM + ":targetNilai");
        PrimeFaces.current().scrollTo(FORM + ":sunting-target");
    }

    public void simpanTarget() {
        if (target == null) {
            return;
        }
        try {
            pohon = renstra.aturTarget(kode, target.getIndikator(), target.getTahun(), target.getSumber(),
                    new IsianRenstra.Target(target.getNilai(), target.getNilaiAtas(), target.getLabel(), null,
                            pohon.renstra().versi()));
            akar = bangun(pohon);
            info(String.format(label("renstra.target.tersimpan"), namaSumber(target.getSumber()), target.getIndikator(),
                    target.getTahun()));
            target = null;
        } catch (RuntimeException e) {
            tangani(e, FIELD_TARGET);
        }
    }

    public void batal() {
        target = null;
        indikator = null;
        perubahan = null;
    }

    public SuntinganTarget getTarget() {
        return target;
    }

    // ------------------------------------------------------------------------------------------------ indicator

    public void ubahIndikator(String kodeIndikator) {
        target = null;
        perubahan = null;
        BarisPohon b = cari(kodeIndikator);
        if (b == null) {
            return;
        }
        indikator = SuntinganIndikator.dari(b);
        PrimeFaces.current().scrollTo(FORM + ":sunting-indikator");
    }

    public void simpanIndikator() {
        if (indikator == null) {
            return;
        }
        try {
            pohon = renstra.ubahIndikator(kode, indikator.getKode(), indikator.isian(pohon.renstra().versi()));
            akar = bangun(pohon);
            info(String.format(label("renstra.indikator.tersimpan"), indikator.getKode()));
            indikator = null;
        } catch (RuntimeException e) {
            tangani(e, FIELD_INDIKATOR);
        }
    }

    public SuntinganIndikator getIndikator() {
        return indikator;
    }

    // ------------------------------------------------------------------------------------------------ Perubahan

    public void mulaiPerubahan() {
        target = null;
        indikator = null;
        RingkasanRenstra r = getRingkasan();
        perubahan = new SuntinganPerubahan();
        perubahan.setKode(r.kode() + "-P" + (versi.stream().filter(v -> r.kode().equals(v.menggantikan())).count() + 1));
        perubahan.setNama(r.nama());
        PrimeFaces.current().focus(FORM + ":pAlasan");
    }

    /** Makes the Perubahan Renstra and opens its draft. */
    public String simpanPerubahan() {
        if (perubahan == null) {
            return null;
        }
        try {
            PohonRenstra baru = renstra.buatPerubahan(kode, new IsianRenstra.Perubahan(perubahan.getKode(),
                    perubahan.getNama(), perubahan.getAlasan(), pohon.renstra().versi()));
            FacesContext fc = FacesContext.getCurrentInstance();
            fc.getExternalContext().getFlash().setKeepMessages(true);
            info(String.format(label("renstra.perubahan.dibuat"), baru.renstra().kode(), kode));
            return "/renstra.xhtml?faces-redirect=true&kode=" + baru.renstra().kode();
        } catch (RuntimeException e) {
            tangani(e, FIELD_PERUBAHAN);
            return null;
        }
    }

    public SuntinganPerubahan getPerubahan() {
        return perubahan;
    }

    // ------------------------------------------------------------------------------------------------ helpers

    private BarisPohon cari(String kodeIndikator) {
        if (akar == null) {
            return null;
        }
        List<TreeNode<BarisPohon>> tumpukan = new ArrayList<>(akar.getChildren());
        while (!tumpukan.isEmpty()) {
            TreeNode<BarisPohon> n = tumpukan.remove(0);
            if (n.getData() != null && n.getData().isIndikatorBaris() && n.getData().getKode().equals(kodeIndikator)) {
                return n.getData();
            }
            tumpukan.addAll(n.getChildren());
        }
        return null;
    }

    private boolean bolehTulis() {
        ExternalContext ec = FacesContext.getCurrentInstance().getExternalContext();
        return ec.isUserInRole(Peran.OPERATOR) || ec.isUserInRole(Peran.ADMIN_PEMDA);
    }

    /**
     * Shows a refusal of the use case: each invalid field next to its input (the rest at the top), a rule or a stale
     * version at the top (a stale version reloads the tree), never a stack trace.
     */
    private void tangani(RuntimeException e, Map<String, String> field) {
        FacesContext.getCurrentInstance().validationFailed();
        if (e instanceof ValidasiGagalException v) {
            for (GalatIsian g : v.galat()) {
                String id = field.get(g.field());
                String teks = pesan(g.pesan(), g.pesanEn());
                if (id != null) {
                    galat(FORM + ":" + id, teks);
                } else {
                    galat(null, g.field() + ": " + teks);
                }
            }
            galat(null, label("renstra.periksaIsian"));
        } else if (e instanceof KonflikVersiException k) {
            galat(null, pesan(k.getMessage(), k.pesanEn()));
            versi = renstra.daftar();
            muatPohon();
        } else if (e instanceof AturanDilanggarException a) {
            galat(null, pesan(a.getMessage(), a.pesanEn()));
        } else if (e instanceof TidakDitemukanException t) {
            galat(null, pesan(t.getMessage(), t.pesanEn()));
        } else if (e instanceof AksesDitolakException a) {
            galat(null, pesan(a.getMessage(), a.pesanEn()));
        } else {
            throw e;
        }
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

    static String tampil(java.math.BigDecimal n) {
        return id.akuntara.core.calc.AngkaFormatter.formatTepat(n);
    }
}
