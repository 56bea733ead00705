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

    protected Pemda() {
        // for JPA
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
