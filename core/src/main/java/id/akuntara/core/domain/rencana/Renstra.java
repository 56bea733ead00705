package id.akuntara.core.domain.rencana;

import id.akuntara.core.domain.bersama.Aturan;
import id.akuntara.core.domain.bersama.AturanDilanggarException;
import id.akuntara.core.domain.bersama.EntitasTenant;
import id.akuntara.core.domain.bersama.JenisVersi;
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
 * The Setda's strategic plan for a period, in versions: the original (murni) and revisions (perubahan, e.g.
 * Kaltim's Renstra revised with the RPJMD in 2021, kaltim-a planDocuments "amended"). A revision is a new
 * Renstra that names the one it replaces; the old one stays for the years it governed.
 *
 * <p>Only a draft ({@link StatusRenstra#DRAF}) may change; an adopted Renstra is changed by a Perubahan Renstra
 * ({@link #buatPerubahan}), a new draft that names the version it replaces and why. A draft's tree lives in its
 * {@code naskah} (the working copy) and counts for nothing until {@link #tetapkan adopted}; a replaced version keeps
 * a frozen copy of its tree in {@code naskah} ({@link #bekukan}), so it stays readable as it was adopted.
 */
@Entity
@Audited
@Table(name = "renstra")
public class Renstra extends EntitasTenant implements DokumenRencana {

    @Column(name = "kode", nullable = false, updatable = false)
    private String kode;

    @Column(name = "nama", nullable = false)
    private String nama;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "rpjmd_id")
    private Rpjmd rpjmd;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "unit_id")
    private UnitOrganisasi unit;

    @Column(name = "tahun_mulai", nullable = false)
    private int tahunMulai;

    @Column(name = "tahun_selesai", nullable = false)
    private int tahunSelesai;

    @Enumerated(EnumType.STRING)
    @Column(name = "jenis_versi", nullable = false)
    private JenisVersi jenisVersi;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "menggantikan_id")
    private Renstra menggantikan;

    @Column(name = "ditetapkan")
    private LocalDate ditetapkan;

    @Column(name = "dasar_hukum")
    private String dasarHukum;

    @Enumerated(EnumType.STRING)
    @Column(name = "status", nullable = false)
    private StatusRenstra status = StatusRenstra.DITETAPKAN;

    @Column(name = "alasan_perubahan")
    private String alasanPerubahan;

    @Column(name = "naskah", columnDefinition = "text")
    private String naskah;

    protected Renstra() {
    }

    public Renstra(String kode, String nama, Rpjmd rpjmd, UnitOrganisasi unit, int tahunMulai, int tahunSelesai,
            Renstra menggantikan, LocalDate ditetapkan, String dasarHukum) {
        if (tahunSelesai < tahunMulai) {
            throw new AturanDilanggarException("Periode Renstra " + kode + " terbalik.");
        }
        this.kode = Aturan.wajib(kode, "Kode Renstra");
        this.nama = Aturan.wajib(nama, "Nama Renstra");
        this.rpjmd = rpjmd;
        this.unit = unit;
        this.tahunMulai = tahunMulai;
        this.tahunSelesai = tahunSelesai;
        this.menggantikan = menggantikan;
        this.jenisVersi = menggantikan == null ? JenisVersi.MURNI : JenisVersi.PERUBAHAN;
        this.ditetapkan = ditetapkan;
        this.dasarHukum = dasarHukum;
    }

    /** A new Renstra being written (status DRAF) with its working copy {@code naskah}. */
    public static Renstra draf(String kode, String nama, Rpjmd rpjmd, UnitOrganisasi unit, int tahunMulai, int tahunSelesai,
            String dasarHukum, String naskah) {
        Renstra r = new Renstra(kode, nama, rpjmd, unit, tahunMulai, tahunSelesai, null, null, dasarHukum);
        r.status = StatusRenstra.DRAF;
        r.naskah = Aturan.wajib(naskah, "Naskah Renstra");
        return r;
    }

    /**
     * The Perubahan Renstra of this adopted Renstra: a draft with the same period, RPJMD and unit that names this
     * version as the one it replaces and gives the reason. Refused for a draft (change it directly).
     */
    public Renstra buatPerubahan(String kodeBaru, String namaBaru, String alasan, String naskahSalinan) {
        if (status == StatusRenstra.DRAF) {
            throw new AturanDilanggarException("Renstra " + kode + " masih draf: ubah isinya langsung, tanpa Perubahan Renstra.",
                    "Renstra " + kode + " is still a draft: change it directly, without a Perubahan Renstra.");
        }
        Renstra baru = new Renstra(kodeBaru, namaBaru, rpjmd, unit, tahunMulai, tahunSelesai, this, null, null);
        baru.status = StatusRenstra.DRAF;
        baru.alasanPerubahan = Aturan.wajib(alasan, "Alasan perubahan");
        baru.naskah = Aturan.wajib(naskahSalinan, "Naskah Renstra");
        return baru;
    }

    /** Refuses any change of content unless this Renstra is a draft (HTTP 409 with the reason). */
    public void pastikanDraf() {
        if (status != StatusRenstra.DRAF) {
            throw new AturanDilanggarException("Renstra " + kode + " sudah ditetapkan, bukan draf: isinya tidak dapat diubah."
                    + " Buat Perubahan Renstra untuk mengubahnya.",
                    "Renstra " + kode + " is adopted, not a draft: its content cannot change. Make a Perubahan Renstra to change it.");
        }
    }

    /** Replaces the draft's working copy. */
    public void ubahNaskah(String naskahBaru) {
        pastikanDraf();
        this.naskah = Aturan.wajib(naskahBaru, "Naskah Renstra");
    }

    /**
     * Adopts the draft: from now on its content is the plan's records (written by the caller from the working
     * copy, which is dropped here) and it can no longer change.
     */
    public void tetapkan(LocalDate tanggal, String dasarHukumBaru) {
        pastikanDraf();
        this.status = StatusRenstra.DITETAPKAN;
        this.naskah = null;
        if (tanggal != null) {
            this.ditetapkan = tanggal;
        }
        if (dasarHukumBaru != null && !dasarHukumBaru.isBlank()) {
            this.dasarHukum = dasarHukumBaru.strip();
        }
    }

    /** Keeps the tree of this adopted version as it stood when a Perubahan replaced it (once). */
    public void bekukan(String naskahBeku) {
        if (status != StatusRenstra.DITETAPKAN || naskah != null) {
            throw new AturanDilanggarException("Renstra " + kode + " tidak dapat dibekukan: bukan versi berlaku yang ditetapkan.",
                    "Renstra " + kode + " cannot be frozen: it is not the adopted version in force.");
        }
        this.naskah = Aturan.wajib(naskahBeku, "Naskah Renstra");
    }

    public StatusRenstra getStatus() {
        return status;
    }

    public String getAlasanPerubahan() {
        return alasanPerubahan;
    }

    /** The draft's working copy, or the frozen tree of a replaced version; empty for the version in force. */
    public Optional<String> getNaskah() {
        return Optional.ofNullable(naskah);
    }

    public String getKode() {
        return kode;
    }

    public String getNama() {
        return nama;
    }

    public Optional<Rpjmd> getRpjmd() {
        return Optional.ofNullable(rpjmd);
    }

    public Optional<UnitOrganisasi> getUnit() {
        return Optional.ofNullable(unit);
    }

    @Override
    public int getTahunMulai() {
        return tahunMulai;
    }

    @Override
    public int getTahunSelesai() {
        return tahunSelesai;
    }

    public JenisVersi getJenisVersi() {
        return jenisVersi;
    }

    public Optional<Renstra> getMenggantikan() {
        return Optional.ofNullable(menggantikan);
    }

    public LocalDate getDitetapkan() {
        return ditetapkan;
    }

    public String getDasarHukum() {
        return dasarHukum;
    }
}
