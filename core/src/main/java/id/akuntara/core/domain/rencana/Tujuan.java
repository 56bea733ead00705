package id.akuntara.core.domain.rencana;

import id.akuntara.core.domain.bersama.Aturan;
import id.akuntara.core.domain.bersama.AturanDilanggarException;
import id.akuntara.core.domain.bersama.EntitasTenant;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import org.hibernate.envers.Audited;

import java.util.Optional;

/** A goal of the RPJMD or of a Renstra (exactly one of the two), optionally serving a misi. */
@Entity
@Audited
@Table(name = "tujuan")
public class Tujuan extends EntitasTenant {

    @Column(name = "kode", nullable = false, updatable = false)
    private String kode;

    @Column(name = "teks", nullable = false)
    private String teks;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "rpjmd_id")
    private Rpjmd rpjmd;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "renstra_id")
    private Renstra renstra;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "misi_id")
    private Misi misi;

    protected Tujuan() {
    }

    public Tujuan(String kode, String teks, Rpjmd rpjmd, Renstra renstra, Misi misi) {
        if ((rpjmd == null) == (renstra == null)) {
            throw new AturanDilanggarException("Tujuan " + kode + " harus milik tepat satu dokumen: RPJMD atau Renstra.");
        }
        this.kode = Aturan.wajib(kode, "Kode tujuan");
        this.teks = Aturan.wajib(teks, "Teks tujuan");
        this.rpjmd = rpjmd;
        this.renstra = renstra;
        this.misi = misi;
    }

    /** New text, and the Renstra it now belongs to (adopting a Perubahan Renstra moves the goal to the new version). */
    public void ubah(String teksBaru, Renstra renstraBaru) {
        if (renstra == null) {
            throw new AturanDilanggarException("Tujuan " + kode + " milik RPJMD, bukan Renstra: tidak diubah melalui Renstra.",
                    "Goal " + kode + " belongs to the RPJMD, not a Renstra: it is not changed through a Renstra.");
        }
        this.teks = Aturan.wajib(teksBaru, "Teks tujuan");
        this.renstra = Aturan.ada(renstraBaru, "Renstra");
    }

    /** The plan document whose period bounds this goal's targets. */
    public DokumenRencana dokumen() {
        return renstra != null ? renstra : rpjmd;
    }

    public String getKode() {
        return kode;
    }

    public String getTeks() {
        return teks;
    }

    public Optional<Rpjmd> getRpjmd() {
        return Optional.ofNullable(rpjmd);
    }

    public Optional<Renstra> getRenstra() {
        return Optional.ofNullable(renstra);
    }

    public Optional<Misi> getMisi() {
        return Optional.ofNullable(misi);
    }
}
