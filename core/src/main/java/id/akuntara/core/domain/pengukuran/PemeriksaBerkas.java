package id.akuntara.core.domain.pengukuran;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Map;
import java.util.Optional;

/**
 * Which files are accepted as evidence of a realisation (issue 10 point 3): PDF, JPEG, PNG and XLSX, recognised by
 * their CONTENT, never by their name or by the type a client declares, at most {@link #UKURAN_MAKSIMUM} (10 MiB,
 * 10 485 760 bytes — also WildFly's default maximum request body, so an upload the server reads whole is never cut).
 * Evidence is stored in PostgreSQL, hence the limit.
 *
 * <ul>
 *   <li>PDF: starts with {@code %PDF-}; PNG: its eight-byte signature; JPEG: {@code FF D8 FF}.</li>
 *   <li>XLSX: a zip archive (local header {@code PK 03 04}) whose central directory names {@code xl/workbook.xml}.
 *       A renamed zip, a DOCX ({@code word/document.xml}) or an ODS is refused. The central directory is read
 *       without inflating anything, so a compressed bomb costs nothing to inspect.</li>
 * </ul>
 * DOCX is no longer accepted (it was until issue 10): evidence of a realisasi is a scanned or printed document (PDF),
 * a photo (JPEG/PNG) or a worksheet of the figures (XLSX).
 */
public final class PemeriksaBerkas {

    /** 10 MiB. */
    public static final int UKURAN_MAKSIMUM = 10 * 1024 * 1024;

    public static final String PDF = "application/pdf";
    public static final String PNG = "image/png";
    public static final String JPEG = "image/jpeg";
    public static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    private static final byte[] TANDA_PDF = {'%', 'P', 'D', 'F', '-'};
    private static final byte[] TANDA_PNG = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n'};
    private static final byte[] TANDA_JPEG = {(byte) 0xFF, (byte) 0xD8, (byte) 0xFF};
    private static final byte[] TANDA_ZIP = {'P', 'K', 3, 4};

    private static final Map<String, String> NAMA_JENIS = Map.of(PDF, "PDF", PNG, "PNG", JPEG, "JPEG", XLSX, "XLSX");

    private PemeriksaBerkas() {
    }

    /**
     * The content type the file's bytes prove, or the Indonesian reason it is refused ({@link IllegalArgumentException}):
     * empty, larger than 10 MiB, or none of PDF, JPEG, PNG, XLSX.
     */
    public static String jenis(String namaBerkas, byte[] isi) {
        if (isi == null || isi.length == 0) {
            throw new IllegalArgumentException("Berkas " + namaBerkas + " kosong.");
        }
        if (isi.length > UKURAN_MAKSIMUM) {
            throw new IllegalArgumentException("Berkas " + namaBerkas + " berukuran " + isi.length
                    + " bita, melebihi batas " + UKURAN_MAKSIMUM + " bita (10 MiB).");
        }
        return kenali(isi).orElseThrow(() -> new IllegalArgumentException("Isi berkas " + namaBerkas
                + " bukan PDF, JPEG, PNG atau XLSX; hanya jenis itu yang diterima sebagai bukti dukung."));
    }

    /**
     * Checks a file whose type is declared (a data package's {@code jenisKonten}): the declared type must be one of the
     * four and the one its bytes prove. Throws {@link IllegalArgumentException} with an Indonesian message.
     */
    public static void periksa(String namaBerkas, String jenisKonten, byte[] isi) {
        if (!NAMA_JENIS.containsKey(jenisKonten)) {
            throw new IllegalArgumentException("Jenis berkas " + jenisKonten + " tidak diterima; gunakan PDF, JPEG, PNG atau XLSX.");
        }
        String terbukti = jenis(namaBerkas, isi);
        if (!terbukti.equals(jenisKonten)) {
            throw new IllegalArgumentException("Isi berkas " + namaBerkas + " tidak sesuai dengan jenisnya (" + jenisKonten
                    + "; isinya " + NAMA_JENIS.get(terbukti) + ").");
        }
    }

    /** Whether {@code jenisKonten} is one of the accepted types. */
    public static boolean diterima(String jenisKonten) {
        return NAMA_JENIS.containsKey(jenisKonten);
    }

    private static Optional<String> kenali(byte[] isi) {
        if (diawali(isi, TANDA_PDF)) {
            return Optional.of(PDF);
        }
        if (diawali(isi, TANDA_PNG)) {
            return Optional.of(PNG);
        }
        if (diawali(isi, TANDA_JPEG)) {
            return Optional.of(JPEG);
        }
        if (diawali(isi, TANDA_ZIP) && zipMemuat(isi, "xl/workbook.xml")) {
            return Optional.of(XLSX);
        }
        return Optional.empty();
    }

    private static boolean diawali(byte[] isi, byte[] tanda) {
        return isi.length >= tanda.length && Arrays.equals(isi, 0, tanda.length, tanda, 0, tanda.length);
    }

    /**
     * Whether the zip's central directory names {@code entri}: finds the end-of-central-directory record (signature
     * {@code PK 05 06}, in the last 64 KiB + 22 bytes), then walks the central directory's file headers
     * ({@code PK 01 02}) reading their names only. Any inconsistency (offsets outside the file) means "no".
     */
    static boolean zipMemuat(byte[] isi, String entri) {
        int eocd = -1;
        for (int i = isi.length - 22; i >= Math.max(0, isi.length - 22 - 0xFFFF); i--) {
            if (u32(isi, i) == 0x06054b50L) {
                eocd = i;
                break;
            }
        }
        if (eocd < 0) {
            return false;
        }
        int jumlah = u16(isi, eocd + 10);
        long ukuranDir = u32(isi, eocd + 12);
        long awalDir = u32(isi, eocd + 16);
        if (awalDir + ukuranDir > eocd) {
            return false;
        }
        byte[] dicari = entri.getBytes(StandardCharsets.UTF_8);
        int p = (int) awalDir;
        for (int n = 0; n < jumlah; n++) {
            if (p + 46 > eocd || u32(isi, p) != 0x02014b50L) {
                return false;
            }
            int panjangNama = u16(isi, p + 28);
            int panjangEkstra = u16(isi, p + 30);
            int panjangKomentar = u16(isi, p + 32);
            if (p + 46 + panjangNama > eocd) {
                return false;
            }
            if (panjangNama == dicari.length && Arrays.equals(isi, p + 46, p + 46 + panjangNama, dicari, 0, dicari.length)) {
                return true;
            }
            p += 46 + panjangNama + panjangEkstra + panjangKomentar;
        }
        return false;
    }

    private static int u16(byte[] b, int i) {
        return (b[i] & 0xFF) | (b[i + 1] & 0xFF) << 8;
    }

    private static long u32(byte[] b, int i) {
        return ((long) u16(b, i)) | ((long) u16(b, i + 2)) << 16;
    }
}
