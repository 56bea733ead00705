package id.akuntara.core.infrastructure.paket;

import id.akuntara.core.paket.HasilPemeriksaan;
import id.akuntara.core.paket.Paket;
import id.akuntara.core.paket.PaketTidakSahException;
import jakarta.persistence.EntityManager;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;

/**
 * Loads a built-in data package (shipped by a plugin) into its pemda once, inside the caller's transaction (whose
 * tenant is that pemda): skipped when the marker table {@code paket_dimuat} already names the pemda; otherwise
 * checked ({@link Paket#periksa}; any error → {@link PaketTidakSahException}, nothing written), imported through
 * the ordinary import ({@link ImporPaket}) and marked with the resource name and its SHA-256, in the same
 * transaction, so a failed import leaves neither data nor marker.
 */
public final class MuatPaketBawaan {

    /** What happened. */
    public enum Hasil {
        /** Imported and marked. */
        DIMUAT,
        /** The pemda had already loaded a package; nothing done. */
        SUDAH_DIMUAT
    }

    /** A marker row. */
    public record Penanda(String sumber, String sha256) {
    }

    private final EntityManager em;

    public MuatPaketBawaan(EntityManager em) {
        this.em = em;
    }

    public Hasil muat(String kodePemda, String sumber, String json) {
        if (penanda().isPresent()) {
            return Hasil.SUDAH_DIMUAT;
        }
        HasilPemeriksaan hasil = Paket.periksa(json);
        if (!hasil.sah()) {
            throw new PaketTidakSahException(hasil.galat());
        }
        new ImporPaket(em).impor(hasil.paket().orElseThrow(), kodePemda);
        em.createNativeQuery("INSERT INTO paket_dimuat (pemda, sumber, sha256) VALUES (?1, ?2, ?3)")
                .setParameter(1, kodePemda).setParameter(2, sumber).setParameter(3, sha256(json)).executeUpdate();
        return Hasil.DIMUAT;
    }

    /** The current pemda's marker, if it loaded a package (row-level security shows only its own row). */
    public Optional<Penanda> penanda() {
        @SuppressWarnings("unchecked")
        List<Object[]> baris = em.createNativeQuery("SELECT sumber, sha256 FROM paket_dimuat").getResultList();
        return baris.stream().findFirst().map(b -> new Penanda((String) b[0], (String) b[1]));
    }

    public static String sha256(String isi) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(isi.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
