package id.akuntara.core.domain.rencana;

import id.akuntara.core.domain.bersama.Aturan;
import id.akuntara.core.domain.bersama.AturanDilanggarException;
import id.akuntara.core.domain.bersama.EntitasTenant;
import id.akuntara.core.domain.organisasi.UnitOrganisasi;
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
 * What feeds a composite indicator: another indicator (Klungkung's mean of sasaran capaian; Indeks RB 60/40 with
 * {@code bobot}) or a unit (Kaltim's share of PD with SAKIP ≥ B, kaltim-b unitSakipSummary countAtLeastB 28 of 37).
 */
@Entity
@Audited
@Table(name = "anggota_komposit")
public class AnggotaKomposit extends EntitasTenant {

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "komposit_id", nullable = false)
    private IndikatorKinerja komposit;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "indikator_id")
    private IndikatorKinerja indikator;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "unit_id")
    private UnitOrganisasi unit;

    @Column(name = "bobot", precision = 9, scale = 4)
    private BigDecimal bobot;

    protected AnggotaKomposit() {
    }

    public AnggotaKomposit(IndikatorKinerja komposit, IndikatorKinerja indikator, UnitOrganisasi unit, BigDecimal bobot) {
        this.komposit = Aturan.ada(komposit, "Indikator komposit");
        if ((indikator == null) == (unit == null)) {
            throw new AturanDilanggarException("Anggota komposit " + komposit.getKode() + " harus berupa tepat satu indikator atau unit.");
        }
        if (!komposit.getJenis().komposit()) {
            throw new AturanDilanggarException("Indikator " + komposit.getKode() + " bukan indikator komposit.");
        }
        if (indikator == komposit) {
            throw new AturanDilanggarException("Indikator " + komposit.getKode() + " tidak boleh menjadi anggota dirinya sendiri.");
        }
        this.indikator = indikator;
        this.unit = unit;
        this.bobot = Aturan.tidakNegatif(bobot, "Bobot");
    }

    public IndikatorKinerja getKomposit() {
        return komposit;
    }

    public Optional<IndikatorKinerja> getIndikator() {
        return Optional.ofNullable(indikator);
    }

    public Optional<UnitOrganisasi> getUnit() {
        return Optional.ofNullable(unit);
    }

    public Optional<BigDecimal> getBobot() {
        return Optional.ofNullable(bobot);
    }
}
