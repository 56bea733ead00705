package id.akuntara.core.domain.organisasi;

import id.akuntara.core.domain.bersama.Aturan;
import id.akuntara.core.domain.bersama.AturanDilanggarException;
import id.akuntara.core.domain.bersama.EntitasTenant;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.envers.Audited;
import org.hibernate.type.SqlTypes;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * One version of an organisation unit, valid from {@code berlakuMulai} (inclusive) until {@code berlakuSampai}
 * (exclusive; empty while in force). A unit is never deleted: it is ended, and a rename, a move, a merge or a
 * split starts successor units linked by {@link PerubahanUnit}. Kaltim's Pergub 18/2021 restructured the Setda
 * within 2021 (LKjIP 2021 BAB I: "Biro Infrastruktur dibubarkan", "Biro Pengadaan Barang dan Jasa dibentuk",
 * Bagian Kerjasama moved from Biro Humas to Biro POD), so a 2021 report must still see the old Biro and a 2022
 * report only the new one. The {@code kode} identifies one version (unique per pemda); a successor gets its own.
 */
@Entity
@Audited
@Table(name = "unit_organisasi")
public class UnitOrganisasi extends EntitasTenant {

    @Column(name = "kode", nullable = false, updatable = false)
    private String kode;

    @Column(name = "nama", nullable = false)
    private String nama;

    @Enumerated(EnumType.STRING)
    @Column(name = "jenis", nullable = false)
    private JenisUnit jenis;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "induk_id")
    private UnitOrganisasi induk;

    @Column(name = "berlaku_mulai", nullable = false)
    private LocalDate berlakuMulai;

    @Column(name = "berlaku_sampai")
    private LocalDate berlakuSampai;

    @JdbcTypeCode(SqlTypes.ARRAY)
    @Column(name = "alias", nullable = false)
    private String[] alias = new String[0];

    @Column(name = "dasar_hukum")
    private String dasarHukum;

    protected UnitOrganisasi() {
    }

    public UnitOrganisasi(String kode, String nama, JenisUnit jenis, UnitOrganisasi induk, LocalDate berlakuMulai,
            List<String> alias, String dasarHukum) {
        this.kode = Aturan.wajib(kode, "Kode unit");
        this.nama = Aturan.wajib(nama, "Nama unit");
        this.jenis = Aturan.ada(jenis, "Jenis unit");
        this.berlakuMulai = Aturan.ada(berlakuMulai, "Tanggal mulai berlaku unit");
        this.alias = alias == null ? new String[0] : alias.toArray(String[]::new);
        this.dasarHukum = dasarHukum;
        pindahKe(induk);
    }

    /** Sets the parent, refusing a cycle in the tree (a unit cannot be its own ancestor). */
    private void pindahKe(UnitOrganisasi indukBaru) {
        for (UnitOrganisasi u = indukBaru; u != null; u = u.induk) {
            if (u == this) {
                throw new AturanDilanggarException("Unit " + kode + " tidak boleh menjadi induk dirinya sendiri (siklus).");
            }
        }
        this.induk = indukBaru;
    }

    /** In force on that day. */
    public boolean berlakuPada(LocalDate tanggal) {
        return !tanggal.isBefore(berlakuMulai) && (berlakuSampai == null || tanggal.isBefore(berlakuSampai));
    }

    /** In force on at least one day of that year (what a yearly report covers). */
    public boolean berlakuDalamTahun(int tahun) {
        LocalDate awal = LocalDate.of(tahun, 1, 1);
        LocalDate akhirEksklusif = awal.plusYears(1);
        return berlakuMulai.isBefore(akhirEksklusif) && (berlakuSampai == null || berlakuSampai.isAfter(awal));
    }

    /** Ends the unit (dissolution, or the old side of a rename/move/merge/split) on {@code tanggal}. */
    public void akhiri(LocalDate tanggal) {
        if (berlakuSampai != null) {
            throw new AturanDilanggarException("Unit " + kode + " sudah berakhir pada " + berlakuSampai + ".");
        }
        if (!tanggal.isAfter(berlakuMulai)) {
            throw new AturanDilanggarException("Unit " + kode + " tidak dapat berakhir sebelum atau pada tanggal mulainya.");
        }
        this.berlakuSampai = tanggal;
    }

    public String getKode() {
        return kode;
    }

    public String getNama() {
        return nama;
    }

    public JenisUnit getJenis() {
        return jenis;
    }

    public Optional<UnitOrganisasi> getInduk() {
        return Optional.ofNullable(induk);
    }

    public LocalDate getBerlakuMulai() {
        return berlakuMulai;
    }

    public Optional<LocalDate> getBerlakuSampai() {
        return Optional.ofNullable(berlakuSampai);
    }

    public List<String> getAlias() {
        return List.of(alias);
    }

    public String getDasarHukum() {
        return dasarHukum;
    }

    /** Names and aliases, for matching the names printed in reports. */
    public List<String> semuaNama() {
        List<String> n = new ArrayList<>();
        n.add(nama);
        n.addAll(List.of(alias));
        return n;
    }
}
