package id.akuntara.core.teks;

import java.io.IOException;

/**
 * A file that should be UTF-8 text is not: names the 1-based line and column (in characters) of the first byte
 * that is not valid UTF-8. The message is in Bahasa Indonesia.
 */
public final class BukanUtf8Exception extends IOException {

    private final int baris;
    private final int kolom;

    BukanUtf8Exception(int baris, int kolom, int nilaiByte) {
        super(String.format("bukan teks UTF-8: byte 0x%02X di kolom %d tidak sah (mungkin Latin-1/Windows-1252);"
                + " simpan ulang berkas sebagai UTF-8", nilaiByte & 0xFF, kolom));
        this.baris = baris;
        this.kolom = kolom;
    }

    /** The 1-based line of the first invalid byte. */
    public int baris() {
        return baris;
    }

    /** The 1-based column (characters) of the first invalid byte on its line. */
    public int kolom() {
        return kolom;
    }
}
