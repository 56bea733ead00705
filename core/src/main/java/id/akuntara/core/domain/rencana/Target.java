package id.akuntara.core.domain.rencana;

import id.akuntara.core.domain.bersama.Aturan;
import id.akuntara.core.domain.bersama.AturanDilanggarException;
import id.akuntara.core.domain.bersama.EntitasTenant;
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
import java.util.Optional;

/**
 * The target of an indicator for a year according to one source: a value (or a range up to {@code nilaiAtas}),
 * the label as printed ("66 (peringkat 4)", "77,10 (B/Baik)") and the unit for that year (units can change
 * between years). A target must lie within the period of the plan that holds the indicator.
 */
@Entity
@Audited
@Table(name = "target_indikator")
public class Target extends EntitasTenant {

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "indikator_id", nullable = false)
    private IndikatorKinerja indikator;

    @Column(name = "tahun", nullable = false)
    private int tahun;

    @Enumerated(EnumType.STRING)
    @Column(name = "sumber", nullable = false)
    private SumberTarget sumber;

    @Column(name = "nilai", precision = 20, scale = 6)
    private BigDecimal nilai;

    @Column(name = "nilai_atas", precision = 20, scale = 6)
    private BigDecimal nilaiAtas;

    @Column(name = "label")
    private String label;

    @Column(name = "satuan")
    private String satuan;

    protected Target() {
    }

    public Target(IndikatorKinerja indikator, int tahun, SumberTarget sumber, BigDecimal nilai, BigDecimal nilaiAtas,
            String label, String satuan) {
        this.indikator = Aturan.ada(indikator, "Indikator");
        DokumenRencana dok = indikator.dokumen();
        if (!dok.mencakup(tahun)) {
            throw new AturanDilanggarException("Target " + indikator.getKode() + " tahun " + tahun + " di luar periode rencana "
                    + dok.getTahunMulai() + "–" + dok.getTahunSelesai() + ".");
        }
        if (nilai == null && (label == null || label.isBlank())) {
            throw new AturanDilanggarException("Target " + indikator.getKode() + " tahun " + tahun + " tidak memiliki nilai maupun label.");
        }
        if (nilaiAtas != null && (nilai == null || nilaiAtas.compareTo(nilai) < 0)) {
            throw new AturanDilanggarException("Batas atas target " + indikator.getKode() + " lebih kecil dari batas bawahnya.");
        }
        this.tahun = tahun;
        this.sumber = Aturan.ada(sumber, "Sumber target");
        this.nilai = nilai;
        this.nilaiAtas = nilaiAtas;
        this.label = label;
        this.satuan = satuan;
    }

    /** A new value for the same indicator, year and source (adopting a Renstra draft); the same rules as at creation. */
    public void ubah(BigDecimal nilaiBaru, BigDecimal nilaiAtasBaru, String labelBaru, String satuanBaru) {
        if (nilaiBaru == null && (labelBaru == null || labelBaru.isBlank())) {
            throw new AturanDilanggarException("Target " + indikator.getKode() + " tahun " + tahun + " tidak memiliki nilai maupun label.");
        }
        if (nilaiAtasBaru != null && (nilaiBaru == null || nilaiAtasBaru.compareTo(nilaiBaru) < 0)) {
            throw new AturanDilanggarException("Batas atas target " + indikator.getKode() + " lebih kecil dari batas bawahnya.");
        }
        this.nilai = nilaiBaru;
        this.nilaiAtas = nilaiAtasBaru;
        this.label = labelBaru;
        this.satuan = satuanBaru;
    }

    /** The target as the calculation engine takes it. */
    public id.akuntara.core.calc.Target keKalkulasi() {
        if (nilai == null) {
            return id.akuntara.core.calc.Target.tidakAda("target hanya berupa label: " + label);
        }
        return nilaiAtas == null ? id.akuntara.core.calc.Target.nilai(nilai) : id.akuntara.core.calc.Target.rentang(nilai, nilaiAtas);
    }

    public IndikatorKinerja getIndikator() {
        return indikator;
    }

    public int getTahun() {
        return tahun;
    }

    public SumberTarget getSumber() {
        return sumber;
    }

    public Optional<BigDecimal> getNilai() {
        return Optional.ofNullable(nilai);
    }

    public Optional<BigDecimal> getNilaiAtas() {
        return Optional.ofNullable(nilaiAtas);
    }

    public String getLabel() {
        return label;
    }

    public String getSatuan() {
        return satuan;
    }
}
