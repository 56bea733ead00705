package id.akuntara.web.faces.anggaran;

import id.akuntara.core.application.PengukuranService;
import id.akuntara.core.application.anggaran.AnggaranService;
import id.akuntara.core.application.anggaran.PohonAnggaran;
import id.akuntara.core.pengukuran.Jejak;
import id.akuntara.core.pengukuran.KinerjaTahunan;
import id.akuntara.core.pengukuran.TahunTidakAdaException;
import id.akuntara.web.faces.HalamanTahunan;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.annotation.PostConstruct;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;

import java.util.List;
import java.util.ResourceBundle;
import org.primefaces.model.DefaultTreeNode;
import org.primefaces.model.TreeNode;

/**
 * Backs anggaran.xhtml (issue 11 point 6): the year's budget tree program → kegiatan → sub-kegiatan with pagu,
 * realisasi, serapan and the quarters as recorded ({@link AnggaranService#pohon}), the pemda's total, serapan per
 * program as a bar chart, and the trace of every serapan on click — from the year's read model
 * ({@link PengukuranService#kinerja}), the same trace {@code GET /kinerja/{tahun}/anggaran} lists. Nothing is computed
 * here. Read-only.
 */
@Named("anggaran")
@ViewScoped
public class AnggaranBean extends HalamanTahunan {

    private static final long serialVersionUID = 1L;

    @Inject
    AnggaranService service;

    private String jejakTerpilih;

    private transient PohonAnggaran pohon;
    private transient boolean pohonDibaca;
    private transient TreeNode<PohonAnggaran.Simpul> akar;
    private transient KinerjaTahunan kinerja;

    /** A link may name the year ({@code ?tahun=2021}); a year without figures falls back to the newest. */
    @PostConstruct
    void awal() {
        bacaTahunTautan();
    }

    /** After the year changed: read the new year's tree and figures. */
    public void tahunBerubah() {
        pohon = null;
        pohonDibaca = false;
        akar = null;
        kinerja = null;
        jejakTerpilih = null;
    }

    /** The year's tree; null when the pemda has no data for the year. */
    public PohonAnggaran getPohon() {
        if (!pohonDibaca && getTahun() != null) {
            try {
                pohon = service.pohon(getTahun());
            } catch (TahunTidakAdaException e) {
                pohon = null;
            }
            pohonDibaca = true;
        }
        return pohon;
    }

    /** Whether the year has a budget to show. */
    public boolean isAda() {
        return getPohon() != null && !getPohon().program().isEmpty();
    }

    /** Whether any line has a quarter recorded: only then the quarter columns are shown. */
    public boolean isAdaTriwulan() {
        return isAda() && adaTriwulan(getPohon().program());
    }

    private static boolean adaTriwulan(List<PohonAnggaran.Simpul> daftar) {
        for (PohonAnggaran.Simpul s : daftar) {
            if (s.realisasiTriwulan().stream().anyMatch(t -> t.realisasi() != null) || adaTriwulan(s.anak())) {
                return true;
            }
        }
        return false;
    }

    /** The tree for p:treeTable: the programs, closed (a click opens a program's kegiatan). */
    public TreeNode<PohonAnggaran.Simpul> getAkar() {
        if (akar == null) {
            akar = new DefaultTreeNode<>(null, null);
            if (isAda()) {
                getPohon().program().forEach(p -> simpul(p, akar));
            }
        }
        return akar;
    }

    private static TreeNode<PohonAnggaran.Simpul> simpul(PohonAnggaran.Simpul s, TreeNode<PohonAnggaran.Simpul> induk) {
        TreeNode<PohonAnggaran.Simpul> n = new DefaultTreeNode<>(s.tingkat(), s, induk);
        s.anak().forEach(a -> simpul(a, n));
        return n;
    }

    /** A quarter's recorded realisation of a line as printed, "–" for a blank. */
    public String triwulan(PohonAnggaran.Simpul s, int ke) {
        return s.realisasiTriwulan().stream().filter(t -> t.triwulan() == ke && t.realisasi() != null)
                .map(t -> t.realisasi().tampil()).findFirst().orElse("–");
    }

    /** Chart.js model of serapan per program, as the read model holds it. */
    public String getGrafikProgram() {
        if (!isAda()) {
            return "{}";
        }
        JsonArrayBuilder label = Json.createArrayBuilder();
        JsonArrayBuilder data = Json.createArrayBuilder();
        for (PohonAnggaran.Simpul p : getPohon().program()) {
            label.add(p.kode());
            if (p.serapan() != null && p.serapan().bernilai()) {
                data.add(p.serapan().nilai());
            } else {
                data.addNull();
            }
        }
        return Json.createObjectBuilder().add("type", "bar")
                .add("data", Json.createObjectBuilder().add("labels", label).add("datasets", Json.createArrayBuilder()
                        .add(Json.createObjectBuilder().add("label", teks("anggaran.grafik.serapan")).add("data", data)
                                .add("backgroundColor", "#0b4f6c").add("borderRadius", 3))))
                .add("options", Json.createObjectBuilder().add("locale", "id-ID").add("responsive", true)
                        .add("maintainAspectRatio", false)
                        .add("plugins", Json.createObjectBuilder()
                                .add("legend", Json.createObjectBuilder().add("display", false))
                                .add("title", Json.createObjectBuilder().add("display", true)
                                        .add("text", teks("anggaran.grafik.judul") + " " + getTahun())))
                        .add("scales", Json.createObjectBuilder().add("y", Json.createObjectBuilder()
                                .add("beginAtZero", true).add("suggestedMax", 100)
                                .add("title", Json.createObjectBuilder().add("display", true)
                                        .add("text", teks("anggaran.grafik.sumbuY"))))))
                .build().toString();
    }

    /** Chooses the serapan whose trace the dialog shows ({@code serapan/PB01}, {@code serapan/TOTAL}). */
    public void pilihJejak(String id) {
        this.jejakTerpilih = id;
    }

    /** The chosen serapan's trace, from the year's read model. */
    public Jejak getJejak() {
        if (jejakTerpilih == null || getTahun() == null) {
            return null;
        }
        if (kinerja == null) {
            kinerja = pengukuran.kinerja(getTahun());
        }
        return kinerja.jejak(jejakTerpilih).orElse(null);
    }

    private static String teks(String kunci) {
        return ResourceBundle.getBundle("id.akuntara.web.faces.label",
                FacesContext.getCurrentInstance().getViewRoot().getLocale()).getString(kunci);
    }
}
