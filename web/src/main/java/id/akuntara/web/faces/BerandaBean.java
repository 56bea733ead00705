package id.akuntara.web.faces;

import id.akuntara.core.akses.AksesDitolakException;
import id.akuntara.core.akses.Peran;
import id.akuntara.core.application.KinerjaBersumber;
import id.akuntara.core.application.KualitasDataService;
import id.akuntara.core.application.PenetapanKinerja;
import id.akuntara.core.application.PengukuranService;
import id.akuntara.core.application.ProfilPengguna;
import id.akuntara.core.application.ProfilPenggunaService;
import id.akuntara.core.application.pengguna.AkunPengguna;
import id.akuntara.core.application.pengguna.PenggunaPemdaService;
import id.akuntara.core.application.realisasi.DaftarRealisasi;
import id.akuntara.core.application.realisasi.RealisasiService;
import id.akuntara.core.application.realisasi.RincianRealisasi;
import id.akuntara.core.calc.AngkaFormatter;
import id.akuntara.core.calc.AngkaParser;
import id.akuntara.core.calc.SebaranCapaian;
import id.akuntara.core.domain.bersama.AturanDilanggarException;
import id.akuntara.core.kualitas.TemuanKualitas;
import id.akuntara.core.pengukuran.Angka;
import id.akuntara.core.pengukuran.Jejak;
import id.akuntara.core.pengukuran.KinerjaAnggaran;
import id.akuntara.core.pengukuran.KinerjaEvaluasi;
import id.akuntara.core.pengukuran.KinerjaIndikator;
import id.akuntara.core.pengukuran.KinerjaSasaran;
import id.akuntara.core.pengukuran.KinerjaTahunan;
import id.akuntara.web.laporan.LaporanPemdaService;
import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObjectBuilder;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.ResourceBundle;

/**
 * Backs the start page (issue 11, point 2): the same profile as {@code GET /api/v1/saya}, the download of the newest
 * year's report ({@link UnduhLaporanServlet}), and one block per role of the user's pemda:
 * <ul>
 *   <li>operator: the realisasi still to fill in the open year's current period, and the realisasi the verifier
 *       returned with the note;</li>
 *   <li>verifikator: the queue of submitted realisasi;</li>
 *   <li>pimpinan: capaian per sasaran (bar chart), the evaluation's predikat, band counts, serapan and the indicators
 *       needing attention of a chosen year, and fixing the year (the snapshot, {@link PengukuranService#tetapkan});</li>
 *   <li>admin-pemda: the data-quality findings ({@link KualitasDataService}) and a short list of the pemda's users
 *       ({@link PenggunaPemdaService}, issue 13) with a link to the users page.</li>
 * </ul>
 * Every figure comes from the measurement service's read model ({@link PengukuranService}, through
 * {@link RealisasiService#daftar} for the workflow lists), as printed under the pemda's rounding; nothing is computed
 * here. The pemda is always the verified token's (the services' tenant).
 */
@Named("beranda")
@RequestScoped
public class BerandaBean {

    /** Workflow states of a realisasi that the year's open work is about. */
    private static final String DRAFT = "DRAFT";
    private static final String DIAJUKAN = "DIAJUKAN";
    private static final String DIKEMBALIKAN = "DIKEMBALIKAN";
    private static final String TAHUNAN = "TAHUNAN";

    @Inject
    ProfilPenggunaService service;

    @Inject
    LaporanPemdaService laporan;

    @Inject
    PengukuranService pengukuran;

    @Inject
    RealisasiService realisasi;

    @Inject
    KualitasDataService kualitas;

    @Inject
    PenggunaPemdaService penggunaPemda;

    @Inject
    BahasaBean bahasa;

    private ProfilPengguna profil;
    private List<Integer> tahun;
    private List<Integer> tahunBerealisasi;
    private List<DaftarRealisasi> daftarTerbuka;
    private Integer tahunDipilih;
    private KinerjaBersumber kinerja;
    private KualitasDataService.LaporanKualitasData temuan;

    // ------------------------------------------------------------------------------------------ profile, downloads

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
        return isPemda() && !tahunLaporan().isEmpty();
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

    // ------------------------------------------------------------------------------------------------ roles

    /** One pemda and at least one pemda role: the role blocks apply. */
    public boolean isPemda() {
        return getProfil().pemda() != null && getProfil().peran().stream().anyMatch(Peran.PEMDA::contains);
    }

    private boolean punya(String peran) {
        return isPemda() && getProfil().peran().contains(peran);
    }

    public boolean isOperator() {
        return punya(Peran.OPERATOR);
    }

    public boolean isVerifikator() {
        return punya(Peran.VERIFIKATOR);
    }

    public boolean isPimpinan() {
        return punya(Peran.PIMPINAN);
    }

    public boolean isAdmin() {
        return punya(Peran.ADMIN_PEMDA);
    }

    // ------------------------------------------------------------------------ operator and verifikator: workflow

    /** One realisasi (or a missing one) in a workflow list, with what the page shows of it. */
    public record BarisAlur(String kodeIndikator, String namaIndikator, int tahun, String periode, String status,
            String nilai, String target, String capaian, String catatan) {
    }

    /** The years with a recorded realisasi, ascending (the pemda's data). */
    private List<Integer> tahunBerealisasi() {
        if (tahunBerealisasi == null) {
            tahunBerealisasi = isPemda() ? pengukuran.tahunBerealisasi() : List.of();
        }
        return tahunBerealisasi;
    }

    /** The realisasi lists of every year not fixed yet, newest first: the years whose work is still open. */
    private List<DaftarRealisasi> daftarTerbuka() {
        if (daftarTerbuka == null) {
            List<DaftarRealisasi> d = new ArrayList<>();
            for (Integer t : terbaruDulu(tahunBerealisasi())) {
                DaftarRealisasi daftar = realisasi.daftar(t);
                if (!daftar.tahunDitetapkan()) {
                    d.add(daftar);
                }
            }
            daftarTerbuka = d;
        }
        return daftarTerbuka;
    }

    /** The newest year not fixed yet (the one the operator works on); null when every year is fixed. */
    public Integer getTahunBerjalan() {
        return daftarTerbuka().isEmpty() ? null : daftarTerbuka().get(0).tahun();
    }

    /**
     * The period to fill in the open year: the current triwulan while the year is this calendar year, the annual
     * value ({@code TAHUNAN}) of a year already over.
     */
    public String getPeriodeBerjalan() {
        Integer t = getTahunBerjalan();
        if (t == null) {
            return null;
        }
        LocalDate hariIni = LocalDate.now(ZoneId.of("Asia/Jakarta"));
        return t == hariIni.getYear() ? "TW" + ((hariIni.getMonthValue() - 1) / 3 + 1) : TAHUNAN;
    }

    /** The period's name in the page's language ("Tahunan", "Triwulan II"). */
    public String getNamaPeriodeBerjalan() {
        String p = getPeriodeBerjalan();
        return p == null ? null : label("beranda.periode." + p);
    }

    /**
     * The operator's list: each indicator of the open year without a submitted value for the period, i.e. no
     * realisasi yet, or one still a draft (not yet submitted). In the read model's order.
     */
    public List<BarisAlur> getPerluDiisi() {
        if (!isOperator() || getTahunBerjalan() == null) {
            return List.of();
        }
        String periode = getPeriodeBerjalan();
        List<BarisAlur> baris = new ArrayList<>();
        for (DaftarRealisasi.IndikatorRealisasi i : daftarTerbuka().get(0).indikator()) {
            Optional<RincianRealisasi> r = i.realisasi().stream().filter(x -> x.periode().equals(periode)).findFirst();
            if (r.isEmpty()) {
                baris.add(new BarisAlur(i.kode(), i.nama(), getTahunBerjalan(), periode, label("beranda.status.BELUM_DIISI"),
                        null, i.target() == null ? null : i.target().tampil(), null, null));
            } else if (DRAFT.equals(r.get().statusAlur())) {
                baris.add(baris(i, r.get()));
            }
        }
        return baris;
    }

    /** The operator's returned realisasi of every open year, with the verifier's note. */
    public List<BarisAlur> getDikembalikan() {
        return isOperator() ? dalamStatus(DIKEMBALIKAN) : List.of();
    }

    /** The verifier's queue: the submitted realisasi of every open year. */
    public List<BarisAlur> getAntrean() {
        return isVerifikator() ? dalamStatus(DIAJUKAN) : List.of();
    }

    private List<BarisAlur> dalamStatus(String status) {
        List<BarisAlur> baris = new ArrayList<>();
        for (DaftarRealisasi d : daftarTerbuka()) {
            for (DaftarRealisasi.IndikatorRealisasi i : d.indikator()) {
                i.realisasi().stream().filter(r -> status.equals(r.statusAlur())).forEach(r -> baris.add(baris(i, r)));
            }
        }
        return baris;
    }

    private BarisAlur baris(DaftarRealisasi.IndikatorRealisasi i, RincianRealisasi r) {
        String nilai = r.nilaiTampil() != null ? r.nilaiTampil() : label("beranda.nilai." + r.statusNilai());
        return new BarisAlur(i.kode(), i.nama(), r.tahun(), r.periode(), label("beranda.status." + r.statusAlur()), nilai,
                r.target() == null ? null : r.target().tampil(), r.capaian() == null ? null
                        : r.capaian().tampil() != null ? r.capaian().tampil() : "–",
                r.alasanDikembalikan());
    }

    /** The period's name in the page's language. */
    public String namaPeriode(String periode) {
        return label("beranda.periode." + periode);
    }

    // ----------------------------------------------------------------------------------------------- pimpinan

    /** The years the pimpinan can look at: those with a recorded realisasi, newest first. */
    public List<Integer> getPilihanTahun() {
        return isPimpinan() ? terbaruDulu(tahunBerealisasi()) : List.of();
    }

    /** The request parameter of the year's select (p:selectOneMenu {@code form-pimpinan:tahun}). */
    static final String PARAM_TAHUN = "form-pimpinan:tahun_input";

    /**
     * The year the pimpinan looks at: chosen in the page, else the newest. On a postback the year the form sent counts
     * from the start, before the model is updated: the "Tetapkan" button is rendered only for a year not fixed, and
     * Faces decides whether it was clicked (rendered) before it updates the model.
     */
    public Integer getTahunDipilih() {
        if (tahunDipilih == null && !getPilihanTahun().isEmpty()) {
            tahunDipilih = tahunDikirim().orElse(getPilihanTahun().get(0));
        }
        return tahunDipilih;
    }

    private Optional<Integer> tahunDikirim() {
        FacesContext faces = FacesContext.getCurrentInstance();
        String dikirim = faces == null ? null : faces.getExternalContext().getRequestParameterMap().get(PARAM_TAHUN);
        if (dikirim == null || !dikirim.matches("[0-9]{4}")) {
            return Optional.empty();
        }
        Integer t = Integer.valueOf(dikirim);
        return getPilihanTahun().contains(t) ? Optional.of(t) : Optional.empty();
    }

    public void setTahunDipilih(Integer tahun) {
        if (tahun != null && tahunBerealisasi().contains(tahun)) {
            this.tahunDipilih = tahun;
            this.kinerja = null;
        }
    }

    private KinerjaBersumber kinerja() {
        if (kinerja == null && getTahunDipilih() != null) {
            kinerja = pengukuran.kinerjaBersumber(getTahunDipilih());
        }
        return kinerja;
    }

    /** The year's figures, or null without a year. */
    private KinerjaTahunan kinerjaTahun() {
        return kinerja() == null ? null : kinerja().kinerja();
    }

    /** Whether the chosen year is fixed (its figures come from the snapshot). */
    public boolean isDitetapkan() {
        return kinerja() != null && kinerja().ditetapkan();
    }

    /** "Ditetapkan oleh … pada …" of a fixed year. */
    public String getKeteranganPenetapan() {
        if (!isDitetapkan()) {
            return null;
        }
        PenetapanKinerja p = kinerja().penetapan().orElseThrow();
        String waktu = DateTimeFormatter.ofPattern("d MMMM yyyy HH:mm", locale()).withZone(ZoneId.of("Asia/Jakarta"))
                .format(p.ditetapkanPada());
        return format(label("beranda.pimpinan.ditetapkanOleh"), p.ditetapkanOleh(), waktu);
    }

    /** Each sasaran of the year with its capaian as printed and its indicators by band. */
    public record BarisSasaran(String kode, String nama, String capaian, String keterangan, SebaranCapaian sebaran,
            String serapan) {
    }

    public List<BarisSasaran> getSasaran() {
        KinerjaTahunan k = kinerjaTahun();
        if (k == null) {
            return List.of();
        }
        return k.sasaran().stream().map(s -> new BarisSasaran(s.kode(), s.nama(), s.capaian().tampil(),
                tanpaNilai(s.capaian()), s.sebaran(), s.serapan() == null ? null : s.serapan().tampil())).toList();
    }

    /**
     * The bar chart of capaian per sasaran as Chart.js JSON for {@code p:chart}: one bar per sasaran with the value
     * as printed (the pemda's rounding), a sasaran without a value as a gap, and the 100 % line as a second dataset.
     */
    public String getModelGrafik() {
        KinerjaTahunan k = kinerjaTahun();
        if (k == null) {
            return null;
        }
        JsonArrayBuilder labels = Json.createArrayBuilder();
        JsonArrayBuilder nilai = Json.createArrayBuilder();
        JsonArrayBuilder seratus = Json.createArrayBuilder();
        for (KinerjaSasaran s : k.sasaran()) {
            labels.add(s.kode());
            if (s.capaian().tampil() != null) {
                nilai.add(AngkaParser.parse(s.capaian().tampil()).nilai());
            } else {
                nilai.addNull();
            }
            seratus.add(100);
        }
        JsonObjectBuilder batang = Json.createObjectBuilder().add("type", "bar")
                .add("label", label("beranda.pimpinan.capaian") + " (%)").add("data", nilai)
                .add("backgroundColor", "#0b4f6c").add("borderColor", "#0b4f6c").add("maxBarThickness", 64);
        JsonObjectBuilder garis = Json.createObjectBuilder().add("type", "line")
                .add("label", label("beranda.pimpinan.target100")).add("data", seratus)
                .add("borderColor", "#e08a00").add("borderDash", Json.createArrayBuilder().add(6).add(4))
                .add("pointRadius", 0).add("fill", false);
        JsonObjectBuilder opsi = Json.createObjectBuilder()
                .add("responsive", true).add("maintainAspectRatio", false).add("animation", false)
                .add("scales", Json.createObjectBuilder().add("y", Json.createObjectBuilder().add("beginAtZero", true)
                        .add("title", Json.createObjectBuilder().add("display", true).add("text", "%"))))
                .add("plugins", Json.createObjectBuilder().add("legend", Json.createObjectBuilder().add("position", "bottom")));
        String json = Json.createObjectBuilder().add("type", "bar")
                .add("data", Json.createObjectBuilder().add("labels", labels)
                        .add("datasets", Json.createArrayBuilder().add(batang).add(garis)))
                .add("options", opsi).build().toString();
        // the model is written into the page's script: never let a text close it
        return json.replace("</", "<\\/");
    }

    /** The year's indicators by band, as the conclusion chapter counts them. */
    public SebaranCapaian getSebaran() {
        return kinerjaTahun() == null ? null : kinerjaTahun().sebaran();
    }

    /** The latest SAKIP evaluation the data hold up to the chosen year (predikat and score as printed), or null. */
    public KinerjaEvaluasi getEvaluasi() {
        KinerjaTahunan k = kinerjaTahun();
        if (k == null) {
            return null;
        }
        return k.evaluasi().stream().filter(e -> e.tahun() <= k.tahun())
                .max(Comparator.comparingInt(KinerjaEvaluasi::tahun)).orElse(null);
    }

    /** The evaluation's score as printed ("81,90"), else its computed total. */
    public String getNilaiEvaluasi() {
        KinerjaEvaluasi e = getEvaluasi();
        if (e == null) {
            return null;
        }
        String nilai = e.nilaiTertulis() != null ? AngkaFormatter.formatTepat(e.nilaiTertulis())
                : e.total() == null ? null : e.total().tampil();
        return nilai == null ? "–" : nilai;
    }

    /** The pemda's budget total of the year: pagu, realisasi (Rupiah) and serapan; null without a budget. */
    public record Serapan(String pagu, String realisasi, String serapan, String keterangan) {
    }

    public Serapan getSerapan() {
        KinerjaTahunan k = kinerjaTahun();
        if (k == null || k.anggaran() == null || k.anggaran().total() == null) {
            return null;
        }
        KinerjaAnggaran.Pos t = k.anggaran().total();
        return new Serapan(rupiah(t.pagu()), rupiah(t.realisasi()), t.serapan().tampil(), tanpaNilai(t.serapan()));
    }

    /**
     * The indicators needing the pimpinan's attention: those the year's band counts put below 100 % or without a
     * value, with their capaian as printed (the trace of the counts, {@code sebaran/di-bawah-100} and
     * {@code sebaran/tanpa-nilai}).
     */
    public record BarisPerhatian(String kode, String nama, String pita, String capaian, boolean tanpaNilai) {
    }

    public List<BarisPerhatian> getPerluPerhatian() {
        KinerjaTahunan k = kinerjaTahun();
        if (k == null) {
            return List.of();
        }
        List<BarisPerhatian> baris = new ArrayList<>();
        for (SebaranCapaian.Pita pita : List.of(SebaranCapaian.Pita.DI_BAWAH_100, SebaranCapaian.Pita.TANPA_NILAI)) {
            Optional<Jejak> jejak = k.jejak("sebaran/" + pita.kode());
            if (jejak.isEmpty()) {
                continue;
            }
            for (Map.Entry<String, String> e : jejak.get().masukan().entrySet()) {
                String nama = k.indikator(e.getKey()).map(KinerjaIndikator::nama).orElse(e.getKey());
                String capaian = pita == SebaranCapaian.Pita.TANPA_NILAI ? label("beranda.pimpinan.tanpaNilai") : e.getValue();
                baris.add(new BarisPerhatian(e.getKey(), nama, label("beranda.pita." + pita.kode()), capaian,
                        pita == SebaranCapaian.Pita.TANPA_NILAI));
            }
        }
        return baris;
    }

    /**
     * Fixes the chosen year (pimpinan): stores its snapshot. Refused with the reason when the year is fixed already or
     * a realisasi of it is still in the workflow.
     */
    public void tetapkan() {
        FacesContext faces = FacesContext.getCurrentInstance();
        Integer t = getTahunDipilih();
        if (t == null) {
            return;
        }
        try {
            PenetapanKinerja p = pengukuran.tetapkan(t, getProfil().username());
            kinerja = null;
            faces.addMessage(null, new FacesMessage(FacesMessage.SEVERITY_INFO,
                    format(label("beranda.pimpinan.berhasil"), String.valueOf(p.tahun())), null));
        } catch (AturanDilanggarException e) {
            faces.addMessage(null, new FacesMessage(FacesMessage.SEVERITY_ERROR,
                    inggris() && e.pesanEn() != null ? e.pesanEn() : e.getMessage(), null));
        } catch (AksesDitolakException e) {
            faces.addMessage(null, new FacesMessage(FacesMessage.SEVERITY_ERROR,
                    inggris() ? e.pesanEn() : e.getMessage(), null));
        }
    }

    // -------------------------------------------------------------------------------------------- admin-pemda

    private KualitasDataService.LaporanKualitasData temuan() {
        if (temuan == null && isAdmin()) {
            temuan = kualitas.periksa();
        }
        return temuan;
    }

    /** One data-quality finding as the page shows it. */
    public record BarisTemuan(String pemeriksaan, String keparahan, String kelasKeparahan, String deskripsi,
            String rujukan) {
    }

    public List<BarisTemuan> getTemuan() {
        if (temuan() == null) {
            return List.of();
        }
        List<BarisTemuan> baris = new ArrayList<>();
        for (TemuanKualitas t : temuan().temuan()) {
            baris.add(new BarisTemuan(t.idPemeriksaan(), label("beranda.keparahan." + t.keparahan().name()),
                    t.keparahan().name().toLowerCase(Locale.ROOT), t.deskripsi(), String.join(", ", t.rujukan())));
        }
        return baris;
    }

    public int getJumlahTemuan() {
        return temuan() == null ? 0 : temuan().jumlahTemuan();
    }

    /** How many users the start page lists; the users page has them all. */
    static final int PENGGUNA_BERANDA = 8;

    private List<AkunPengguna> pengguna;
    private boolean penggunaTersedia = true;

    private List<AkunPengguna> pengguna() {
        if (pengguna == null && isAdmin()) {
            try {
                pengguna = penggunaPemda.daftar();
            } catch (id.akuntara.core.galat.LayananTidakTersediaException e) {
                pengguna = List.of();
                penggunaTersedia = false;
            }
        }
        return pengguna == null ? List.of() : pengguna;
    }

    /** The first users of the pemda (by username), for the admin's block. */
    public List<AkunPengguna> getPenggunaBeranda() {
        List<AkunPengguna> semua = pengguna();
        return semua.subList(0, Math.min(PENGGUNA_BERANDA, semua.size()));
    }

    public int getJumlahPengguna() {
        return pengguna().size();
    }

    public long getJumlahPenggunaAktif() {
        return pengguna().stream().filter(AkunPengguna::aktif).count();
    }

    public int getPenggunaLainnya() {
        return Math.max(0, pengguna().size() - PENGGUNA_BERANDA);
    }

    public boolean isPenggunaTersedia() {
        pengguna();
        return penggunaTersedia;
    }

    /** A role's name in the page's language. */
    public String labelPeran(String peran) {
        return label("pengguna.peran." + peran);
    }

    // ------------------------------------------------------------------------------------------------ helpers

    private static List<Integer> terbaruDulu(List<Integer> tahun) {
        List<Integer> t = new ArrayList<>(tahun);
        java.util.Collections.reverse(t);
        return t;
    }

    private static String rupiah(BigDecimal nilai) {
        return nilai == null ? null : AngkaFormatter.formatRupiah(nilai);
    }

    /** The reason a figure has no value, in the page's language (its state), or null when it has one. */
    private String tanpaNilai(Angka angka) {
        if (angka == null || angka.tampil() != null) {
            return null;
        }
        return label("beranda.angka." + angka.status());
    }

    private Locale locale() {
        return bahasa.getLocale();
    }

    private boolean inggris() {
        return "en".equals(locale().getLanguage());
    }

    private String label(String kunci) {
        ResourceBundle l = ResourceBundle.getBundle("id.akuntara.web.faces.label", locale());
        return l.containsKey(kunci) ? l.getString(kunci) : kunci;
    }

    private String format(String pola, Object... argumen) {
        return new java.text.MessageFormat(pola, locale()).format(argumen);
    }
}
