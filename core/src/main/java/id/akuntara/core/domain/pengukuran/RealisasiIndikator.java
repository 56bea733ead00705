package id.akuntara.core.domain.pengukuran;

import id.akuntara.core.calc.Realisasi;
import id.akuntara.core.domain.bersama.Aturan;
import id.akuntara.core.domain.bersama.AturanDilanggarException;
import id.akuntara.core.domain.bersama.EntitasTenant;
import id.akuntara.core.domain.rencana.IndikatorKinerja;
import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
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
 * The actual value of an indicator for a period, with its state (typed blanks, never null meaning zero), the
 * explanation, and the approval workflow {@link StatusAlur}. Approved (disahkan) data is locked here and by a
 * database trigger (migration V4). Two people editing the same realisation: the second gets an optimistic-lock
 * conflict ({@code versi}).
 */
@Entity
@Audited
@Table(name = "realisasi_indikator")
public class RealisasiIndikator extends EntitasTenant {

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "indikator_id", nullable = false, updatable = false)
    private IndikatorKinerja indikator;

    @Column(name = "tahun", nullable = false, updatable = false)
    private int tahun;

    @Enumerated(EnumType.STRING)
    @Column(name = "periode", nullable = false, updatable = false)
    private Periode periode;

    @Enumerated(EnumType.STRING)
    @Column(name = "status_nilai", nullable = false)
    private StatusNilai statusNilai;

    @Column(name = "nilai", precision = 20, scale = 6)
    private BigDecimal nilai;

    @Column(name = "tahun_asal")
    private Integer tahunAsal;

    @Column(name = "label")
    private String label;

    @Column(name = "catatan")
    private String catatan;

    @Embedded
    private PenjelasanRealisasi penjelasan;

    @Enumerated(EnumType.STRING)
    @Column(name = "status_alur", nullable = false)
    private StatusAlur statusAlur = StatusAlur.DRAFT;

    @Column(name = "alasan_dikembalikan")
    private String alasanDikembalikan;

    protected RealisasiIndikator() {
    }

    public RealisasiIndikator(IndikatorKinerja indikator, int tahun, Periode periode) {
        this.indikator = Aturan.ada(indikator, "Indikator");
        this.tahun = tahun;
        this.periode = Aturan.ada(periode, "Periode");
        this.statusNilai = StatusNilai.TIDAK_ADA;
        this.catatan = "belum diisi";
        this.penjelasan = PenjelasanRealisasi.KOSONG;
    }

    private void pastikanDapatDiubah() {
        if (statusAlur != StatusAlur.DRAFT && statusAlur != StatusAlur.DIKEMBALIKAN) {
            throw new AturanDilanggarException("Realisasi " + indikator.getKode() + " " + tahun + " " + periode
                    + " berstatus " + statusAlur + " dan tidak dapat diubah.");
        }
    }

    /** Released value ({@code label} as printed, may be null). */
    public void isiNilai(BigDecimal nilaiBaru, String labelBaru) {
        isiNilai(nilaiBaru, labelBaru, null);
    }

    /** Released value with a note (e.g. "angka sementara"). */
    public void isiNilai(BigDecimal nilaiBaru, String labelBaru, String catatanBaru) {
        pastikanDapatDiubah();
        this.statusNilai = StatusNilai.ADA;
        this.nilai = Aturan.ada(nilaiBaru, "Nilai realisasi");
        this.tahunAsal = null;
        this.label = labelBaru;
        this.catatan = catatanBaru;
    }

    public void tandaiBelumRilis(String keterangan) {
        pastikanDapatDiubah();
        this.statusNilai = StatusNilai.BELUM_RILIS;
        this.nilai = null;
        this.tahunAsal = null;
        this.catatan = keterangan;
    }

    /** A value from an earlier year reported again (footnoted in the report). */
    public void bawaDari(int tahunSebelumnya, BigDecimal nilaiLama, String keterangan) {
        pastikanDapatDiubah();
        if (tahunSebelumnya >= tahun) {
            throw new AturanDilanggarException("Realisasi hanya dapat dibawa dari tahun sebelum " + tahun + ".");
        }
        this.statusNilai = StatusNilai.DIBAWA_DARI;
        this.nilai = Aturan.ada(nilaiLama, "Nilai realisasi");
        this.tahunAsal = tahunSebelumnya;
        this.catatan = keterangan;
    }

    public void tandaiTidakAda(String alasan) {
        pastikanDapatDiubah();
        this.statusNilai = StatusNilai.TIDAK_ADA;
        this.nilai = null;
        this.tahunAsal = null;
        this.catatan = Aturan.wajib(alasan, "Alasan realisasi tidak ada");
    }

    public void jelaskan(PenjelasanRealisasi baru) {
        pastikanDapatDiubah();
        this.penjelasan = baru == null ? PenjelasanRealisasi.KOSONG : baru;
    }

    public void ajukan() {
        pastikanDapatDiubah();
        this.statusAlur = StatusAlur.DIAJUKAN;
        this.alasanDikembalikan = null;
    }

    public void verifikasi() {
        pindah(StatusAlur.DIAJUKAN, StatusAlur.DIVERIFIKASI);
    }

    public void sahkan() {
        pindah(StatusAlur.DIVERIFIKASI, StatusAlur.DISAHKAN);
    }

    public void kembalikan(String alasan) {
        if (statusAlur != StatusAlur.DIAJUKAN && statusAlur != StatusAlur.DIVERIFIKASI) {
            throw new AturanDilanggarException("Hanya realisasi yang diajukan atau diverifikasi yang dapat dikembalikan.");
        }
        this.alasanDikembalikan = Aturan.wajib(alasan, "Alasan pengembalian");
        this.statusAlur = StatusAlur.DIKEMBALIKAN;
    }

    private void pindah(StatusAlur dari, StatusAlur ke) {
        if (statusAlur != dari) {
            throw new AturanDilanggarException("Realisasi berstatus " + statusAlur + " tidak dapat menjadi " + ke
                    + " (harus " + dari + " lebih dulu).");
        }
        this.statusAlur = ke;
    }

    /** The value as the calculation engine takes it. */
    public Realisasi keKalkulasi() {
        return switch (statusNilai) {
            case ADA -> Realisasi.tersedia(nilai);
            case BELUM_RILIS -> Realisasi.belumRilis();
            case DIBAWA_DARI -> Realisasi.dibawaDari(nilai, tahunAsal);
            case TIDAK_ADA -> Realisasi.tidakAda(catatan == null ? "tidak ada" : catatan);
        };
    }

    public IndikatorKinerja getIndikator() {
        return indikator;
    }

    public int getTahun() {
        return tahun;
    }

    public Periode getPeriode() {
        return periode;
    }

    public StatusNilai getStatusNilai() {
        return statusNilai;
    }

    public Optional<BigDecimal> getNilai() {
        return Optional.ofNullable(nilai);
    }

    public Optional<Integer> getTahunAsal() {
        return Optional.ofNullable(tahunAsal);
    }

    public String getLabel() {
        return label;
    }

    public String getCatatan() {
        return catatan;
    }

    public PenjelasanRealisasi getPenjelasan() {
        return penjelasan == null ? PenjelasanRealisasi.KOSONG : penjelasan;
    }

    public StatusAlur getStatusAlur() {
        return statusAlur;
    }

    public String getAlasanDikembalikan() {
        return alasanDikembalikan;
    }
}
