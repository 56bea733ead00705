package id.akuntara.core.domain.pengukuran;

import id.akuntara.core.domain.bersama.Aturan;
import id.akuntara.core.domain.bersama.AturanDilanggarException;
import id.akuntara.core.domain.bersama.EntitasTenant;
import id.akuntara.core.domain.rencana.IndikatorKinerja;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import org.hibernate.envers.Audited;

import java.math.BigDecimal;
import java.util.Optional;

/**
 * A quarterly target of the action plan (rencana aksi); some indicators are measured in one quarter only, so a
 * quarter may simply have no row.
 */
@Entity
@Audited
@Table(name = "rencana_aksi")
public class RencanaAksi extends EntitasTenant {

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "indikator_id", nullable = false)
    private IndikatorKinerja indikator;

    @Column(name = "tahun", nullable = false)
    private int tahun;

    @Column(name = "triwulan", nullable = false)
    private int triwulan;

    @Column(name = "target_nilai", precision = 20, scale = 6)
    private BigDecimal targetNilai;

    @Column(name = "target_label")
    private String targetLabel;

    @Column(name = "uraian")
    private String uraian;

    protected RencanaAksi() {
    }

    public RencanaAksi(IndikatorKinerja indikator, int tahun, int triwulan, BigDecimal targetNilai, String targetLabel,
            String uraian) {
        if (triwulan < 1 || triwulan > 4) {
            throw new AturanDilanggarException("Triwulan harus 1–4, bukan " + triwulan + ".");
        }
        this.indikator = Aturan.ada(indikator, "Indikator");
        this.tahun = tahun;
        this.triwulan = triwulan;
        this.targetNilai = targetNilai;
        this.targetLabel = targetLabel;
        this.uraian = uraian;
    }

    public IndikatorKinerja getIndikator() {
        return indikator;
    }

    public int getTahun() {
        return tahun;
    }

    public int getTriwulan() {
        return triwulan;
    }

    public Optional<BigDecimal> getTargetNilai() {
        return Optional.ofNullable(targetNilai);
    }

    public String getTargetLabel() {
        return targetLabel;
    }

    public String getUraian() {
        return uraian;
    }
}
