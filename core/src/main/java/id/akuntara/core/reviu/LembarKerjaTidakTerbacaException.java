package id.akuntara.core.reviu;

import java.io.IOException;

/**
 * A worksheet file that cannot be read at all (not UTF-8, an unterminated quote, not an XLSX file): nothing of it
 * is checked. {@link #baris()} is the 1-based line the problem is on, 0 when no line can be named; the message is
 * in Bahasa Indonesia and does not repeat the line.
 */
public final class LembarKerjaTidakTerbacaException extends IOException {

    private final int baris;

    public LembarKerjaTidakTerbacaException(int baris, String pesan) {
        super(pesan);
        this.baris = baris;
    }

    public LembarKerjaTidakTerbacaException(int baris, String pesan, Throwable sebab) {
        super(pesan, sebab);
        this.baris = baris;
    }

    public int baris() {
        return baris;
    }
}
