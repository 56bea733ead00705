package id.akuntara.core.domain.rencana;

import id.akuntara.core.calc.Polaritas;
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
 * A performance indicator of a goal or an objective: name, unit (satuan), formula as printed, polarity, kind,
 * decimals shown (LPPD scores carry 4), level, responsible unit and baseline (kondisi awal). Targets and
 * realisations are separate records per year ({@link Target},
 * {@link id.akuntara.core.domain.pengukuran.RealisasiIndikator}).
 */
@Entity
@Audited
@Table(name = "indikator_kinerja")
public class IndikatorKinerja extends EntitasTenant {

    @Column(name = "kode", nullable = false, updatable = false)
    private String kode;

    @Column(name = "nama", nullable = false)
    private String nama;

    @Column(name = "satuan")
    private String satuan;

    @Column(name = "formula")
    private String formula;

    @Enumerated(EnumType.STRING)
    @Column(name = "polaritas", nullable = false)
    private Polaritas polaritas;

    @Enumerated(EnumType.STRING)
    @Column(name = "jenis", nullable = false)
    private JenisIndikator jenis;

    @Column(name = "desimal", nullable = false)
    private int desimal;

    @Enumerated(EnumType.STRING)
    @Column(name = "tingkat", nullable = false)
    private TingkatIndikator tingkat;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "tujuan_id")
    private Tujuan tujuan;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "sasaran_id")
    private Sasaran sasaran;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "unit_penanggung_jawab_id")
    private UnitOrganisasi unitPenanggungJawab;

    @Column(name = "kondisi_awal_tahun")
    private Integer kondisiAwalTahun;

    @Column(name = "kondisi_awal_nilai", precision = 20, scale = 6)
    private BigDecimal kondisiAwalNilai;

    @Column(name = "kondisi_awal_label")
    private String kondisiAwalLabel;

    @Column(name = "sumber_data")
    private String sumberData;

    protected IndikatorKinerja() {
    }

    /** The baseline, when printed. */
    public record KondisiAwal(Integer tahun, BigDecimal nilai, String label) {
    }

    public IndikatorKinerja(String kode, String nama, String satuan, String formula, Polaritas polaritas,
            JenisIndikator jenis, int desimal, Tujuan tujuan, Sasaran sasaran, UnitOrganisasi unitPenanggungJawab,
            KondisiAwal kondisiAwal, String sumberData) {
        if ((tujuan == null) == (sasaran == null)) {
            throw new AturanDilanggarException("Indikator " + kode + " harus melekat pada tepat satu tujuan atau sasaran.");
        }
        if (desimal < 0 || desimal > 6) {
            throw new AturanDilanggarException("Jumlah desimal indikator " + kode + " harus 0–6.");
        }
        this.kode = Aturan.wajib(kode, "Kode indikator");
        this.nama = Aturan.wajib(nama, "Nama indikator");
        this.satuan = satuan;
        this.formula = formula;
        this.polaritas = Aturan.ada(polaritas, "Polaritas");
        this.jenis = Aturan.ada(jenis, "Jenis indikator");
        this.desimal = desimal;
        this.tujuan = tujuan;
        this.sasaran = sasaran;
        this.tingkat = tujuan != null ? TingkatIndikator.TUJUAN : TingkatIndikator.SASARAN;
        this.unitPenanggungJawab = unitPenanggungJawab;
        if (kondisiAwal != null) {
            this.kondisiAwalTahun = kondisiAwal.tahun();
            this.kondisiAwalNilai = kondisiAwal.nilai();
            this.kondisiAwalLabel = kondisiAwal.label();
        }
        this.sumberData = sumberData;
    }

    /**
     * New content (adopting a Renstra draft): the same rules as at creation — exactly one goal or objective, 0–6
     * decimals, a name, a polarity and a kind; a kind that is not composite may not keep composite members (checked
     * by the caller, which knows the members).
     */
    public void ubah(String namaBaru, String satuanBaru, String formulaBaru, Polaritas polaritasBaru, JenisIndikator jenisBaru,
            int desimalBaru, Tujuan tujuanBaru, Sasaran sasaranBaru, UnitOrganisasi unitBaru, KondisiAwal kondisiAwal,
            String sumberDataBaru) {
        if ((tujuanBaru == null) == (sasaranBaru == null)) {
            throw new AturanDilanggarException("Indikator " + kode + " harus melekat pada tepat satu tujuan atau sasaran.");
        }
        if (desimalBaru < 0 || desimalBaru > 6) {
            throw new AturanDilanggarException("Jumlah desimal indikator " + kode + " harus 0–6.");
        }
        this.nama = Aturan.wajib(namaBaru, "Nama indikator");
        this.satuan = satuanBaru;
        this.formula = formulaBaru;
        this.polaritas = Aturan.ada(polaritasBaru, "Polaritas");
        this.jenis = Aturan.ada(jenisBaru, "Jenis indikator");
        this.desimal = desimalBaru;
        this.tujuan = tujuanBaru;
        this.sasaran = sasaranBaru;
        this.tingkat = tujuanBaru != null ? TingkatIndikator.TUJUAN : TingkatIndikator.SASARAN;
        this.unitPenanggungJawab = unitBaru;
        this.kondisiAwalTahun = kondisiAwal == null ? null : kondisiAwal.tahun();
        this.kondisiAwalNilai = kondisiAwal == null ? null : kondisiAwal.nilai();
        this.kondisiAwalLabel = kondisiAwal == null ? null : kondisiAwal.label();
        this.sumberData = sumberDataBaru;
    }

    /** The plan document whose period bounds this indicator's targets. */
    public DokumenRencana dokumen() {
        return (sasaran != null ? sasaran.getTujuan() : tujuan).dokumen();
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

    public String getFormula() {
        return formula;
    }

    public Polaritas getPolaritas() {
        return polaritas;
    }

    public JenisIndikator getJenis() {
        return jenis;
    }

    public int getDesimal() {
        return desimal;
    }

    public TingkatIndikator getTingkat() {
        return tingkat;
    }

    public Optional<Tujuan> getTujuan() {
        return Optional.ofNullable(tujuan);
    }

    public Optional<Sasaran> getSasaran() {
        return Optional.ofNullable(sasaran);
    }

    public Optional<UnitOrganisasi> getUnitPenanggungJawab() {
        return Optional.ofNullable(unitPenanggungJawab);
    }

    public Optional<KondisiAwal> getKondisiAwal() {
        return kondisiAwalTahun == null && kondisiAwalNilai == null && kondisiAwalLabel == null ? Optional.empty()
                : Optional.of(new KondisiAwal(kondisiAwalTahun, kondisiAwalNilai, kondisiAwalLabel));
    }

    public String getSumberData() {
        return sumberData;
    }
}
