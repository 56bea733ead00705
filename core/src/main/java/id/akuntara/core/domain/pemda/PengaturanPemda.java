package id.akuntara.core.domain.pemda;

import id.akuntara.core.calc.BatasCapaian;
import id.akuntara.core.calc.KebijakanAgregasi;
import id.akuntara.core.calc.ModePembulatan;
import id.akuntara.core.calc.PenangananKosong;
import id.akuntara.core.calc.Pembulatan;
import id.akuntara.core.calc.SkalaPredikat;
import id.akuntara.core.domain.bersama.Aturan;
import id.akuntara.core.domain.bersama.EntitasTenant;
import id.akuntara.core.domain.rencana.SumberTarget;
import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import org.hibernate.envers.Audited;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Optional;

/**
 * A pemda's own choices, edited by its administrator (the last configuration layer of architecture.md): its
 * plugin, the authoritative target source, the rating scale (Pangkalpinang: &gt;100 Baik Sekali … &lt;55 Kurang;
 * Klungkung: none), display rounding (Pangkalpinang truncates), capping (none in the seeds) and how blanks enter
 * averages (Klungkung counted a blank as zero). One per pemda. The registry row ({@link Pemda}) holds what the
 * platform operator sets: code, name, level, time zone, report name.
 */
@Entity
@Audited
@Table(name = "pengaturan_pemda")
public class PengaturanPemda extends EntitasTenant {

    @Column(name = "plugin", nullable = false)
    private String plugin;

    @Enumerated(EnumType.STRING)
    @Column(name = "sumber_target", nullable = false)
    private SumberTarget sumberTarget;

    @Column(name = "nama_skala")
    private String namaSkala;

    @Column(name = "desimal_tampil", nullable = false)
    private int desimalTampil;

    @Enumerated(EnumType.STRING)
    @Column(name = "mode_pembulatan", nullable = false)
    private ModePembulatan modePembulatan;

    @Column(name = "batas_capaian", precision = 9, scale = 4)
    private BigDecimal batasCapaian;

    @Enumerated(EnumType.STRING)
    @Column(name = "penanganan_kosong", nullable = false)
    private PenangananKosong penangananKosong;

    @Column(name = "bulatkan_dulu", nullable = false)
    private boolean bulatkanDulu;

    @Column(name = "nama_laporan")
    private String namaLaporan;

    @Column(name = "kepala_daerah")
    private String kepalaDaerah;

    /** The pemda's own report outline as the data package writes it ({@code pengaturan.kerangkaLaporan}, JSON). */
    @Column(name = "kerangka_laporan")
    private String kerangkaLaporan;

    /** The pemda's logo for the report's cover, a PNG in base64 as the data package writes it ({@code pengaturan.logo}). */
    @Column(name = "logo")
    private String logo;

    @OneToMany(mappedBy = "pengaturan", cascade = CascadeType.ALL, orphanRemoval = true)
    @OrderBy("urutan")
    private List<PitaPredikatPemda> pita = new ArrayList<>();

    protected PengaturanPemda() {
    }

    /** Defaults of the calculation engine: Renstra targets, 2 decimals half-up, no capping, blanks excluded. */
    public PengaturanPemda(String plugin) {
        this.plugin = Aturan.wajib(plugin, "Plugin");
        this.sumberTarget = SumberTarget.RENSTRA;
        this.desimalTampil = Pembulatan.STANDAR.skala();
        this.modePembulatan = Pembulatan.STANDAR.mode();
        this.penangananKosong = KebijakanAgregasi.STANDAR.kosong();
        this.bulatkanDulu = KebijakanAgregasi.STANDAR.bulatkanDulu();
    }

    /** The plugin the pemda's data package names (its level's plugin id, e.g. {@code kabupaten}). */
    public void ubahPlugin(String plugin) {
        this.plugin = Aturan.wajib(plugin, "Plugin");
    }

    public void ubahKebijakan(SumberTarget sumber, Pembulatan pembulatan, BatasCapaian batas, KebijakanAgregasi agregasi) {
        this.sumberTarget = Aturan.ada(sumber, "Sumber target");
        this.desimalTampil = pembulatan.skala();
        this.modePembulatan = pembulatan.mode();
        this.batasCapaian = batas.maksimum().orElse(null);
        this.penangananKosong = agregasi.kosong();
        this.bulatkanDulu = agregasi.bulatkanDulu();
    }

    /**
     * Chooses the authoritative target source alone (domain.md "which target counts"): the measurement takes this
     * source's target first and falls back in the fixed order when it has none.
     */
    public void ubahSumberTarget(SumberTarget sumber) {
        this.sumberTarget = Aturan.ada(sumber, "Sumber target");
    }

    /**
     * The pemda's own report settings, each null to keep the default: the report's name (LAKIP, LKIP, LKjIP; else the
     * registry's {@code pemda.nama_laporan}), the head of region as the report addresses them, and the report outline
     * as JSON in the data package's form (checked by the package check or the settings page before it gets here).
     */
    public void ubahLaporan(String namaLaporan, String kepalaDaerah, String kerangkaLaporanJson) {
        this.namaLaporan = kosongJadiNull(namaLaporan);
        this.kepalaDaerah = kosongJadiNull(kepalaDaerah);
        this.kerangkaLaporan = kosongJadiNull(kerangkaLaporanJson);
    }

    /** The pemda's logo (PNG in base64, checked by the package check before it gets here); null: the neutral emblem. */
    public void ubahLogo(String logoBase64) {
        this.logo = kosongJadiNull(logoBase64);
    }

    public Optional<String> getLogo() {
        return Optional.ofNullable(logo);
    }

    private static String kosongJadiNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }

    public Optional<String> getNamaLaporan() {
        return Optional.ofNullable(namaLaporan);
    }

    public Optional<String> getKepalaDaerah() {
        return Optional.ofNullable(kepalaDaerah);
    }

    public Optional<String> getKerangkaLaporan() {
        return Optional.ofNullable(kerangkaLaporan);
    }

    /** Replaces the rating scale (null name: no scale); refused when the calculation engine refuses the bands. */
    public void gantiSkala(SkalaPredikat skala) {
        pita.clear();
        if (skala == null) {
            namaSkala = null;
            return;
        }
        namaSkala = skala.nama();
        skala.pita().forEach(p -> pita.add(new PitaPredikatPemda(this, pita.size() + 1, p)));
    }

    public Optional<SkalaPredikat> skalaPredikat() {
        return namaSkala == null || pita.isEmpty() ? Optional.empty()
                : Optional.of(new SkalaPredikat(namaSkala, pita.stream().map(PitaPredikatPemda::keKalkulasi).toList()));
    }

    public Pembulatan pembulatan() {
        return new Pembulatan(desimalTampil, modePembulatan);
    }

    public BatasCapaian batasCapaian() {
        return batasCapaian == null ? BatasCapaian.TANPA : BatasCapaian.maksimum(batasCapaian);
    }

    public KebijakanAgregasi kebijakanAgregasi() {
        return new KebijakanAgregasi(bulatkanDulu, penangananKosong, Pembulatan.STANDAR);
    }

    public String getPlugin() {
        return plugin;
    }

    public SumberTarget getSumberTarget() {
        return sumberTarget;
    }

    public List<PitaPredikatPemda> getPita() {
        return Collections.unmodifiableList(pita);
    }
}
