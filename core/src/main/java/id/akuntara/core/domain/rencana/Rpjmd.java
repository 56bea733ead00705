package id.akuntara.core.domain.rencana;

import id.akuntara.core.domain.bersama.Aturan;
import id.akuntara.core.domain.bersama.AturanDilanggarException;
import id.akuntara.core.domain.bersama.EntitasTenant;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import org.hibernate.envers.Audited;

/** The region's 5-year plan (RPJMD): period, visi, legal basis. Misi, tujuan and sasaran hang from it. */
@Entity
@Audited
@Table(name = "rpjmd")
public class Rpjmd extends EntitasTenant implements DokumenRencana {

    @Column(name = "kode", nullable = false, updatable = false)
    private String kode;

    @Column(name = "nama", nullable = false)
    private String nama;

    @Column(name = "tahun_mulai", nullable = false)
    private int tahunMulai;

    @Column(name = "tahun_selesai", nullable = false)
    private int tahunSelesai;

    @Column(name = "visi")
    private String visi;

    @Column(name = "dasar_hukum")
    private String dasarHukum;

    protected Rpjmd() {
    }

    public Rpjmd(String kode, String nama, int tahunMulai, int tahunSelesai, String visi, String dasarHukum) {
        if (tahunSelesai < tahunMulai) {
            throw new AturanDilanggarException("Periode RPJMD " + kode + " terbalik: " + tahunMulai + "–" + tahunSelesai + ".");
        }
        this.kode = Aturan.wajib(kode, "Kode RPJMD");
        this.nama = Aturan.wajib(nama, "Nama RPJMD");
        this.tahunMulai = tahunMulai;
        this.tahunSelesai = tahunSelesai;
        this.visi = visi;
        this.dasarHukum = dasarHukum;
    }

    public String getKode() {
        return kode;
    }

    public String getNama() {
        return nama;
    }

    @Override
    public int getTahunMulai() {
        return tahunMulai;
    }

    @Override
    public int getTahunSelesai() {
        return tahunSelesai;
    }

    public String getVisi() {
        return visi;
    }

    public String getDasarHukum() {
        return dasarHukum;
    }
}
