package id.akuntara.core.domain.kepegawaian;

import id.akuntara.core.domain.bersama.Aturan;
import id.akuntara.core.domain.bersama.AturanDilanggarException;
import id.akuntara.core.domain.bersama.EntitasTenant;
import id.akuntara.core.domain.organisasi.Jabatan;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import org.hibernate.envers.Audited;

import java.time.LocalDate;
import java.util.Optional;

/**
 * A person in a position for a period ({@code mulai} to {@code selesai}, both inclusive; open while in office),
 * definitif or as Plt./Pj./Plh. An assignment is ended, never deleted, so old agreements still name the people who
 * signed them. PK parties are assignments, so the printed title carries the right prefix.
 */
@Entity
@Audited
@Table(name = "penugasan")
public class Penugasan extends EntitasTenant {

    @Column(name = "kode", nullable = false, updatable = false)
    private String kode;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "pegawai_id", nullable = false)
    private Pegawai pegawai;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "jabatan_id", nullable = false)
    private Jabatan jabatan;

    @Enumerated(EnumType.STRING)
    @Column(name = "jenis", nullable = false)
    private JenisPenugasan jenis;

    @Column(name = "mulai", nullable = false)
    private LocalDate mulai;

    @Column(name = "selesai")
    private LocalDate selesai;

    @Column(name = "dasar")
    private String dasar;

    protected Penugasan() {
    }

    public Penugasan(String kode, Pegawai pegawai, Jabatan jabatan, JenisPenugasan jenis, LocalDate mulai,
            LocalDate selesai, String dasar) {
        this.kode = Aturan.wajib(kode, "Kode penugasan");
        this.pegawai = Aturan.ada(pegawai, "Pegawai");
        this.jabatan = Aturan.ada(jabatan, "Jabatan");
        this.jenis = Aturan.ada(jenis, "Jenis penugasan");
        this.mulai = Aturan.ada(mulai, "Tanggal mulai penugasan");
        this.dasar = dasar;
        if (selesai != null) {
            akhiri(selesai);
        }
    }

    /** Ends the assignment on {@code tanggal} (inclusive). */
    public void akhiri(LocalDate tanggal) {
        if (selesai != null) {
            throw new AturanDilanggarException("Penugasan " + kode + " sudah berakhir pada " + selesai + ".");
        }
        if (tanggal.isBefore(mulai)) {
            throw new AturanDilanggarException("Penugasan " + kode + " tidak dapat berakhir sebelum dimulai.");
        }
        this.selesai = tanggal;
    }

    public boolean aktifPada(LocalDate tanggal) {
        return !tanggal.isBefore(mulai) && (selesai == null || !tanggal.isAfter(selesai));
    }

    /** The title as printed: "Plt. Asisten Pemerintahan dan Kesejahteraan Rakyat". */
    public String sebutanJabatan() {
        return jenis.awalan() + jabatan.getNama();
    }

    public String getKode() {
        return kode;
    }

    public Pegawai getPegawai() {
        return pegawai;
    }

    public Jabatan getJabatan() {
        return jabatan;
    }

    public JenisPenugasan getJenis() {
        return jenis;
    }

    public LocalDate getMulai() {
        return mulai;
    }

    public Optional<LocalDate> getSelesai() {
        return Optional.ofNullable(selesai);
    }

    public String getDasar() {
        return dasar;
    }
}
