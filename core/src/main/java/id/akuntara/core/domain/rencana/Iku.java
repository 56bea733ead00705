package id.akuntara.core.domain.rencana;

import id.akuntara.core.domain.bersama.Aturan;
import id.akuntara.core.domain.bersama.EntitasTenant;
import id.akuntara.core.domain.organisasi.UnitOrganisasi;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import org.hibernate.envers.Audited;

import java.util.Optional;

/**
 * A set of key indicators (Indikator Kinerja Utama) fixed by decree for a period (kaltim-a plan.ikuDocument; the
 * IKU table of Klungkung). Members are {@link AnggotaIku}.
 */
@Entity
@Audited
@Table(name = "iku")
public class Iku extends EntitasTenant {

    @Column(name = "kode", nullable = false, updatable = false)
    private String kode;

    @Column(name = "nama", nullable = false)
    private String nama;

    @Column(name = "dasar_hukum")
    private String dasarHukum;

    @Column(name = "tahun_mulai", nullable = false)
    private int tahunMulai;

    @Column(name = "tahun_selesai", nullable = false)
    private int tahunSelesai;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "unit_id")
    private UnitOrganisasi unit;

    protected Iku() {
    }

    public Iku(String kode, String nama, String dasarHukum, int tahunMulai, int tahunSelesai, UnitOrganisasi unit) {
        this.kode = Aturan.wajib(kode, "Kode IKU");
        this.nama = Aturan.wajib(nama, "Nama IKU");
        this.dasarHukum = dasarHukum;
        this.tahunMulai = tahunMulai;
        this.tahunSelesai = tahunSelesai;
        this.unit = unit;
    }

    public String getKode() {
        return kode;
    }

    public String getNama() {
        return nama;
    }

    public String getDasarHukum() {
        return dasarHukum;
    }

    public int getTahunMulai() {
        return tahunMulai;
    }

    public int getTahunSelesai() {
        return tahunSelesai;
    }

    public Optional<UnitOrganisasi> getUnit() {
        return Optional.ofNullable(unit);
    }
}
