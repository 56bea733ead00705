package id.akuntara.cli;

import java.io.PrintWriter;

/**
 * The progress of {@code akuntara laporan} on stderr, one bar line per stage as it begins
 * ({@code [##########----------] 3/4 Menyusun LKjIP (pdf)}) and a full bar when the file is written. Shown on a
 * terminal, or elsewhere when asked for with {@code --progres}; quiet otherwise, so that scripts read only the result
 * line or the error. An error line follows the bar of the stage that failed.
 */
final class Progres {

    private static final int LEBAR = 20;

    private final PrintWriter err;
    private final int jumlah;
    private final boolean aktif;

    Progres(PrintWriter err, int jumlah, boolean diminta) {
        this.err = err;
        this.jumlah = jumlah;
        this.aktif = diminta || System.console() != null;
    }

    /** Stage {@code ke} (1-based) begins. */
    void langkah(int ke, String teks) {
        baris(ke - 1, ke + "/" + jumlah + " " + teks);
    }

    /** The file is written. */
    void selesai() {
        baris(jumlah, "selesai");
    }

    private void baris(int terisi, String teks) {
        if (aktif) {
            int isi = LEBAR * terisi / jumlah;
            err.println("[" + "#".repeat(isi) + "-".repeat(LEBAR - isi) + "] " + teks);
            err.flush();
        }
    }
}
