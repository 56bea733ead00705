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

import java.time.LocalDate;
import java.util.Optional;

/**
 * A link in an organisation's history: {@code asal} ended and, unless dissolved, {@code hasil} took over on
 * {@code tanggal} by {@code dasarHukum} (e.g. Pergub Kaltim 18/2021). A merge is several links with the same
 * {@code hasil}; a split several with the same {@code asal}.
 */
@Entity
@Audited
@Table(name = "perubahan_unit")
public class PerubahanUnit extends EntitasTenant {

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "asal_id", nullable = false)
    private UnitOrganisasi asal;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "hasil_id")
    private UnitOrganisasi hasil;

    @Enumerated(EnumType.STRING)
    @Column(name = "jenis", nullable = false)
    private JenisPerubahanUnit jenis;

    @Column(name = "tanggal", nullable = false)
    private LocalDate tanggal;

    @Column(name = "dasar_hukum")
    private String dasarHukum;

    protected PerubahanUnit() {
    }

    public PerubahanUnit(UnitOrganisasi asal, UnitOrganisasi hasil, JenisPerubahanUnit jenis, LocalDate tanggal,
            String dasarHukum) {
        this.asal = Aturan.ada(asal, "Unit asal");
        this.hasil = hasil;
        this.jenis = Aturan.ada(jenis, "Jenis perubahan");
        this.tanggal = Aturan.ada(tanggal, "Tanggal perubahan");
        this.dasarHukum = dasarHukum;
    }

    public UnitOrganisasi getAsal() {
        return asal;
    }

    public Optional<UnitOrganisasi> getHasil() {
        return Optional.ofNullable(hasil);
    }

    public JenisPerubahanUnit getJenis() {
        return jenis;
    }

    public LocalDate getTanggal() {
        return tanggal;
    }

    public String getDasarHukum() {
        return dasarHukum;
    }
}
