package id.akuntara.core.domain.perjanjian;

import id.akuntara.core.domain.anggaran.PosAnggaran;
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
import java.util.Optional;

/** A program in a PK with its amount (Rp) and funding source ("APBD"), as signed; optionally linked to the budget. */
@Entity
@Audited
@Table(name = "program_perjanjian")
public class ProgramPerjanjian extends EntitasTenant {

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "perjanjian_id", nullable = false)
    private PerjanjianKinerja perjanjian;

    @Column(name = "urutan", nullable = false)
    private int urutan;

    @Column(name = "nama_program", nullable = false)
    private String namaProgram;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "pos_anggaran_id")
    private PosAnggaran posAnggaran;

    @Column(name = "jumlah", nullable = false, precision = 20, scale = 2)
    private BigDecimal jumlah;

    @Column(name = "sumber_dana")
    private String sumberDana;

    protected ProgramPerjanjian() {
    }

    /** Program content, independent of the agreement it is placed in. */
    public record Isi(String namaProgram, PosAnggaran posAnggaran, BigDecimal jumlah, String sumberDana) {
    }

    ProgramPerjanjian(PerjanjianKinerja perjanjian, int urutan, Isi isi) {
        this.perjanjian = perjanjian;
        this.urutan = urutan;
        ganti(isi);
    }

    /** New content in the same place (only through the agreement, which checks it is a draft). */
    void ganti(Isi isi) {
        this.namaProgram = Aturan.wajib(isi.namaProgram(), "Nama program PK");
        this.posAnggaran = isi.posAnggaran();
        this.jumlah = Aturan.tidakNegatif(Aturan.ada(isi.jumlah(), "Jumlah anggaran program PK"), "Jumlah anggaran program PK");
        this.sumberDana = isi.sumberDana();
    }

    public Isi isi() {
        return new Isi(namaProgram, posAnggaran, jumlah, sumberDana);
    }

    public PerjanjianKinerja getPerjanjian() {
        return perjanjian;
    }

    public int getUrutan() {
        return urutan;
    }

    public String getNamaProgram() {
        return namaProgram;
    }

    public Optional<PosAnggaran> getPosAnggaran() {
        return Optional.ofNullable(posAnggaran);
    }

    public BigDecimal getJumlah() {
        return jumlah;
    }

    public String getSumberDana() {
        return sumberDana;
    }
}
