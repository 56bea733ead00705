package id.akuntara.core.domain.pemda;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.time.ZoneId;

/**
 * A regional government (the tenant). Its {@code kode} equals the alias of its Keycloak organization.
 * The report name differs per region (LAKIP Pangkalpinang, LKIP Tanjungpinang, LKjIP Klungkung and
 * Kaltim — see the seed reports), so it is data, not code.
 */
@Entity
@Table(name = "pemda")
public class Pemda {

    @Id
    @Column(name = "kode")
    private String kode;

    @Column(name = "nama", nullable = false)
    private String nama;

    @Enumerated(EnumType.STRING)
    @Column(name = "tingkat", nullable = false)
    private Tingkat tingkat;

    @Column(name = "zona_waktu", nullable = false)
    private String zonaWaktu;

    @Column(name = "nama_laporan", nullable = false)
    private String namaLaporan;

    @Column(name = "provinsi")
    private String provinsi;

    protected Pemda() {
        // for JPA
    }

    /**
     * A new pemda as the platform's admin registers it (issue 13 point 4); the values are checked by the onboarding
     * use case ({@code application.pemda.OnboardingPemdaService}) and again by the table's CHECKs (V50).
     */
    public Pemda(String kode, String nama, Tingkat tingkat, String provinsi, ZoneId zonaWaktu, String namaLaporan) {
        this.kode = kode;
        this.nama = nama;
        this.tingkat = tingkat;
        this.provinsi = provinsi;
        this.zonaWaktu = zonaWaktu.getId();
        this.namaLaporan = namaLaporan;
    }

    public String getProvinsi() {
        return provinsi;
    }

    public String getKode() {
        return kode;
    }

    public String getNama() {
        return nama;
    }

    public Tingkat getTingkat() {
        return tingkat;
    }

    public ZoneId getZonaWaktu() {
        return ZoneId.of(zonaWaktu);
    }

    public String getNamaLaporan() {
        return namaLaporan;
    }
}
