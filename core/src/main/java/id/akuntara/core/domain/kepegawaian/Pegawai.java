package id.akuntara.core.domain.kepegawaian;

import id.akuntara.core.domain.bersama.Aturan;
import id.akuntara.core.domain.bersama.AturanDilanggarException;
import id.akuntara.core.domain.bersama.EntitasTenant;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import org.hibernate.envers.Audited;

import java.util.Optional;

/**
 * A person who holds or held positions: the name as printed with its titles ("Dr. Ir. H. Isran Noor, M.Si."),
 * the NIP when a civil servant (an elected head of region has none), pangkat and golongan ("Pembina Utama Madya",
 * "IV/d"). Gender follows the NIP when there is one.
 */
@Entity
@Audited
@Table(name = "pegawai")
public class Pegawai extends EntitasTenant {

    @Column(name = "kode", nullable = false, updatable = false)
    private String kode;

    @Column(name = "nama", nullable = false)
    private String nama;

    @Column(name = "nip")
    private String nip;

    @Column(name = "pangkat")
    private String pangkat;

    @Column(name = "golongan")
    private String golongan;

    @Enumerated(EnumType.STRING)
    @Column(name = "jenis_kelamin")
    private JenisKelamin jenisKelamin;

    protected Pegawai() {
    }

    public Pegawai(String kode, String nama, String nip, String pangkat, String golongan, JenisKelamin jenisKelamin) {
        this.kode = Aturan.wajib(kode, "Kode pegawai");
        this.nama = Aturan.wajib(nama, "Nama pegawai");
        this.pangkat = pangkat;
        this.golongan = golongan;
        if (nip != null && !nip.isBlank()) {
            Nip n;
            try {
                n = Nip.baca(nip);
            } catch (IllegalArgumentException e) {
                throw new AturanDilanggarException("NIP " + nama + " tidak sah: " + e.getMessage() + ".");
            }
            if (jenisKelamin != null && jenisKelamin != n.jenisKelamin()) {
                throw new AturanDilanggarException("Jenis kelamin " + nama + " tidak sesuai dengan NIP-nya.");
            }
            this.nip = n.digit();
            this.jenisKelamin = n.jenisKelamin();
        } else {
            this.jenisKelamin = jenisKelamin;
        }
    }

    /** Promotion: new pangkat/golongan. */
    public void ubahPangkat(String pangkatBaru, String golonganBaru) {
        this.pangkat = pangkatBaru;
        this.golongan = golonganBaru;
    }

    public String getKode() {
        return kode;
    }

    public String getNama() {
        return nama;
    }

    public Optional<Nip> getNip() {
        return Optional.ofNullable(nip).map(Nip::new);
    }

    public String getPangkat() {
        return pangkat;
    }

    public String getGolongan() {
        return golongan;
    }

    public Optional<JenisKelamin> getJenisKelamin() {
        return Optional.ofNullable(jenisKelamin);
    }
}
