package id.akuntara.web.faces.realisasi;

import id.akuntara.core.akses.AksesDitolakException;
import id.akuntara.core.domain.bersama.AturanDilanggarException;
import id.akuntara.core.galat.GalatIsian;
import id.akuntara.core.galat.KonflikVersiException;
import id.akuntara.core.galat.TidakDitemukanException;
import id.akuntara.web.faces.PesanHalaman;

/**
 * The realisasi pages' messages in the user's language: a label of the bundle, or the use case's own message (core
 * gives every refusal in Bahasa Indonesia and English). Never a stack trace.
 */
final class Pesan {

    private Pesan() {
    }

    static boolean inggris() {
        return PesanHalaman.inggris();
    }

    static String label(String kunci, Object... arg) {
        return PesanHalaman.label(kunci, arg);
    }

    static void info(String teks) {
        PesanHalaman.info(teks);
    }

    static void galat(String clientId, String teks) {
        PesanHalaman.galat(clientId, teks);
    }

    static String teks(GalatIsian g) {
        return inggris() ? g.pesanEn() : g.pesan();
    }

    /** The refusal of a use case other than invalid input, in the user's language. */
    static String teks(RuntimeException e) {
        boolean en = inggris();
        if (e instanceof KonflikVersiException k) {
            return (en ? k.pesanEn() : k.getMessage()) + " " + label("realisasi.dimuatUlang");
        }
        if (e instanceof TidakDitemukanException t) {
            return en ? t.pesanEn() : t.getMessage();
        }
        if (e instanceof AturanDilanggarException a) {
            return en ? a.pesanEn() : a.getMessage();
        }
        if (e instanceof AksesDitolakException a) {
            return en ? a.pesanEn() : a.getMessage();
        }
        return label("realisasi.gagal");
    }


    private static final java.time.format.DateTimeFormatter WAKTU = java.time.format.DateTimeFormatter
            .ofPattern("dd-MM-yyyy HH:mm").withZone(java.time.ZoneId.of("Asia/Jakarta"));

    static String waktu(java.time.Instant t) {
        return t == null ? "" : WAKTU.format(t);
    }

    static String angka(java.math.BigDecimal n) {
        return n == null ? "" : id.akuntara.core.calc.AngkaFormatter.formatTepat(n);
    }
}
