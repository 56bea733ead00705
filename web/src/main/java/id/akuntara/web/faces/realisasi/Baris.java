package id.akuntara.web.faces.realisasi;

import id.akuntara.core.application.realisasi.BuktiRealisasi;
import id.akuntara.core.application.realisasi.DaftarRealisasi;
import id.akuntara.core.application.realisasi.Penjelasan;
import id.akuntara.core.application.realisasi.RincianRealisasi;

import java.io.Serializable;
import java.util.List;
import java.util.UUID;

/**
 * One row of a realisasi page: an indicator and its realisasi of one period as the use case gave it (null fields
 * while nothing is entered), plus what the operator is typing ({@code isian…}) and the verifier's note. Targets and
 * capaian are the measurement's presented text, never computed here.
 */
public class Baris implements Serializable {

    private static final long serialVersionUID = 1L;

    private final String kode;
    private final String nama;
    private final String satuan;
    private final int tahun;
    private final String periode;
    private final String target;
    private final String asalTarget;
    private final String capaian;
    private final UUID id;
    private final long versi;
    private final String statusAlur;
    private final String statusNilai;
    private final String nilaiTampil;
    private final Integer tahunAsal;
    private final String keterangan;
    private final Penjelasan penjelasan;
    private final String alasanDikembalikan;
    private final List<Bukti> bukti;

    private String isianStatus;
    private String isianNilai;
    private String isianTahunAsal;
    private String isianKeterangan;
    private String isianPenghambat;
    private String catatan;
    private boolean diubah;

    /** An evidence file without its bytes, serializable for the view. */
    public record Bukti(UUID id, String nama, String jenis, int ukuran) implements Serializable {

        public String getUkuranTampil() {
            return ukuran >= 1_048_576 ? String.format(java.util.Locale.ROOT, "%.1f MB", ukuran / 1_048_576.0).replace('.', ',')
                    : Math.max(1, Math.round(ukuran / 1024.0)) + " KB";
        }
    }

    Baris(DaftarRealisasi.IndikatorRealisasi i, int tahun, String periode, RincianRealisasi r) {
        this.kode = i.kode();
        this.nama = i.nama();
        this.satuan = i.satuan();
        this.tahun = tahun;
        this.periode = periode;
        RincianRealisasi.TargetPeriode tp = r == null ? null : r.target();
        if (tp != null) {
            this.target = tp.tampil();
            this.asalTarget = tp.asal();
        } else if ("TAHUNAN".equals(periode) && i.target() != null) {
            this.target = i.target().tampil();
            this.asalTarget = i.target().asal();
        } else {
            this.target = null;
            this.asalTarget = null;
        }
        this.capaian = r == null || r.capaian() == null || !r.capaian().bernilai() ? null : r.capaian().tampil();
        this.id = r == null ? null : r.id();
        this.versi = r == null ? 0 : r.versi();
        this.statusAlur = r == null ? null : r.statusAlur();
        this.statusNilai = r == null ? null : r.statusNilai();
        this.nilaiTampil = r == null ? null : r.nilaiTampil();
        this.tahunAsal = r == null ? null : r.tahunAsal();
        this.keterangan = r == null ? null : r.keterangan();
        this.penjelasan = r == null || r.penjelasan() == null ? Penjelasan.KOSONG : r.penjelasan();
        this.alasanDikembalikan = r == null ? null : r.alasanDikembalikan();
        this.bukti = r == null ? List.of() : r.bukti().stream().map(Baris::bukti).toList();
        setelUlangIsian();
    }

    static Bukti bukti(BuktiRealisasi b) {
        return new Bukti(b.id(), b.namaBerkas(), b.jenisKonten(), b.ukuran());
    }

    /** Puts what is stored back into the inputs (after a cancel). */
    void setelUlangIsian() {
        isianStatus = statusNilai == null ? "ADA" : statusNilai;
        isianNilai = nilaiTampil;
        isianTahunAsal = tahunAsal == null ? null : String.valueOf(tahunAsal);
        isianKeterangan = keterangan;
        isianPenghambat = penjelasan.faktorPenghambat();
        diubah = false;
    }

    /** The operator may change it: nothing entered yet, a draft, or returned. */
    public boolean isBolehDiubah() {
        return statusAlur == null || "DRAFT".equals(statusAlur) || "DIKEMBALIKAN".equals(statusAlur);
    }

    /** The operator may submit it: entered, and a draft or returned. */
    public boolean isBolehDiajukan() {
        return id != null && isBolehDiubah();
    }

    /** The value as the grid shows it: the number, or the explicit blank ("belum rilis", "dibawa dari 2018 …"). */
    public String getNilaiTampil() {
        return nilaiTampil;
    }

    /** A CSS-safe key of the workflow state for the tag: belum, draft, diajukan, dikembalikan, diverifikasi, disahkan. */
    public String getKunciAlur() {
        return statusAlur == null ? "belum" : statusAlur.toLowerCase(java.util.Locale.ROOT);
    }

    public String getSeveritas() {
        if (statusAlur == null) {
            return "secondary";
        }
        return switch (statusAlur) {
            case "DIAJUKAN" -> "warning";
            case "DIKEMBALIKAN" -> "danger";
            case "DIVERIFIKASI", "DISAHKAN" -> "success";
            default -> "info";
        };
    }

    public String getKode() {
        return kode;
    }

    public String getNama() {
        return nama;
    }

    public String getSatuan() {
        return satuan;
    }

    public int getTahun() {
        return tahun;
    }

    public String getPeriode() {
        return periode;
    }

    public String getTarget() {
        return target;
    }

    public String getAsalTarget() {
        return asalTarget;
    }

    public String getCapaian() {
        return capaian;
    }

    public UUID getId() {
        return id;
    }

    public long getVersi() {
        return versi;
    }

    public String getStatusAlur() {
        return statusAlur;
    }

    public String getStatusNilai() {
        return statusNilai;
    }

    public Integer getTahunAsal() {
        return tahunAsal;
    }

    public String getKeterangan() {
        return keterangan;
    }

    public Penjelasan getPenjelasan() {
        return penjelasan;
    }

    public String getAlasanDikembalikan() {
        return alasanDikembalikan;
    }

    public List<Bukti> getBukti() {
        return bukti;
    }

    public String getIsianStatus() {
        return isianStatus;
    }

    public void setIsianStatus(String isianStatus) {
        this.isianStatus = isianStatus;
    }

    public String getIsianNilai() {
        return isianNilai;
    }

    public void setIsianNilai(String isianNilai) {
        this.isianNilai = isianNilai;
    }

    public String getIsianTahunAsal() {
        return isianTahunAsal;
    }

    public void setIsianTahunAsal(String isianTahunAsal) {
        this.isianTahunAsal = isianTahunAsal;
    }

    public String getIsianKeterangan() {
        return isianKeterangan;
    }

    public void setIsianKeterangan(String isianKeterangan) {
        this.isianKeterangan = isianKeterangan;
    }

    public String getIsianPenghambat() {
        return isianPenghambat;
    }

    public void setIsianPenghambat(String isianPenghambat) {
        this.isianPenghambat = isianPenghambat;
    }

    public String getCatatan() {
        return catatan;
    }

    public void setCatatan(String catatan) {
        this.catatan = catatan;
    }

    /** Kept in edit mode: the last save or submit was refused with a message next to a field. */
    public boolean isDiubah() {
        return diubah;
    }

    void setDiubah(boolean diubah) {
        this.diubah = diubah;
    }
}
