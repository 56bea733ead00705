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

/** A mission of the RPJMD, with its printed number (kaltim-a plan.misi printedNo). */
@Entity
@Audited
@Table(name = "misi")
public class Misi extends EntitasTenant {

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "rpjmd_id", nullable = false)
    private Rpjmd rpjmd;

    @Column(name = "nomor", nullable = false)
    private int nomor;

    @Column(name = "teks", nullable = false)
    private String teks;

    protected Misi() {
    }

    public Misi(Rpjmd rpjmd, int nomor, String teks) {
        this.rpjmd = Aturan.ada(rpjmd, "RPJMD");
        this.nomor = nomor;
        this.teks = Aturan.wajib(teks, "Teks misi");
    }

    public Rpjmd getRpjmd() {
        return rpjmd;
    }

    public int getNomor() {
        return nomor;
    }

    public String getTeks() {
        return teks;
    }
}
