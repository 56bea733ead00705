package id.akuntara.core.application.realisasi;

/** An evidence file to download: its name, stored content type, SHA-256 and bytes. */
public record BerkasBukti(String namaBerkas, String jenisKonten, String sha256, byte[] isi) {
}
