package id.akuntara.core.domain.evaluasi;

import id.akuntara.core.domain.bersama.Aturan;
import id.akuntara.core.domain.bersama.EntitasTenant;
import id.akuntara.core.domain.organisasi.UnitOrganisasi;
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
 * A reward or punishment decided after an evaluation (kaltim-c rewardPunishment: the Telaahan Staf memo, its
 * criteria, the award), optionally for one unit.
 */
@Entity
@Audited
@Table(name = "keputusan_reward_punishment")
public class KeputusanRewardPunishment extends EntitasTenant {

    @Column(name = "tahun", nullable = false)
    private int tahun;

    @Enumerated(EnumType.STRING)
    @Column(name = "jenis", nullable = false)
    private JenisKeputusan jenis;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "unit_id")
    private UnitOrganisasi unit;

    @Column(name = "uraian", nullable = false)
    private String uraian;

    @Column(name = "dasar")
    private String dasar;

    protected KeputusanRewardPunishment() {
    }

    public KeputusanRewardPunishment(int tahun, JenisKeputusan jenis, UnitOrganisasi unit, String uraian, String dasar) {
        this.tahun = tahun;
        this.jenis = Aturan.ada(jenis, "Jenis keputusan");
        this.unit = unit;
        this.uraian = Aturan.wajib(uraian, "Uraian keputusan");
        this.dasar = dasar;
    }

    public int getTahun() {
        return tahun;
    }

    public JenisKeputusan getJenis() {
        return jenis;
    }

    public Optional<UnitOrganisasi> getUnit() {
        return Optional.ofNullable(unit);
    }

    public String getUraian() {
        return uraian;
    }

    public String getDasar() {
        return dasar;
    }
}
