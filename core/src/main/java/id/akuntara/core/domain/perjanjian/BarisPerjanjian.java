package id.akuntara.core.domain.perjanjian;

import id.akuntara.core.domain.bersama.Aturan;
import id.akuntara.core.domain.bersama.EntitasTenant;
import id.akuntara.core.domain.rencana.IndikatorKinerja;
import id.akuntara.core.domain.rencana.Sasaran;
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
 * A row of a PK: sasaran, indikator, satuan, target as printed in the signed document (kaltim-c agreements
 * targets). The texts are kept as signed; the links to the plan's sasaran and indicator are optional.
 */
@Entity
@Audited
@Table(name = "baris_perjanjian")
public class BarisPerjanjian extends EntitasTenant {

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "perjanjian_id", nullable = false)
    private PerjanjianKinerja perjanjian;

    @Column(name = "urutan", nullable = false)
    private int urutan;

    @Column(name = "sasaran_teks", nullable = false)
    private String sasaranTeks;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "sasaran_id")
    private Sasaran sasaran;

    @Column(name = "indikator_teks", nullable = false)
    private String indikatorTeks;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "indikator_id")
    private IndikatorKinerja indikator;

    @Column(name = "satuan")
    private String satuan;

    @Column(name = "target_nilai", precision = 20, scale = 6)
    private BigDecimal targetNilai;

    @Column(name = "target_label")
    private String targetLabel;

    protected BarisPerjanjian() {
    }

    /** Row content, independent of the agreement it is placed in. */
    public record Isi(String sasaranTeks, Sasaran sasaran, String indikatorTeks, IndikatorKinerja indikator,
            String satuan, BigDecimal targetNilai, String targetLabel) {
    }

    BarisPerjanjian(PerjanjianKinerja perjanjian, int urutan, Isi isi) {
        this.perjanjian = perjanjian;
        this.urutan = urutan;
        ganti(isi);
    }

    /** New content in the same place (only through the agreement, which checks it is a draft). */
    void ganti(Isi isi) {
        this.sasaranTeks = Aturan.wajib(isi.sasaranTeks(), "Sasaran baris PK");
        this.sasaran = isi.sasaran();
        this.indikatorTeks = Aturan.wajib(isi.indikatorTeks(), "Indikator baris PK");
        this.indikator = isi.indikator();
        this.satuan = isi.satuan();
        this.targetNilai = isi.targetNilai();
        this.targetLabel = isi.targetLabel();
    }

    public Isi isi() {
        return new Isi(sasaranTeks, sasaran, indikatorTeks, indikator, satuan, targetNilai, targetLabel);
    }

    public PerjanjianKinerja getPerjanjian() {
        return perjanjian;
    }

    public int getUrutan() {
        return urutan;
    }

    public String getSasaranTeks() {
        return sasaranTeks;
    }

    public Optional<Sasaran> getSasaran() {
        return Optional.ofNullable(sasaran);
    }

    public String getIndikatorTeks() {
        return indikatorTeks;
    }

    public Optional<IndikatorKinerja> getIndikator() {
        return Optional.ofNullable(indikator);
    }

    public String getSatuan() {
        return satuan;
    }

    public Optional<BigDecimal> getTargetNilai() {
        return Optional.ofNullable(targetNilai);
    }

    public String getTargetLabel() {
        return targetLabel;
    }
}
