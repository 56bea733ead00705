package id.akuntara.core.domain.kepegawaian;

import id.akuntara.core.domain.bersama.Aturan;
import id.akuntara.core.domain.bersama.AturanDilanggarException;
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

import java.time.LocalDate;
import java.util.Optional;

/**
 * One cell of a staff table: how many staff of a group ({@code kelompok}, e.g. the row "Sekretaris Daerah" of
 * kaltim-a Tabel 1.1, or a unit) fall in a category ({@code kategori}, e.g. "IV", "S2", "P") of a dimension, as of a
 * date. Totals are never stored: they are sums of cells, so a table whose total is off by one (kaltim-a
 * sdmNarrative) cannot be entered as such.
 */
@Entity
@Audited
@Table(name = "statistik_pegawai")
public class StatistikPegawai extends EntitasTenant {

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "unit_id")
    private UnitOrganisasi unit;

    @Column(name = "kelompok", nullable = false)
    private String kelompok;

    @Column(name = "per_tanggal", nullable = false)
    private LocalDate perTanggal;

    @Enumerated(EnumType.STRING)
    @Column(name = "dimensi", nullable = false)
    private DimensiStatistik dimensi;

    @Column(name = "kategori", nullable = false)
    private String kategori;

    @Column(name = "jumlah", nullable = false)
    private int jumlah;

    protected StatistikPegawai() {
    }

    public StatistikPegawai(UnitOrganisasi unit, String kelompok, LocalDate perTanggal, DimensiStatistik dimensi,
            String kategori, int jumlah) {
        if (jumlah < 0) {
            throw new AturanDilanggarException("Jumlah pegawai tidak boleh negatif.");
        }
        this.unit = unit;
        this.kelompok = Aturan.wajib(kelompok, "Kelompok");
        this.perTanggal = Aturan.ada(perTanggal, "Tanggal data");
        this.dimensi = Aturan.ada(dimensi, "Dimensi");
        this.kategori = Aturan.wajib(kategori, "Kategori");
        this.jumlah = jumlah;
    }

    public Optional<UnitOrganisasi> getUnit() {
        return Optional.ofNullable(unit);
    }

    public String getKelompok() {
        return kelompok;
    }

    public LocalDate getPerTanggal() {
        return perTanggal;
    }

    public DimensiStatistik getDimensi() {
        return dimensi;
    }

    public String getKategori() {
        return kategori;
    }

    public int getJumlah() {
        return jumlah;
    }
}
