package id.akuntara.core.domain.rencana;

import id.akuntara.core.domain.bersama.Aturan;
import id.akuntara.core.domain.bersama.EntitasTenant;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import org.hibernate.envers.Audited;

/** An indicator in an IKU set, at its printed position. */
@Entity
@Audited
@Table(name = "anggota_iku")
public class AnggotaIku extends EntitasTenant {

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "iku_id", nullable = false)
    private Iku iku;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "indikator_id", nullable = false)
    private IndikatorKinerja indikator;

    @Column(name = "urutan", nullable = false)
    private int urutan;

    protected AnggotaIku() {
    }

    public AnggotaIku(Iku iku, IndikatorKinerja indikator, int urutan) {
        this.iku = Aturan.ada(iku, "IKU");
        this.indikator = Aturan.ada(indikator, "Indikator");
        this.urutan = urutan;
    }

    /** Moves the member to another printed position in its set. */
    public void pindahKe(int urutanBaru) {
        this.urutan = urutanBaru;
    }

    public Iku getIku() {
        return iku;
    }

    public IndikatorKinerja getIndikator() {
        return indikator;
    }

    public int getUrutan() {
        return urutan;
    }
}
