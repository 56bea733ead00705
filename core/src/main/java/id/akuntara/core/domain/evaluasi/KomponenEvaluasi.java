package id.akuntara.core.domain.evaluasi;

import id.akuntara.core.calc.Komponen;
import id.akuntara.core.domain.bersama.Aturan;
import id.akuntara.core.domain.bersama.EntitasTenant;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import org.hibernate.envers.Audited;

import java.math.BigDecimal;

/** A component of a SAKIP evaluation with its weight (%) and the score earned out of it (kaltim-a Tabel 3.1). */
@Entity
@Audited
@Table(name = "komponen_evaluasi")
public class KomponenEvaluasi extends EntitasTenant {

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "evaluasi_id", nullable = false)
    private EvaluasiSakip evaluasi;

    @Column(name = "urutan", nullable = false)
    private int urutan;

    @Column(name = "nama", nullable = false)
    private String nama;

    @Column(name = "bobot", nullable = false, precision = 9, scale = 4)
    private BigDecimal bobot;

    @Column(name = "nilai", nullable = false, precision = 9, scale = 4)
    private BigDecimal nilai;

    protected KomponenEvaluasi() {
    }

    KomponenEvaluasi(EvaluasiSakip evaluasi, int urutan, String nama, BigDecimal bobot, BigDecimal nilai) {
        this.evaluasi = evaluasi;
        this.urutan = urutan;
        this.nama = Aturan.wajib(nama, "Nama komponen");
        this.bobot = Aturan.tidakNegatif(Aturan.ada(bobot, "Bobot komponen"), "Bobot komponen");
        this.nilai = Aturan.tidakNegatif(Aturan.ada(nilai, "Nilai komponen"), "Nilai komponen");
    }

    Komponen keKalkulasi() {
        return new Komponen(nama, nilai, bobot);
    }

    public EvaluasiSakip getEvaluasi() {
        return evaluasi;
    }

    public int getUrutan() {
        return urutan;
    }

    public String getNama() {
        return nama;
    }

    public BigDecimal getBobot() {
        return bobot;
    }

    public BigDecimal getNilai() {
        return nilai;
    }
}
