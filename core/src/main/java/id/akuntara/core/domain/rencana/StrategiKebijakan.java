package id.akuntara.core.domain.rencana;

import id.akuntara.core.domain.bersama.Aturan;
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

import java.util.Optional;

/** A strategy or policy direction of a Renstra, optionally tied to one sasaran (klungkung plan.strategi/arahKebijakan). */
@Entity
@Audited
@Table(name = "strategi_kebijakan")
public class StrategiKebijakan extends EntitasTenant {

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "renstra_id", nullable = false)
    private Renstra renstra;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "sasaran_id")
    private Sasaran sasaran;

    @Enumerated(EnumType.STRING)
    @Column(name = "jenis", nullable = false)
    private JenisStrategi jenis;

    @Column(name = "urutan", nullable = false)
    private int urutan;

    @Column(name = "teks", nullable = false)
    private String teks;

    protected StrategiKebijakan() {
    }

    public StrategiKebijakan(Renstra renstra, Sasaran sasaran, JenisStrategi jenis, int urutan, String teks) {
        this.renstra = Aturan.ada(renstra, "Renstra");
        this.sasaran = sasaran;
        this.jenis = Aturan.ada(jenis, "Jenis");
        this.urutan = urutan;
        this.teks = Aturan.wajib(teks, "Teks strategi/arah kebijakan");
    }

    public Renstra getRenstra() {
        return renstra;
    }

    public Optional<Sasaran> getSasaran() {
        return Optional.ofNullable(sasaran);
    }

    public JenisStrategi getJenis() {
        return jenis;
    }

    public int getUrutan() {
        return urutan;
    }

    public String getTeks() {
        return teks;
    }
}
