package id.akuntara.core.domain.pengukuran;

import id.akuntara.core.calc.BatasCapaian;
import id.akuntara.core.calc.CapaianCalculator;
import id.akuntara.core.calc.HasilHitung;
import id.akuntara.core.calc.Predikat;
import id.akuntara.core.calc.SkalaPredikat;
import id.akuntara.core.domain.bersama.Aturan;
import id.akuntara.core.domain.bersama.EntitasTenant;
import id.akuntara.core.domain.rencana.IndikatorKinerja;
import id.akuntara.core.domain.rencana.SumberTarget;
import id.akuntara.core.domain.rencana.Target;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import org.hibernate.envers.Audited;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.Optional;

/**
 * A computed capaian and predikat, stored as a snapshot with everything it was computed from (target and its
 * source, realisation and its state, polarity, capping, scale) and the rule-set version, so a printed report can
 * be reproduced years later (architecture.md "Calculations"). Never a printed figure taken as truth: only
 * {@link #hitung} creates one, through the calculation engine. Snapshots are inserted, never changed.
 */
@Entity
@Audited
@Table(name = "hasil_capaian")
public class HasilCapaian extends EntitasTenant {

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "indikator_id", nullable = false, updatable = false)
    private IndikatorKinerja indikator;

    @Column(name = "tahun", nullable = false, updatable = false)
    private int tahun;

    @Enumerated(EnumType.STRING)
    @Column(name = "periode", nullable = false, updatable = false)
    private Periode periode;

    @Enumerated(EnumType.STRING)
    @Column(name = "sumber_target", nullable = false, updatable = false)
    private SumberTarget sumberTarget;

    @Column(name = "target_nilai", precision = 20, scale = 6, updatable = false)
    private BigDecimal targetNilai;

    @Enumerated(EnumType.STRING)
    @Column(name = "status_realisasi", nullable = false, updatable = false)
    private StatusNilai statusRealisasi;

    @Column(name = "realisasi_nilai", precision = 20, scale = 6, updatable = false)
    private BigDecimal realisasiNilai;

    @Column(name = "polaritas", nullable = false, updatable = false)
    private String polaritas;

    @Column(name = "batas_capaian", precision = 20, scale = 6, updatable = false)
    private BigDecimal batasCapaian;

    @Column(name = "status_hasil", nullable = false, updatable = false)
    private String statusHasil;

    @Column(name = "capaian", precision = 30, scale = 16, updatable = false)
    private BigDecimal capaian;

    @Column(name = "keterangan", updatable = false)
    private String keterangan;

    @Column(name = "predikat", updatable = false)
    private String predikat;

    @Column(name = "versi_aturan", nullable = false, updatable = false)
    private String versiAturan;

    @Column(name = "dihitung_pada", nullable = false, updatable = false)
    private Instant dihitungPada;

    protected HasilCapaian() {
    }

    /**
     * Computes capaian (CapaianCalculator, then the pemda's capping) and predikat (the pemda's scale, if any)
     * and keeps the inputs.
     */
    public static HasilCapaian hitung(Target target, RealisasiIndikator realisasi, BatasCapaian batas,
            Optional<SkalaPredikat> skala, String versiAturan, Instant waktu) {
        IndikatorKinerja indikator = target.getIndikator();
        HasilHitung hasil = batas.terapkan(CapaianCalculator.hitung(indikator.getPolaritas(), target.keKalkulasi(),
                realisasi.keKalkulasi()));
        HasilCapaian h = new HasilCapaian();
        h.indikator = indikator;
        h.tahun = realisasi.getTahun();
        h.periode = realisasi.getPeriode();
        h.sumberTarget = target.getSumber();
        h.targetNilai = target.getNilai().orElse(null);
        h.statusRealisasi = realisasi.getStatusNilai();
        h.realisasiNilai = realisasi.getNilai().orElse(null);
        h.polaritas = indikator.getPolaritas().kode();
        h.batasCapaian = batas.maksimum().orElse(null);
        h.statusHasil = hasil.status().kode();
        h.capaian = hasil.nilai().orElse(null);
        h.keterangan = hasil.alasan();
        h.predikat = hasil.nilai().flatMap(n -> skala.map(s -> s.tentukan(n))).map(Predikat::tampil).orElse(null);
        h.versiAturan = Aturan.wajib(versiAturan, "Versi aturan");
        h.dihitungPada = waktu;
        return h;
    }

    public IndikatorKinerja getIndikator() {
        return indikator;
    }

    public int getTahun() {
        return tahun;
    }

    public Periode getPeriode() {
        return periode;
    }

    public SumberTarget getSumberTarget() {
        return sumberTarget;
    }

    public Optional<BigDecimal> getTargetNilai() {
        return Optional.ofNullable(targetNilai);
    }

    public StatusNilai getStatusRealisasi() {
        return statusRealisasi;
    }

    public Optional<BigDecimal> getRealisasiNilai() {
        return Optional.ofNullable(realisasiNilai);
    }

    public String getStatusHasil() {
        return statusHasil;
    }

    public Optional<BigDecimal> getCapaian() {
        return Optional.ofNullable(capaian);
    }

    public String getKeterangan() {
        return keterangan;
    }

    public Optional<String> getPredikat() {
        return Optional.ofNullable(predikat);
    }

    public String getVersiAturan() {
        return versiAturan;
    }

    public Instant getDihitungPada() {
        return dihitungPada;
    }
}
