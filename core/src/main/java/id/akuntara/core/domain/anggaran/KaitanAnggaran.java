package id.akuntara.core.domain.anggaran;

import id.akuntara.core.domain.bersama.Aturan;
import id.akuntara.core.domain.bersama.AturanDilanggarException;
import id.akuntara.core.domain.bersama.EntitasTenant;
import id.akuntara.core.domain.rencana.IndikatorKinerja;
import id.akuntara.core.domain.rencana.Sasaran;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import org.hibernate.envers.Audited;

import java.util.Optional;

/** A budget line supports a sasaran or an indicator (kaltim-b pkBudget budgetRef; klungkung budget pkSasaran). */
@Entity
@Audited
@Table(name = "kaitan_anggaran")
public class KaitanAnggaran extends EntitasTenant {

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "pos_anggaran_id", nullable = false)
    private PosAnggaran posAnggaran;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "sasaran_id")
    private Sasaran sasaran;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "indikator_id")
    private IndikatorKinerja indikator;

    protected KaitanAnggaran() {
    }

    public KaitanAnggaran(PosAnggaran posAnggaran, Sasaran sasaran, IndikatorKinerja indikator) {
        this.posAnggaran = Aturan.ada(posAnggaran, "Pos anggaran");
        if (sasaran == null && indikator == null) {
            throw new AturanDilanggarException("Kaitan anggaran " + posAnggaran.getKode() + " harus menunjuk sasaran atau indikator.");
        }
        this.sasaran = sasaran;
        this.indikator = indikator;
    }

    public PosAnggaran getPosAnggaran() {
        return posAnggaran;
    }

    public Optional<Sasaran> getSasaran() {
        return Optional.ofNullable(sasaran);
    }

    public Optional<IndikatorKinerja> getIndikator() {
        return Optional.ofNullable(indikator);
    }
}
