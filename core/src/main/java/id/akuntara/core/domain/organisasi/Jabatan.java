package id.akuntara.core.domain.organisasi;

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

import java.util.Optional;

/**
 * A position on a unit ("Kepala Biro Hukum", "Asisten Administrasi Umum"); the head of region has no unit of the
 * Setda. People hold positions through {@link id.akuntara.core.domain.kepegawaian.Penugasan}.
 */
@Entity
@Audited
@Table(name = "jabatan")
public class Jabatan extends EntitasTenant {

    @Column(name = "kode", nullable = false, updatable = false)
    private String kode;

    @Column(name = "nama", nullable = false)
    private String nama;

    @Enumerated(EnumType.STRING)
    @Column(name = "jenis", nullable = false)
    private JenisJabatan jenis;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "unit_id")
    private UnitOrganisasi unit;

    @Column(name = "eselon")
    private String eselon;

    protected Jabatan() {
    }

    public Jabatan(String kode, String nama, JenisJabatan jenis, UnitOrganisasi unit, String eselon) {
        this.kode = Aturan.wajib(kode, "Kode jabatan");
        this.nama = Aturan.wajib(nama, "Nama jabatan");
        this.jenis = Aturan.ada(jenis, "Jenis jabatan");
        this.unit = unit;
        this.eselon = eselon;
    }

    public String getKode() {
        return kode;
    }

    public String getNama() {
        return nama;
    }

    public JenisJabatan getJenis() {
        return jenis;
    }

    public Optional<UnitOrganisasi> getUnit() {
        return Optional.ofNullable(unit);
    }

    public String getEselon() {
        return eselon;
    }
}
