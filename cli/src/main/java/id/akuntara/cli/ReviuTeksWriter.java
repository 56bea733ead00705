package id.akuntara.cli;

import id.akuntara.core.reviu.Galat;
import id.akuntara.core.reviu.HasilReviu;
import id.akuntara.core.reviu.Ringkasan;
import id.akuntara.core.reviu.Temuan;
import java.io.PrintWriter;
import java.nio.file.Path;

/** Readable table of a reviu, in Bahasa Indonesia. */
final class ReviuTeksWriter {

    private ReviuTeksWriter() {
    }

    static void tulis(Path berkas, HasilReviu hasil, PrintWriter out) {
        Ringkasan r = hasil.ringkasan();
        out.println("Reviu " + berkas.getFileName());
        out.printf("Baris dibaca: %d | diperiksa: %d | temuan: %d | galat: %d%n", r.baris(), r.diperiksa(), r.temuan(), r.galat());
        out.println();
        if (hasil.temuan().isEmpty() && r.diperiksa() == 0) {
            out.println("Tidak ada angka yang dapat diperiksa: tidak satu pun baris memuat angka tercetak yang dapat"
                    + " dihitung ulang.");
        } else if (hasil.temuan().isEmpty()) {
            out.println("Tidak ada temuan: semua angka tercetak yang diperiksa sesuai dengan hasil hitung ulang.");
        } else {
            out.println("TEMUAN");
            out.printf("%-6s %-16s %-17s %-20s %-20s %s%n", "Baris", "ID", "Aturan", "Tercetak", "Dihitung", "Jenis");
            for (Temuan t : hasil.temuan()) {
                out.printf("%-6d %-16s %-17s %-20s %-20s %s%n", t.baris(), t.id(), t.aturan(), t.tercetak(), t.dihitung(),
                        t.jenis().kode());
            }
        }
        if (!hasil.galat().isEmpty()) {
            out.println();
            out.println("GALAT MASUKAN (baris ini tidak diperiksa)");
            out.printf("%-6s %-10s %s%n", "Baris", "Kolom", "Pesan");
            for (Galat g : hasil.galat()) {
                out.printf("%-6d %-10s %s%n", g.baris(), g.kolom(), g.pesan());
            }
        }
    }
}
