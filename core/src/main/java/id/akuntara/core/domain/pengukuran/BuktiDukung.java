package id.akuntara.core.domain.pengukuran;

import id.akuntara.core.domain.bersama.Aturan;
import id.akuntara.core.domain.bersama.AturanDilanggarException;
import id.akuntara.core.domain.bersama.EntitasTenant;
import jakarta.persistence.Basic;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.envers.Audited;
import org.hibernate.envers.NotAudited;
import org.hibernate.type.SqlTypes;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.util.HexFormat;

/**
 * An evidence file of a realisation, stored in PostgreSQL ({@code bytea}) after {@link PemeriksaBerkas} accepted
 * it, with its SHA-256. Evidence is added, never changed; the audit keeps its metadata, not a second copy of the
 * bytes.
 */
@Entity
@Audited
@Table(name = "bukti_dukung")
public class BuktiDukung extends EntitasTenant {

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "realisasi_id", nullable = false, updatable = false)
    private RealisasiIndikator realisasi;

    @Column(name = "nama_berkas", nullable = false, updatable = false)
    private String namaBerkas;

    @Column(name = "jenis_konten", nullable = false, updatable = false)
    private String jenisKonten;

    @Column(name = "ukuran", nullable = false, updatable = false)
    private int ukuran;

    @Column(name = "sha256", nullable = false, updatable = false)
    private String sha256;

    @NotAudited
    @Basic(fetch = FetchType.LAZY)
    @JdbcTypeCode(SqlTypes.VARBINARY)
    @Column(name = "isi", nullable = false, updatable = false)
    private byte[] isi;

    @Column(name = "diunggah_pada", nullable = false, updatable = false)
    private Instant diunggahPada;

    protected BuktiDukung() {
    }

    public BuktiDukung(RealisasiIndikator realisasi, String namaBerkas, String jenisKonten, byte[] isi, Instant waktu) {
        this.realisasi = Aturan.ada(realisasi, "Realisasi");
        if (realisasi.getStatusAlur() == StatusAlur.DISAHKAN) {
            throw new AturanDilanggarException("Realisasi yang sudah disahkan terkunci; bukti dukung tidak dapat ditambahkan.");
        }
        this.namaBerkas = Aturan.wajib(namaBerkas, "Nama berkas");
        try {
            PemeriksaBerkas.periksa(namaBerkas, jenisKonten, isi);
        } catch (IllegalArgumentException e) {
            throw new AturanDilanggarException(e.getMessage());
        }
        this.jenisKonten = jenisKonten;
        this.isi = isi.clone();
        this.ukuran = isi.length;
        this.sha256 = sha256(isi);
        this.diunggahPada = Aturan.ada(waktu, "Waktu unggah");
    }

    private static String sha256(byte[] isi) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(isi));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    public RealisasiIndikator getRealisasi() {
        return realisasi;
    }

    public String getNamaBerkas() {
        return namaBerkas;
    }

    public String getJenisKonten() {
        return jenisKonten;
    }

    public int getUkuran() {
        return ukuran;
    }

    public String getSha256() {
        return sha256;
    }

    public byte[] getIsi() {
        return isi.clone();
    }

    public Instant getDiunggahPada() {
        return diunggahPada;
    }

    @Override
    public String toString() {
        return namaBerkas + " (" + ukuran + " bita)";
    }
}
