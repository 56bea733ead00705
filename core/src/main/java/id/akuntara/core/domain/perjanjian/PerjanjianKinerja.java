package id.akuntara.core.domain.perjanjian;

import id.akuntara.core.calc.TerbilangFormatter;
import id.akuntara.core.domain.bersama.Aturan;
import id.akuntara.core.domain.bersama.AturanDilanggarException;
import id.akuntara.core.domain.bersama.EntitasTenant;
import id.akuntara.core.domain.bersama.JenisVersi;
import id.akuntara.core.domain.bersama.PresisiTanggal;
import id.akuntara.core.domain.kepegawaian.Penugasan;
import id.akuntara.core.domain.organisasi.UnitOrganisasi;
import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import org.hibernate.envers.Audited;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Optional;

/**
 * A Perjanjian Kinerja (PermenPAN-RB 53/2014): a yearly two-party agreement in versions. The first party is the
 * holder of the position, the second the superior, both as assignments so that "Plt."/"Pj." prefixes print right;
 * place and date (a month-only date exists: "Februari 2021"); rows of sasaran/indikator/target; programs with
 * amounts and the stated total (checked against the sum, and in words); the parent agreement in the cascade
 * Gubernur → Sekda → Asisten → Kepala Biro/Bagian (kaltim-c cascade), which must be of the same year.
 *
 * <p>Rules: content changes only while {@link StatusPerjanjian#DRAFT}; once signed the version is immutable (also
 * enforced by a database trigger, migration V4) and a change is a new version ({@link #buatPerubahan}, "PK
 * Perubahan", kaltim-c: revised 20 August 2021 after Pergub 18/2021 and a change of officeholders).
 */
@Entity
@Audited
@Table(name = "perjanjian_kinerja")
public class PerjanjianKinerja extends EntitasTenant {

    @Column(name = "kode", nullable = false, updatable = false)
    private String kode;

    @Column(name = "tahun", nullable = false, updatable = false)
    private int tahun;

    @Column(name = "versi_ke", nullable = false, updatable = false)
    private int versiKe;

    @Enumerated(EnumType.STRING)
    @Column(name = "jenis_versi", nullable = false, updatable = false)
    private JenisVersi jenisVersi;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "menggantikan_id", updatable = false)
    private PerjanjianKinerja menggantikan;

    @Column(name = "alasan_perubahan")
    private String alasanPerubahan;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "unit_id")
    private UnitOrganisasi unit;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "pihak_pertama_id", nullable = false)
    private Penugasan pihakPertama;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "pihak_kedua_id")
    private Penugasan pihakKedua;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "induk_id")
    private PerjanjianKinerja induk;

    @Column(name = "tempat")
    private String tempat;

    @Column(name = "tanggal")
    private LocalDate tanggal;

    @Enumerated(EnumType.STRING)
    @Column(name = "presisi_tanggal", nullable = false)
    private PresisiTanggal presisiTanggal = PresisiTanggal.HARI;

    @Column(name = "total_tertulis", precision = 20, scale = 2)
    private BigDecimal totalTertulis;

    @Column(name = "total_terbilang")
    private String totalTerbilang;

    @Enumerated(EnumType.STRING)
    @Column(name = "status", nullable = false)
    private StatusPerjanjian status = StatusPerjanjian.DRAFT;

    @Column(name = "ditandatangani_pada")
    private Instant ditandatanganiPada;

    @OneToMany(mappedBy = "perjanjian", cascade = CascadeType.ALL, orphanRemoval = true)
    @OrderBy("urutan")
    private List<BarisPerjanjian> baris = new ArrayList<>();

    @OneToMany(mappedBy = "perjanjian", cascade = CascadeType.ALL, orphanRemoval = true)
    @OrderBy("urutan")
    private List<ProgramPerjanjian> program = new ArrayList<>();

    protected PerjanjianKinerja() {
    }

    /** A new agreement (version 1, murni) in draft. */
    public PerjanjianKinerja(String kode, int tahun, UnitOrganisasi unit, Penugasan pihakPertama, Penugasan pihakKedua,
            PerjanjianKinerja induk) {
        this.kode = Aturan.wajib(kode, "Kode PK");
        this.tahun = tahun;
        this.versiKe = 1;
        this.jenisVersi = JenisVersi.MURNI;
        this.unit = unit;
        this.pihakPertama = Aturan.ada(pihakPertama, "Pihak pertama");
        this.pihakKedua = pihakKedua;
        tetapkanInduk(induk);
    }

    private void tetapkanInduk(PerjanjianKinerja baru) {
        if (baru != null && baru.tahun != tahun) {
            throw new AturanDilanggarException("PK induk " + baru.kode + " bertahun " + baru.tahun + ", bukan " + tahun
                    + ": induk PK harus dari tahun yang sama.");
        }
        for (PerjanjianKinerja p = baru; p != null; p = p.induk) {
            if (p.kode.equals(kode)) {
                throw new AturanDilanggarException("PK " + kode + " tidak boleh menjadi induk dirinya sendiri (siklus).");
            }
        }
        this.induk = baru;
    }

    private void pastikanDraft() {
        if (status != StatusPerjanjian.DRAFT) {
            throw new AturanDilanggarException("PK " + kode + " versi " + versiKe
                    + " sudah ditandatangani dan tidak dapat diubah; buat PK Perubahan.");
        }
    }

    public void tetapkanPenandatanganan(String tempatBaru, LocalDate tanggalBaru, PresisiTanggal presisi) {
        pastikanDraft();
        this.tempat = tempatBaru;
        this.tanggal = tanggalBaru;
        this.presisiTanggal = Aturan.ada(presisi, "Presisi tanggal");
    }

    public void tetapkanTotalTertulis(BigDecimal total, String terbilang) {
        pastikanDraft();
        this.totalTertulis = Aturan.tidakNegatif(total, "Total anggaran PK");
        this.totalTerbilang = terbilang;
    }

    public BarisPerjanjian tambahBaris(BarisPerjanjian.Isi isi) {
        pastikanDraft();
        BarisPerjanjian b = new BarisPerjanjian(this, baris.size() + 1, isi);
        baris.add(b);
        return b;
    }

    public ProgramPerjanjian tambahProgram(ProgramPerjanjian.Isi isi) {
        pastikanDraft();
        ProgramPerjanjian p = new ProgramPerjanjian(this, program.size() + 1, isi);
        program.add(p);
        return p;
    }

    /** Changes the parties of this draft (a new officeholder, a Plt. appointed before signing). */
    public void gantiPihak(Penugasan pihakPertamaBaru, Penugasan pihakKeduaBaru) {
        pastikanDraft();
        this.pihakPertama = Aturan.ada(pihakPertamaBaru, "Pihak pertama");
        this.pihakKedua = pihakKeduaBaru;
    }

    /**
     * Replaces the rows of this draft with {@code isi}, in that order: row n keeps its identity and takes the n-th
     * content, rows beyond the new count are removed (a draft's content is still being written; a signed PK's never
     * changes, see the class comment).
     */
    public void gantiBaris(List<BarisPerjanjian.Isi> isi) {
        pastikanDraft();
        for (int i = 0; i < isi.size(); i++) {
            if (i < baris.size()) {
                baris.get(i).ganti(isi.get(i));
            } else {
                baris.add(new BarisPerjanjian(this, i + 1, isi.get(i)));
            }
        }
        baris.subList(isi.size(), Math.max(isi.size(), baris.size())).clear();
    }

    /** Replaces the programs of this draft with {@code isi}, as {@link #gantiBaris} does for rows. */
    public void gantiProgram(List<ProgramPerjanjian.Isi> isi) {
        pastikanDraft();
        for (int i = 0; i < isi.size(); i++) {
            if (i < program.size()) {
                program.get(i).ganti(isi.get(i));
            } else {
                program.add(new ProgramPerjanjian(this, i + 1, isi.get(i)));
            }
        }
        program.subList(isi.size(), Math.max(isi.size(), program.size())).clear();
    }

    /** Whether this version may still change. */
    public boolean isDraft() {
        return status == StatusPerjanjian.DRAFT;
    }

    /** Signs this version: from now on it is immutable. */
    public void tandatangani(Instant waktu) {
        pastikanDraft();
        if (baris.isEmpty()) {
            throw new AturanDilanggarException("PK " + kode + " tanpa baris sasaran/indikator tidak dapat ditandatangani.");
        }
        this.status = StatusPerjanjian.DITANDATANGANI;
        this.ditandatanganiPada = waktu;
    }

    /**
     * A new draft version (PK Perubahan) copying this signed one's content, with the reason; parties may change
     * (a new officeholder signs).
     */
    public PerjanjianKinerja buatPerubahan(String kodeBaru, String alasan, Penugasan pihakPertamaBaru,
            Penugasan pihakKeduaBaru) {
        PerjanjianKinerja baru = buatPerubahanKosong(kodeBaru, alasan, pihakPertamaBaru, pihakKeduaBaru, induk);
        baris.forEach(b -> baru.tambahBaris(b.isi()));
        program.forEach(p -> baru.tambahProgram(p.isi()));
        return baru;
    }

    /** A new, empty draft version replacing this signed one (used when the new content is given in full). */
    public PerjanjianKinerja buatPerubahanKosong(String kodeBaru, String alasan, Penugasan pihakPertamaBaru,
            Penugasan pihakKeduaBaru, PerjanjianKinerja indukBaru) {
        if (status != StatusPerjanjian.DITANDATANGANI) {
            throw new AturanDilanggarException("PK " + kode + " masih draft: ubah langsung, tidak perlu PK Perubahan.");
        }
        PerjanjianKinerja baru = new PerjanjianKinerja(kodeBaru, tahun, unit,
                pihakPertamaBaru != null ? pihakPertamaBaru : pihakPertama,
                pihakKeduaBaru != null ? pihakKeduaBaru : pihakKedua, indukBaru);
        baru.versiKe = versiKe + 1;
        baru.jenisVersi = JenisVersi.PERUBAHAN;
        baru.menggantikan = this;
        baru.alasanPerubahan = Aturan.wajib(alasan, "Alasan perubahan PK");
        return baru;
    }

    /** Σ of the programs' amounts (the truth; the stated total is checked against it). */
    public BigDecimal totalTerhitung() {
        return program.stream().map(ProgramPerjanjian::getJumlah).reduce(BigDecimal.ZERO, BigDecimal::add);
    }

    /** Stated total minus the computed one, when a total is stated and differs. */
    public Optional<BigDecimal> selisihTotal() {
        return Optional.ofNullable(totalTertulis).map(t -> t.subtract(totalTerhitung())).filter(s -> s.signum() != 0);
    }

    /** The computed total in words ("dua ratus lima puluh empat miliar …"). */
    public String totalTerbilangTerhitung() {
        return TerbilangFormatter.rupiah(totalTerhitung());
    }

    /** "Plt. Asisten …" for the first party. */
    public String sebutanPihakPertama() {
        return pihakPertama.sebutanJabatan();
    }

    public String getKode() {
        return kode;
    }

    public int getTahun() {
        return tahun;
    }

    public int getVersiKe() {
        return versiKe;
    }

    public JenisVersi getJenisVersi() {
        return jenisVersi;
    }

    public Optional<PerjanjianKinerja> getMenggantikan() {
        return Optional.ofNullable(menggantikan);
    }

    public String getAlasanPerubahan() {
        return alasanPerubahan;
    }

    public Optional<UnitOrganisasi> getUnit() {
        return Optional.ofNullable(unit);
    }

    public Penugasan getPihakPertama() {
        return pihakPertama;
    }

    public Optional<Penugasan> getPihakKedua() {
        return Optional.ofNullable(pihakKedua);
    }

    public Optional<PerjanjianKinerja> getInduk() {
        return Optional.ofNullable(induk);
    }

    public String getTempat() {
        return tempat;
    }

    public Optional<LocalDate> getTanggal() {
        return Optional.ofNullable(tanggal);
    }

    public PresisiTanggal getPresisiTanggal() {
        return presisiTanggal;
    }

    public Optional<BigDecimal> getTotalTertulis() {
        return Optional.ofNullable(totalTertulis);
    }

    public String getTotalTerbilang() {
        return totalTerbilang;
    }

    public StatusPerjanjian getStatus() {
        return status;
    }

    public Optional<Instant> getDitandatanganiPada() {
        return Optional.ofNullable(ditandatanganiPada);
    }

    public List<BarisPerjanjian> getBaris() {
        return Collections.unmodifiableList(baris);
    }

    public List<ProgramPerjanjian> getProgram() {
        return Collections.unmodifiableList(program);
    }
}
