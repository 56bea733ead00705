package id.akuntara.core.domain.pengukuran;

import java.util.Arrays;
import java.util.Map;

/**
 * Evidence files are stored in PostgreSQL, so they are limited in size ({@link #UKURAN_MAKSIMUM}, 5 MiB) and
 * restricted to the document and image types that evidence of realisations takes (PDF scans, photos for the
 * "dokumentasi" sections, spreadsheets and word-processor files). The declared content type must match the
 * file's first bytes (its signature): a renamed executable is refused.
 */
public final class PemeriksaBerkas {

    public static final int UKURAN_MAKSIMUM = 5 * 1024 * 1024;

    private static final byte[] PDF = {'%', 'P', 'D', 'F', '-'};
    private static final byte[] PNG = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n'};
    private static final byte[] JPEG = {(byte) 0xFF, (byte) 0xD8, (byte) 0xFF};
    private static final byte[] ZIP = {'P', 'K', 3, 4};

    private static final Map<String, byte[]> TANDA = Map.of(
            "application/pdf", PDF,
            "image/png", PNG,
            "image/jpeg", JPEG,
            "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", ZIP,
            "application/vnd.openxmlformats-officedocument.wordprocessingml.document", ZIP);

    private PemeriksaBerkas() {
    }

    /** Throws {@link IllegalArgumentException} with an Indonesian message when the file is refused. */
    public static void periksa(String namaBerkas, String jenisKonten, byte[] isi) {
        if (isi == null || isi.length == 0) {
            throw new IllegalArgumentException("Berkas " + namaBerkas + " kosong.");
        }
        if (isi.length > UKURAN_MAKSIMUM) {
            throw new IllegalArgumentException("Berkas " + namaBerkas + " berukuran " + isi.length
                    + " bita, melebihi batas " + UKURAN_MAKSIMUM + " bita (5 MiB).");
        }
        byte[] tanda = TANDA.get(jenisKonten);
        if (tanda == null) {
            throw new IllegalArgumentException("Jenis berkas " + jenisKonten + " tidak diterima; gunakan PDF, PNG, JPEG, XLSX atau DOCX.");
        }
        if (isi.length < tanda.length || !Arrays.equals(Arrays.copyOf(isi, tanda.length), tanda)) {
            throw new IllegalArgumentException("Isi berkas " + namaBerkas + " tidak sesuai dengan jenisnya (" + jenisKonten + ").");
        }
    }
}
