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
