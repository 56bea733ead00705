package id.akuntara.core.domain.pengukuran;

import java.time.Instant;
import java.util.UUID;

/**
 * An evidence file without its bytes: what a list of evidence shows (name, the content type its bytes proved, size,
 * SHA-256, when uploaded). Read by a projection, so listing never loads the files themselves.
 */
public record RingkasanBukti(UUID id, UUID realisasiId, String namaBerkas, String jenisKonten, int ukuran, String sha256,
        Instant diunggahPada) {
}
