package id.akuntara.core.domain.pengukuran;

import id.akuntara.core.domain.bersama.Aturan;
import id.akuntara.core.domain.bersama.EntitasTenant;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;

import java.time.Instant;

/**
 * The read model of a fixed (ditetapkan) pemda-year, stored whole as the measurement service computed it
 * (architecture.md "Calculations": results are stored as snapshots with the inputs and the rule-set version, so a
 * printed report can be reproduced years later). {@code isi} is the read model's JSON
 * ({@code core.pengukuran.KinerjaJson}); {@code sidikMasukan} the SHA-256 of the data and policies it was computed
 * from. One per pemda-year; inserted, never changed: a later change of rules or settings leaves it as it is, and
 * a recomputation is compared with it figure by figure.
 */
@Entity
@Table(name = "snapshot_kinerja")
public class SnapshotKinerja extends EntitasTenant {

    @Column(name = "tahun", nullable = false, updatable = false)
    private int tahun;

    @Column(name = "versi_aturan", nullable = false, updatable = false)
    private String versiAturan;

    @Column(name = "sidik_masukan", nullable = false, updatable = false, length = 64)
    private String sidikMasukan;

    @Column(name = "isi", nullable = false, updatable = false, columnDefinition = "text")
    private String isi;

    @Column(name = "ditetapkan_pada", nullable = false, updatable = false)
    private Instant ditetapkanPada;

    @Column(name = "ditetapkan_oleh", nullable = false, updatable = false)
    private String ditetapkanOleh;

    protected SnapshotKinerja() {
    }

    public SnapshotKinerja(int tahun, String versiAturan, String sidikMasukan, String isi, Instant ditetapkanPada,
            String ditetapkanOleh) {
        this.tahun = tahun;
        this.versiAturan = Aturan.wajib(versiAturan, "Versi aturan");
        this.sidikMasukan = Aturan.wajib(sidikMasukan, "Sidik masukan");
        this.isi = Aturan.wajib(isi, "Isi snapshot");
        this.ditetapkanPada = Aturan.ada(ditetapkanPada, "Waktu penetapan");
        this.ditetapkanOleh = Aturan.wajib(ditetapkanOleh, "Penetap");
    }

    public int getTahun() {
        return tahun;
    }

    public String getVersiAturan() {
        return versiAturan;
    }

    public String getSidikMasukan() {
        return sidikMasukan;
    }

    public String getIsi() {
        return isi;
    }

    public Instant getDitetapkanPada() {
        return ditetapkanPada;
    }

    public String getDitetapkanOleh() {
        return ditetapkanOleh;
    }
}
