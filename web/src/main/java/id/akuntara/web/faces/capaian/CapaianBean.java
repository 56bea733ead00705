package id.akuntara.web.faces.capaian;

import id.akuntara.core.application.KinerjaBersumber;
import id.akuntara.core.application.PengukuranService;
import id.akuntara.core.application.rencana.RenstraService;
import id.akuntara.core.application.rencana.RingkasanRenstra;
import id.akuntara.core.calc.SebaranCapaian;
import id.akuntara.core.pengukuran.Jejak;
import id.akuntara.core.pengukuran.KinerjaIndikator;
import id.akuntara.core.pengukuran.KinerjaSasaran;
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
import jakarta.json.JsonObjectBuilder;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Backs capaian.xhtml (issue 11 point 6): a year's capaian per sasaran and indicator with predikat and band, the band
 * counts, a bar chart of capaian per sasaran and an indicator's trend over the Renstra years against the plan-end
 * target. Every figure is the read model's ({@link PengukuranService#kinerjaBersumber}): nothing is computed here,
 * only looked up and laid out; a click on a figure shows its trace (rule, formula, inputs). The year comes from the
 * selector; the read models are kept for the view only (transient: recomputed after a passivation).
 */
@Named("capaian")
@ViewScoped
public class CapaianBean extends HalamanTahunan {

    private static final long serialVersionUID = 1L;

    @Inject
    RenstraService renstra;

    private String indikatorTren;
    private String jejakTerpilih;

    private transient Map<Integer, Optional<KinerjaBersumber>> kinerja;
    private transient Map<String, String> pitaIndikator;
    private transient List<RingkasanRenstra> daftarRenstra;

    /** A link may name the year ({@code ?tahun=2021}); a year without figures falls back to the newest. */
    @PostConstruct
    void awal() {
        bacaTahunTautan();
        String indikator = parameter("indikator");
        if (indikator != null) {
            indikatorTren = indikator;
        }
    }

    /** After the year changed: forget the band lookup and the chosen indicator of the old year. */
    public void tahunBerubah() {
        pitaIndikator = null;
        indikatorTren = null;
        jejakTerpilih = null;
    }

    /** The shown year's figures with their origin; empty when the pemda has no figures for it. */
    public KinerjaBersumber getBersumber() {
        return getTahun() == null ? null : kinerja(getTahun()).orElse(null);
    }

    public KinerjaTahunan getKinerja() {
        KinerjaBersumber b = getBersumber();
        return b == null ? null : b.kinerja();
    }

    /** When the shown year was fixed (its figures come from the snapshot), as a person reads it; null while open. */
    public String getDitetapkanPada() {
        KinerjaBersumber b = getBersumber();
        if (b == null || b.penetapan().isEmpty()) {
            return null;
        }
        java.util.Locale locale = FacesContext.getCurrentInstance().getViewRoot().getLocale();
        return java.time.format.DateTimeFormatter.ofPattern("d MMMM yyyy, HH.mm 'UTC'", locale)
                .withZone(java.time.ZoneOffset.UTC).format(b.penetapan().get().ditetapkanPada());
    }

    /** Who fixed the shown year; null while open. */
    public String getDitetapkanOleh() {
        KinerjaBersumber b = getBersumber();
        return b == null ? null : b.penetapan().map(p -> p.ditetapkanOleh()).orElse(null);
    }

    private Optional<KinerjaBersumber> kinerja(int th) {
        if (kinerja == null) {
            kinerja = new HashMap<>();
        }
        return kinerja.computeIfAbsent(th, t -> {
            try {
                return Optional.of(pengukuran.kinerjaBersumber(t));
            } catch (TahunTidakAdaException e) {
                return Optional.empty();
            }
        });
    }

    /** The sasaran of the year with the indicators measured under them, in the read model's order. */
    public List<BarisSasaran> getSasaran() {
        KinerjaTahunan k = getKinerja();
        if (k == null) {
            return List.of();
        }
        List<BarisSasaran> hasil = new ArrayList<>();
        for (KinerjaSasaran s : k.sasaran()) {
            hasil.add(new BarisSasaran(s, k.indikator().stream().filter(i -> s.kode().equals(i.sasaran())).toList()));
        }
        List<KinerjaIndikator> tanpaSasaran = k.indikator().stream()
                .filter(i -> i.sasaran() == null || k.sasaran(i.sasaran()).isEmpty()).toList();
        if (!tanpaSasaran.isEmpty()) {
            hasil.add(new BarisSasaran(null, tanpaSasaran));
        }
        return hasil;
    }

    /** One sasaran ({@code null} for the indicators of no sasaran measured that year) with its indicators. */
    public record BarisSasaran(KinerjaSasaran sasaran, List<KinerjaIndikator> indikator) {
    }

    /**
     * The band of an indicator's capaian as the read model counted it ({@code di-atas-100} …), looked up in the traces
     * of the band counts ({@code sebaran/<band>}, whose inputs are the indicators in that band).
     */
    public String pita(String kodeIndikator) {
        if (pitaIndikator == null) {
            pitaIndikator = new HashMap<>();
            KinerjaTahunan k = getKinerja();
            if (k != null) {
                for (SebaranCapaian.Pita p : SebaranCapaian.Pita.values()) {
                    k.jejak("sebaran/" + p.kode()).ifPresent(j -> j.masukan().keySet()
                            .forEach(kode -> pitaIndikator.put(kode, p.kode())));
                }
            }
        }
        return pitaIndikator.getOrDefault(kodeIndikator, SebaranCapaian.Pita.TANPA_NILAI.kode());
    }

    /** The PrimeFaces tag severity of a band. */
    public String warnaPita(String pita) {
        return switch (pita) {
            case "di-atas-100" -> "success";
            case "sama-100" -> "info";
            case "di-bawah-100" -> "warning";
            default -> "secondary";
        };
    }

    /** The bands in the order the page shows their counts. */
    public List<String> getDaftarPita() {
        List<String> p = new ArrayList<>();
        for (SebaranCapaian.Pita pita : SebaranCapaian.Pita.values()) {
            p.add(pita.kode());
        }
        return p;
    }

    /** The count of one band ({@code di-atas-100} …) of the year, as the read model holds it. */
    public int jumlahPita(String pita) {
        KinerjaTahunan k = getKinerja();
        if (k == null) {
            return 0;
        }
        for (SebaranCapaian.Pita p : SebaranCapaian.Pita.values()) {
            if (p.kode().equals(pita)) {
                return k.sebaran().jumlah(p);
            }
        }
        return 0;
    }

    /**
     * Chart.js model of the bar chart: capaian per sasaran as the read model holds it, with the 100 % line the band
     * counts are read against.
     */
    public String getGrafikSasaran() {
        KinerjaTahunan k = getKinerja();
        if (k == null) {
            return "{}";
        }
        JsonArrayBuilder label = Json.createArrayBuilder();
        JsonArrayBuilder data = Json.createArrayBuilder();
        JsonArrayBuilder seratus = Json.createArrayBuilder();
        for (KinerjaSasaran s : k.sasaran()) {
            label.add(s.kode());
            tambah(data, s.capaian() == null ? null : s.capaian().nilai());
            seratus.add(100);
        }
        JsonObjectBuilder batang = Json.createObjectBuilder().add("label", teks("capaian.grafik.capaian"))
                .add("data", data).add("backgroundColor", "#0b4f6c").add("borderRadius", 3).add("order", 2);
        JsonObjectBuilder garis = garis(teks("capaian.grafik.seratus"), seratus, "#c62828", true)
                .add("type", "line").add("order", 1);
        return Json.createObjectBuilder().add("type", "bar")
                .add("data", Json.createObjectBuilder().add("labels", label)
                        .add("datasets", Json.createArrayBuilder().add(batang).add(garis)))
                .add("options", Json.createObjectBuilder().add("locale", "id-ID").add("responsive", true)
                        .add("maintainAspectRatio", false)
                        .add("plugins", Json.createObjectBuilder()
                                .add("legend", Json.createObjectBuilder().add("position", "bottom"))
                                .add("title", Json.createObjectBuilder().add("display", true)
                                        .add("text", teks("capaian.grafik.judul") + " " + k.tahun())))
                        .add("scales", Json.createObjectBuilder().add("y", Json.createObjectBuilder()
                                .add("beginAtZero", true).add("title", Json.createObjectBuilder().add("display", true)
                                        .add("text", teks("capaian.grafik.sumbuY"))))))
                .build().toString();
    }

    // ---- trend over the Renstra years ----

    /** The indicators of the year the trend can show (code → "code — name"). */
    public Map<String, String> getPilihanIndikator() {
        Map<String, String> m = new LinkedHashMap<>();
        KinerjaTahunan k = getKinerja();
        if (k != null) {
            k.indikator().forEach(i -> m.put(i.kode() + " — " + i.nama(), i.kode()));
        }
        return m;
    }

    /** The indicator whose trend is shown: the chosen one, else the year's first with a capaian. */
    public String getIndikatorTren() {
        KinerjaTahunan k = getKinerja();
        if (k == null) {
            return null;
        }
        if (indikatorTren == null || k.indikator(indikatorTren).isEmpty()) {
            indikatorTren = k.indikator().stream().filter(i -> i.capaian() != null && i.capaian().bernilai())
                    .map(KinerjaIndikator::kode).findFirst()
                    .orElse(k.indikator().isEmpty() ? null : k.indikator().get(0).kode());
        }
        return indikatorTren;
    }

    public void setIndikatorTren(String kode) {
        this.indikatorTren = kode;
    }

    public KinerjaIndikator getIndikatorTerpilih() {
        KinerjaTahunan k = getKinerja();
        String kode = getIndikatorTren();
        return k == null || kode == null ? null : k.indikator(kode).orElse(null);
    }

    /** The chosen indicator's plan-end target as printed (Indonesian notation at its own precision). */
    public String getTargetAkhirTampil() {
        KinerjaIndikator i = getIndikatorTerpilih();
        return i == null || i.targetAkhir() == null ? null
                : id.akuntara.core.calc.AngkaFormatter.formatTepat(i.targetAkhir().stripTrailingZeros().scale() < 0
                        ? i.targetAkhir().setScale(0) : i.targetAkhir().stripTrailingZeros());
    }

    /** The years of the Renstra in force for the shown year (its period), else the years with figures, ascending. */
    public List<Integer> getTahunRenstra() {
        Integer th = getTahun();
        List<Integer> hasil = new ArrayList<>();
        if (th == null) {
            return hasil;
        }
        if (daftarRenstra == null) {
            daftarRenstra = renstra.daftar();
        }
        Optional<RingkasanRenstra> r = daftarRenstra.stream()
                .filter(x -> x.tahunMulai() <= th && th <= x.tahunSelesai())
                .filter(x -> !"DRAF".equals(x.status()))
                .max(Comparator.comparing((RingkasanRenstra x) -> "DITETAPKAN".equals(x.status())).thenComparingInt(RingkasanRenstra::tahunMulai));
        if (r.isPresent()) {
            for (int t = r.get().tahunMulai(); t <= r.get().tahunSelesai(); t++) {
                hasil.add(t);
            }
        } else {
            hasil.addAll(getDaftarTahun());
            hasil.sort(Comparator.naturalOrder());
        }
        return hasil;
    }

    /** The chosen indicator in each Renstra year: its figures that year, or empty figures where the year has none. */
    public List<TitikTren> getTren() {
        String kode = getIndikatorTren();
        List<TitikTren> hasil = new ArrayList<>();
        if (kode == null) {
            return hasil;
        }
        for (int t : getTahunRenstra()) {
            KinerjaIndikator i = getDaftarTahun().contains(t)
                    ? kinerja(t).flatMap(b -> b.kinerja().indikator(kode)).orElse(null) : null;
            hasil.add(new TitikTren(t, i));
        }
        return hasil;
    }

    /** One year of the trend; {@code indikator} null when the year has no figures for it. */
    public record TitikTren(int tahun, KinerjaIndikator indikator) {
    }

    /** Chart.js model of the trend: target and realisasi per year, and the plan-end target as a flat line. */
    public String getGrafikTren() {
        KinerjaIndikator pilih = getIndikatorTerpilih();
        if (pilih == null) {
            return "{}";
        }
        List<TitikTren> tren = getTren();
        JsonArrayBuilder label = Json.createArrayBuilder();
        JsonArrayBuilder target = Json.createArrayBuilder();
        JsonArrayBuilder realisasi = Json.createArrayBuilder();
        JsonArrayBuilder akhir = Json.createArrayBuilder();
        for (TitikTren t : tren) {
            label.add(String.valueOf(t.tahun()));
            KinerjaIndikator i = t.indikator();
            tambah(target, i == null || i.target() == null ? null : i.target().nilai());
            tambah(realisasi, i == null || i.realisasi() == null ? null : i.realisasi().nilai());
            tambah(akhir, pilih.targetAkhir());
        }
        JsonArrayBuilder dataset = Json.createArrayBuilder()
                .add(garis(teks("capaian.tren.target"), target, "#1565c0", false))
                .add(garis(teks("capaian.tren.realisasi"), realisasi, "#2e7d32", false));
        if (pilih.targetAkhir() != null) {
            dataset.add(garis(teks("capaian.tren.targetAkhir"), akhir, "#c62828", true));
        }
        return Json.createObjectBuilder().add("type", "line")
                .add("data", Json.createObjectBuilder().add("labels", label).add("datasets", dataset))
                .add("options", Json.createObjectBuilder().add("locale", "id-ID").add("responsive", true)
                        .add("maintainAspectRatio", false).add("spanGaps", true)
                        .add("plugins", Json.createObjectBuilder()
                                .add("legend", Json.createObjectBuilder().add("position", "bottom"))
                                .add("title", Json.createObjectBuilder().add("display", true)
                                        .add("text", pilih.kode() + (pilih.satuan() == null ? "" : " (" + pilih.satuan() + ")")))))
                .build().toString();
    }

    private static void tambah(JsonArrayBuilder a, BigDecimal n) {
        if (n == null) {
            a.addNull();
        } else {
            a.add(n);
        }
    }

    private static JsonObjectBuilder garis(String label, JsonArrayBuilder data, String warna, boolean putus) {
        JsonObjectBuilder g = Json.createObjectBuilder().add("label", label).add("data", data).add("borderColor", warna)
                .add("backgroundColor", warna).add("tension", 0).add("pointRadius", putus ? 0 : 4).add("fill", false);
        if (putus) {
            g.add("borderDash", Json.createArrayBuilder().add(6).add(4));
        }
        return g;
    }

    // ---- traces ----

    /** Chooses the trace shown in the dialog (a figure's trace id, e.g. {@code capaian/IK-EKPPD/TAHUNAN}). */
    public void pilihJejak(String id) {
        this.jejakTerpilih = id;
    }

    /** Chooses a trace of another year (the trend's figures). */
    public void pilihJejakTahun(int th, String id) {
        this.jejakTerpilih = th + ":" + id;
    }

    /** The chosen figure's trace, from the read model of its year. */
    public Jejak getJejak() {
        if (jejakTerpilih == null) {
            return null;
        }
        int th = getTahun() == null ? 0 : getTahun();
        String id = jejakTerpilih;
        int titikDua = id.indexOf(':');
        if (titikDua > 0) {
            th = Integer.parseInt(id.substring(0, titikDua));
            id = id.substring(titikDua + 1);
        }
        String cari = id;
        return kinerja(th).flatMap(b -> b.kinerja().jejak(cari)).orElse(null);
    }

    private static String teks(String kunci) {
        FacesContext f = FacesContext.getCurrentInstance();
        return java.util.ResourceBundle.getBundle("id.akuntara.web.faces.label", f.getViewRoot().getLocale()).getString(kunci);
    }
}
