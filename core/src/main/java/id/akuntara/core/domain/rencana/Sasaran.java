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

/** A strategic objective under a goal; its capaian is the mean of its indicators' capaian (domain.md). */
@Entity
@Audited
@Table(name = "sasaran")
public class Sasaran extends EntitasTenant {

    @Column(name = "kode", nullable = false, updatable = false)
    private String kode;

    @Column(name = "teks", nullable = false)
    private String teks;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "tujuan_id", nullable = false)
    private Tujuan tujuan;

    protected Sasaran() {
    }

    public Sasaran(String kode, String teks, Tujuan tujuan) {
        this.kode = Aturan.wajib(kode, "Kode sasaran");
        this.teks = Aturan.wajib(teks, "Teks sasaran");
        this.tujuan = Aturan.ada(tujuan, "Tujuan");
    }

    /** New text and goal (adopting a Perubahan Renstra). */
    public void ubah(String teksBaru, Tujuan tujuanBaru) {
        this.teks = Aturan.wajib(teksBaru, "Teks sasaran");
        this.tujuan = Aturan.ada(tujuanBaru, "Tujuan");
    }

    public String getKode() {
        return kode;
    }

    public String getTeks() {
        return teks;
    }

    public Tujuan getTujuan() {
        return tujuan;
    }
}
