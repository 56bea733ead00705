package id.akuntara.core.domain.pemda;

import id.akuntara.core.calc.BatasPita;
import id.akuntara.core.calc.PitaPredikat;
import id.akuntara.core.domain.bersama.EntitasTenant;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import org.hibernate.envers.Audited;

import java.math.BigDecimal;
import java.util.Optional;

/** One band of a pemda's rating scale, bounds with explicit inclusiveness (calc.PitaPredikat). */
@Entity
@Audited
@Table(name = "pita_predikat")
public class PitaPredikatPemda extends EntitasTenant {

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "pengaturan_id", nullable = false)
    private PengaturanPemda pengaturan;

    @Column(name = "urutan", nullable = false)
    private int urutan;

    @Column(name = "label", nullable = false)
    private String label;

    @Column(name = "bawah", precision = 20, scale = 6)
    private BigDecimal bawah;

    @Column(name = "bawah_inklusif", nullable = false)
    private boolean bawahInklusif;

    @Column(name = "atas", precision = 20, scale = 6)
    private BigDecimal atas;

    @Column(name = "atas_inklusif", nullable = false)
    private boolean atasInklusif;

    protected PitaPredikatPemda() {
    }

    PitaPredikatPemda(PengaturanPemda pengaturan, int urutan, PitaPredikat pita) {
        this.pengaturan = pengaturan;
        this.urutan = urutan;
        this.label = pita.label();
        this.bawah = pita.bawah().map(BatasPita::nilai).orElse(null);
        this.bawahInklusif = pita.bawah().map(BatasPita::inklusif).orElse(false);
        this.atas = pita.atas().map(BatasPita::nilai).orElse(null);
        this.atasInklusif = pita.atas().map(BatasPita::inklusif).orElse(false);
    }

    PitaPredikat keKalkulasi() {
        return new PitaPredikat(label, Optional.ofNullable(bawah).map(b -> new BatasPita(b, bawahInklusif)),
                Optional.ofNullable(atas).map(a -> new BatasPita(a, atasInklusif)));
    }

    public int getUrutan() {
        return urutan;
    }

    public String getLabel() {
        return label;
    }
}
