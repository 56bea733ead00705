package id.akuntara.core.domain.anggaran;

import id.akuntara.core.calc.HasilHitung;
import id.akuntara.core.calc.SerapanCalculator;
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

import java.math.BigDecimal;
import java.util.Optional;

/**
 * A program, kegiatan or sub-kegiatan of one budget year: Permendagri 90/2019 code where known, name, owning unit,
 * output/outcome indicator text, pagu murni and perubahan, realisasi and physical progress. Serapan is computed
 * (SerapanCalculator), never stored. A budget line need not be linked to any sasaran ({@link KaitanAnggaran}):
 * such lines are allowed and listed as unlinked.
 */
@Entity
@Audited
@Table(name = "pos_anggaran")
public class PosAnggaran extends EntitasTenant {

    @Column(name = "kode", nullable = false, updatable = false)
    private String kode;

    @Column(name = "kode_permendagri")
    private String kodePermendagri;

    @Column(name = "tahun", nullable = false, updatable = false)
    private int tahun;

    @Enumerated(EnumType.STRING)
    @Column(name = "tingkat", nullable = false, updatable = false)
    private TingkatAnggaran tingkat;

    @Column(name = "nama", nullable = false)
    private String nama;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "induk_id")
    private PosAnggaran induk;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "unit_id")
    private UnitOrganisasi unit;

    @Column(name = "indikator_keluaran")
    private String indikatorKeluaran;

    @Column(name = "pagu_murni", nullable = false, precision = 20, scale = 2)
    private BigDecimal paguMurni;

    @Column(name = "pagu_perubahan", precision = 20, scale = 2)
    private BigDecimal paguPerubahan;

    /** Absent until recorded: a blank in a report is not a zero (serapan is then not computable). */
    @Column(name = "realisasi", precision = 20, scale = 2)
    private BigDecimal realisasi;

    @Column(name = "progres_fisik", precision = 9, scale = 4)
    private BigDecimal progresFisik;

    /** Realisation of each quarter (not cumulative); blank until recorded. */
    @Column(name = "realisasi_tw1", precision = 20, scale = 2)
    private BigDecimal realisasiTw1;

    @Column(name = "realisasi_tw2", precision = 20, scale = 2)
    private BigDecimal realisasiTw2;

    @Column(name = "realisasi_tw3", precision = 20, scale = 2)
    private BigDecimal realisasiTw3;

    @Column(name = "realisasi_tw4", precision = 20, scale = 2)
    private BigDecimal realisasiTw4;

    protected PosAnggaran() {
    }

    public PosAnggaran(String kode, String kodePermendagri, int tahun, TingkatAnggaran tingkat, String nama,
            PosAnggaran induk, UnitOrganisasi unit, String indikatorKeluaran, BigDecimal paguMurni) {
        this.kode = Aturan.wajib(kode, "Kode pos anggaran");
        this.kodePermendagri = kodePermendagri;
        this.tahun = tahun;
        this.tingkat = Aturan.ada(tingkat, "Tingkat anggaran");
        this.nama = Aturan.wajib(nama, "Nama pos anggaran");
        if (induk != null && (induk.tahun != tahun || !induk.tingkat.indukYangSahUntuk(tingkat))) {
            throw new AturanDilanggarException("Induk " + induk.kode + " (" + induk.tingkat + " " + induk.tahun
                    + ") tidak sah untuk " + tingkat + " " + kode + " tahun " + tahun + ".");
        }
        if (induk == null && tingkat != TingkatAnggaran.PROGRAM) {
            throw new AturanDilanggarException(tingkat + " " + kode + " harus memiliki induk.");
        }
        this.induk = induk;
        this.unit = unit;
        this.indikatorKeluaran = indikatorKeluaran;
        this.paguMurni = Aturan.tidakNegatif(Aturan.ada(paguMurni, "Pagu murni"), "Pagu murni");
    }

    public void tetapkanPaguPerubahan(BigDecimal pagu) {
        this.paguPerubahan = Aturan.tidakNegatif(pagu, "Pagu perubahan");
        periksaRealisasiDalamPagu();
    }

    /** The original budget (APBD murni); the one in force stays the perubahan when there is one. */
    public void tetapkanPaguMurni(BigDecimal pagu) {
        this.paguMurni = Aturan.tidakNegatif(Aturan.ada(pagu, "Pagu murni"), "Pagu murni");
        periksaRealisasiDalamPagu();
    }

    /** Name, Permendagri 90/2019 code, owning unit and output indicator text (the code's shape is the caller's check). */
    public void ubahUraian(String nama, String kodePermendagri, UnitOrganisasi unit, String indikatorKeluaran) {
        this.nama = Aturan.wajib(nama, "Nama pos anggaran");
        this.kodePermendagri = kodePermendagri;
        this.unit = unit;
        this.indikatorKeluaran = indikatorKeluaran;
    }

    /**
     * Records the realisation of one quarter (1–4), not cumulative: the year's realisasi becomes the sum of the
     * quarters recorded (Permendagri 86/2017, evaluasi hasil Renja: realisasi triwulan I–IV, jumlah setahun). Refused
     * when the line carries a year total from a report without its quarters (the quarters would silently replace it),
     * and when the year's realisasi would exceed the pagu in force.
     */
    public void catatRealisasiTriwulan(int triwulan, BigDecimal nilai) {
        if (triwulan < 1 || triwulan > 4) {
            throw new AturanDilanggarException("Triwulan harus 1–4, bukan " + triwulan + ".", "The quarter must be 1–4.");
        }
        Aturan.tidakNegatif(Aturan.ada(nilai, "Realisasi triwulan"), "Realisasi triwulan");
        if (realisasi != null && !adaRealisasiTriwulan()) {
            throw new AturanDilanggarException("Realisasi pos " + kode + " tercatat sebagai jumlah setahun tanpa rincian"
                    + " triwulan; rincian triwulan tidak dapat menggantinya diam-diam.",
                    "The realisation of budget line " + kode + " is recorded as a year total without quarters;"
                            + " quarters cannot silently replace it.");
        }
        switch (triwulan) {
            case 1 -> realisasiTw1 = nilai;
            case 2 -> realisasiTw2 = nilai;
            case 3 -> realisasiTw3 = nilai;
            default -> realisasiTw4 = nilai;
        }
        realisasi = java.util.stream.Stream.of(realisasiTw1, realisasiTw2, realisasiTw3, realisasiTw4)
                .filter(java.util.Objects::nonNull).reduce(BigDecimal.ZERO, BigDecimal::add);
        periksaRealisasiDalamPagu();
    }

    /** The realisation of one quarter (1–4), if recorded. */
    public Optional<BigDecimal> getRealisasiTriwulan(int triwulan) {
        return Optional.ofNullable(switch (triwulan) {
            case 1 -> realisasiTw1;
            case 2 -> realisasiTw2;
            case 3 -> realisasiTw3;
            case 4 -> realisasiTw4;
            default -> throw new IllegalArgumentException("triwulan " + triwulan);
        });
    }

    /** Whether any quarter is recorded (the year's realisasi is then their sum). */
    public boolean adaRealisasiTriwulan() {
        return realisasiTw1 != null || realisasiTw2 != null || realisasiTw3 != null || realisasiTw4 != null;
    }

    /**
     * Realisation never exceeds the budget in force for lines whose realisation is entered here. Lines imported from a
     * report keep what the report printed (the quality checks and the reviu name such lines).
     */
    private void periksaRealisasiDalamPagu() {
        if (adaRealisasiTriwulan() && realisasi != null && realisasi.compareTo(pagu()) > 0) {
            throw new AturanDilanggarException("Realisasi pos " + kode + " (" + realisasi.toPlainString()
                    + ") melebihi pagu yang berlaku (" + pagu().toPlainString() + ").",
                    "The realisation of budget line " + kode + " exceeds the budget in force.");
        }
    }

    public void catatRealisasi(BigDecimal nilai, BigDecimal progresFisikPersen) {
        this.realisasi = Aturan.tidakNegatif(Aturan.ada(nilai, "Realisasi anggaran"), "Realisasi anggaran");
        catatProgresFisik(progresFisikPersen);
    }

    /** Physical progress alone, for a line whose financial realisation is not (yet) known. */
    public void catatProgresFisik(BigDecimal progresFisikPersen) {
        if (progresFisikPersen != null && (progresFisikPersen.signum() < 0 || progresFisikPersen.compareTo(BigDecimal.valueOf(100)) > 0)) {
            throw new AturanDilanggarException("Progres fisik harus 0–100 %.");
        }
        this.progresFisik = progresFisikPersen;
    }

    /** The pagu in force: after a budget change (perubahan) when there is one. */
    public BigDecimal pagu() {
        return paguPerubahan != null ? paguPerubahan : paguMurni;
    }

    /** Serapan = realisasi / pagu × 100; not computable while the realisasi is not recorded. */
    public HasilHitung serapan() {
        if (realisasi == null) {
            return HasilHitung.tidakDapatDihitung("realisasi anggaran " + kode + " belum dicatat");
        }
        return SerapanCalculator.serapan(new id.akuntara.core.calc.PosAnggaran(pagu(), realisasi));
    }

    public String getKode() {
        return kode;
    }

    public Optional<String> getKodePermendagri() {
        return Optional.ofNullable(kodePermendagri);
    }

    public int getTahun() {
        return tahun;
    }

    public TingkatAnggaran getTingkat() {
        return tingkat;
    }

    public String getNama() {
        return nama;
    }

    public Optional<PosAnggaran> getInduk() {
        return Optional.ofNullable(induk);
    }

    public Optional<UnitOrganisasi> getUnit() {
        return Optional.ofNullable(unit);
    }

    public String getIndikatorKeluaran() {
        return indikatorKeluaran;
    }

    public BigDecimal getPaguMurni() {
        return paguMurni;
    }

    public Optional<BigDecimal> getPaguPerubahan() {
        return Optional.ofNullable(paguPerubahan);
    }

    public Optional<BigDecimal> getRealisasi() {
        return Optional.ofNullable(realisasi);
    }

    public Optional<BigDecimal> getProgresFisik() {
        return Optional.ofNullable(progresFisik);
    }
}
