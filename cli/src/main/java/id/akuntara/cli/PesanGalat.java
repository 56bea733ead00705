package id.akuntara.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * The CLI's error lines on stderr, one format for every command: {@code GALAT: berkas TABEL.csv baris 12: …}. Exit
 * code 2 means the input (a file, an argument) is at fault; the message says what and where, in Bahasa Indonesia.
 */
final class PesanGalat {

    /** Exit code for input that cannot be used: an unreadable or invalid file, a wrong argument. */
    static final int MASUKAN = 2;

    private PesanGalat() {
    }

    /** Writes the error; {@code baris} 0 when no line can be named. Returns {@link #MASUKAN}. */
    static int berkas(PrintWriter err, Path berkas, int baris, String pesan) {
        err.println("GALAT: berkas " + berkas + (baris > 0 ? " baris " + baris : "") + ": " + pesan);
        err.flush();
        return MASUKAN;
    }

    /** The error for a file that does not exist or is not a regular file, or null when it is one. */
    static String bukanBerkas(Path berkas) {
        if (!Files.exists(berkas)) {
            return "tidak ditemukan";
        }
        return Files.isRegularFile(berkas) ? null : "bukan berkas biasa (mungkin sebuah direktori)";
    }

    /** An I/O failure said in Bahasa Indonesia (the JDK's own message is English and names no cause a user knows). */
    static String baca(IOException e) {
        if (e instanceof AccessDeniedException) {
            return "tidak dapat dibaca: tidak ada izin membaca berkas ini";
        }
        return "tidak dapat dibaca (galat masukan/keluaran)";
    }
}
