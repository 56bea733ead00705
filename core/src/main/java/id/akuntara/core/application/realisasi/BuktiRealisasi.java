package id.akuntara.core.application.realisasi;

import java.time.Instant;
import java.util.UUID;

/** An evidence file of a realisasi, without its bytes: name, the content type its bytes proved, size, SHA-256. */
public record BuktiRealisasi(UUID id, UUID realisasiId, String namaBerkas, String jenisKonten, int ukuran, String sha256,
        Instant diunggahPada) {
}
