package id.akuntara.core.domain.evaluasi;

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

/** A recommendation of the evaluator with its follow-up (kaltim-a sakipEvaluation recommendations, 42 items). */
@Entity
@Audited
@Table(name = "rekomendasi")
public class Rekomendasi extends EntitasTenant {

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "evaluasi_id", nullable = false)
    private EvaluasiSakip evaluasi;

    @Column(name = "urutan", nullable = false)
    private int urutan;

    @Column(name = "area")
    private String area;

    @Column(name = "teks", nullable = false)
    private String teks;

    @Enumerated(EnumType.STRING)
    @Column(name = "status_tindak_lanjut", nullable = false)
    private StatusTindakLanjut statusTindakLanjut;

    @Column(name = "tindak_lanjut")
    private String tindakLanjut;

    protected Rekomendasi() {
    }

    Rekomendasi(EvaluasiSakip evaluasi, int urutan, String area, String teks) {
        this.evaluasi = evaluasi;
        this.urutan = urutan;
        this.area = area;
        this.teks = Aturan.wajib(teks, "Teks rekomendasi");
        this.statusTindakLanjut = StatusTindakLanjut.BELUM;
    }

    /** Records the follow-up. */
    public void tindakLanjuti(StatusTindakLanjut status, String uraian) {
        this.statusTindakLanjut = Aturan.ada(status, "Status tindak lanjut");
        this.tindakLanjut = uraian;
    }

    public EvaluasiSakip getEvaluasi() {
        return evaluasi;
    }

    public int getUrutan() {
        return urutan;
    }

    public String getArea() {
        return area;
    }

    public String getTeks() {
        return teks;
    }

    public StatusTindakLanjut getStatusTindakLanjut() {
        return statusTindakLanjut;
    }

    public String getTindakLanjut() {
        return tindakLanjut;
    }
}
