package id.akuntara.core.domain.narasi;

import id.akuntara.core.domain.bersama.Aturan;
import id.akuntara.core.domain.bersama.EntitasTenant;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import org.hibernate.envers.Audited;

/**
 * A text block of the annual report for one section ({@code bagian}, e.g. "BAB I.A Latar Belakang", "SWOT") and
 * year. Sections differ between reports (domain.md "sections"), so they are data; edits are audited and
 * optimistic-locked like every aggregate.
 */
@Entity
@Audited
@Table(name = "narasi")
public class Narasi extends EntitasTenant {

    @Column(name = "tahun", nullable = false, updatable = false)
    private int tahun;

    @Column(name = "bagian", nullable = false, updatable = false)
    private String bagian;

    @Column(name = "judul")
    private String judul;

    @Column(name = "isi", nullable = false)
    private String isi;

    protected Narasi() {
    }

    public Narasi(int tahun, String bagian, String judul, String isi) {
        this.tahun = tahun;
        this.bagian = Aturan.wajib(bagian, "Bagian laporan");
        this.judul = judul;
        this.isi = isi == null ? "" : isi;
    }

    public void ubah(String judulBaru, String isiBaru) {
        this.judul = judulBaru;
        this.isi = isiBaru == null ? "" : isiBaru;
    }

    public int getTahun() {
        return tahun;
    }

    public String getBagian() {
        return bagian;
    }

    public String getJudul() {
        return judul;
    }

    public String getIsi() {
        return isi;
    }
}
