package id.akuntara.core.domain.evaluasi;

import id.akuntara.core.calc.KompositCalculator;
import id.akuntara.core.domain.bersama.Aturan;
import id.akuntara.core.domain.bersama.EntitasTenant;
import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import org.hibernate.envers.Audited;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Optional;

/**
 * The SAKIP evaluation of a year by the Inspektorat or KemenPAN-RB: evaluator, LHE number and date, weighted
 * components, the total and grade as the LHE states them, and recommendations. The total of the components is
 * computed ({@link #totalTerhitung}, KompositCalculator.jumlahSkor) and can be compared with the stated one:
 * kaltim-a Tabel 3.1 prints 67,21 for 2019 where the components add up to 67,23.
 */
@Entity
@Audited
@Table(name = "evaluasi_sakip")
public class EvaluasiSakip extends EntitasTenant {

    @Column(name = "tahun", nullable = false, updatable = false)
    private int tahun;

    @Column(name = "evaluator", nullable = false)
    private String evaluator;

    @Column(name = "nomor_lhe")
    private String nomorLhe;

    @Column(name = "tanggal_lhe")
    private LocalDate tanggalLhe;

    @Column(name = "nilai_tertulis", precision = 9, scale = 4)
    private BigDecimal nilaiTertulis;

    @Column(name = "predikat_tertulis")
    private String predikatTertulis;

    @OneToMany(mappedBy = "evaluasi", cascade = CascadeType.ALL)
    @OrderBy("urutan")
    private List<KomponenEvaluasi> komponen = new ArrayList<>();

    @OneToMany(mappedBy = "evaluasi", cascade = CascadeType.ALL)
    @OrderBy("urutan")
    private List<Rekomendasi> rekomendasi = new ArrayList<>();

    protected EvaluasiSakip() {
    }

    public EvaluasiSakip(int tahun, String evaluator, String nomorLhe, LocalDate tanggalLhe, BigDecimal nilaiTertulis,
            String predikatTertulis) {
        this.tahun = tahun;
        this.evaluator = Aturan.wajib(evaluator, "Evaluator");
        this.nomorLhe = nomorLhe;
        this.tanggalLhe = tanggalLhe;
        this.nilaiTertulis = Aturan.tidakNegatif(nilaiTertulis, "Nilai evaluasi");
        this.predikatTertulis = predikatTertulis;
    }

    public KomponenEvaluasi tambahKomponen(String nama, BigDecimal bobot, BigDecimal nilai) {
        KomponenEvaluasi k = new KomponenEvaluasi(this, komponen.size() + 1, nama, bobot, nilai);
        komponen.add(k);
        return k;
    }

    public Rekomendasi tambahRekomendasi(String area, String teks) {
        Rekomendasi r = new Rekomendasi(this, rekomendasi.size() + 1, area, teks);
        rekomendasi.add(r);
        return r;
    }

    /** Σ of component scores, each within its weight, weights totalling 100; empty without components. */
    public Optional<BigDecimal> totalTerhitung() {
        return komponen.isEmpty() ? Optional.empty()
                : Optional.of(KompositCalculator.jumlahSkor(komponen.stream().map(KomponenEvaluasi::keKalkulasi).toList()));
    }

    public int getTahun() {
        return tahun;
    }

    public String getEvaluator() {
        return evaluator;
    }

    public String getNomorLhe() {
        return nomorLhe;
    }

    public Optional<LocalDate> getTanggalLhe() {
        return Optional.ofNullable(tanggalLhe);
    }

    public Optional<BigDecimal> getNilaiTertulis() {
        return Optional.ofNullable(nilaiTertulis);
    }

    public String getPredikatTertulis() {
        return predikatTertulis;
    }

    public List<KomponenEvaluasi> getKomponen() {
        return Collections.unmodifiableList(komponen);
    }

    public List<Rekomendasi> getRekomendasi() {
        return Collections.unmodifiableList(rekomendasi);
    }
}
