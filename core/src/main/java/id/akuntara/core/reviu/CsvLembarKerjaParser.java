package id.akuntara.core.reviu;

import java.io.IOException;
import java.io.Reader;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads a CSV worksheet (UTF-8): the separator is ';' or ',', detected from the header row (whichever occurs more
 * outside quotes); fields may be quoted with '"' (a doubled quote inside is a quote), which a ','-separated file
 * needs for Indonesian decimals ("99,69"). A leading byte-order mark is ignored; blank lines are skipped but still
 * counted, so row numbers match the file. A quote that is never closed would swallow the rest of the file, so it
 * is an error ({@link LembarKerjaTidakTerbacaException}) naming the line where it was opened.
 */
public final class CsvLembarKerjaParser {

    private CsvLembarKerjaParser() {
    }

    public static LembarKerja baca(Reader reader) throws IOException {
        String teks = bacaSemua(reader);
        if (!teks.isEmpty() && teks.charAt(0) == '\uFEFF') {
            teks = teks.substring(1);
        }
        char pemisah = deteksiPemisah(teks);
        Pemindai p = new Pemindai(teks, pemisah);
        List<String> judul = p.rekam();
        if (judul == null) {
            return new LembarKerja(List.of(), List.of(new Galat(1, "jenis", "berkas kosong: baris judul tidak ada")));
        }
        KepalaLembarKerja kepala = new KepalaLembarKerja(judul);
        List<BarisLembarKerja> baris = new ArrayList<>();
        while (true) {
            int nomor = p.baris;
            List<String> sel = p.rekam();
            if (sel == null) {
                break;
            }
            if (!KepalaLembarKerja.kosong(sel)) {
                baris.add(kepala.baris(nomor, sel));
            }
        }
        return new LembarKerja(baris, kepala.galat());
    }

    private static String bacaSemua(Reader reader) throws IOException {
        StringBuilder sb = new StringBuilder(1 << 16);
        char[] buf = new char[1 << 16];
        int n;
        while ((n = reader.read(buf)) >= 0) {
            sb.append(buf, 0, n);
        }
        return sb.toString();
    }

    static char deteksiPemisah(String teks) {
        int titikKoma = 0;
        int koma = 0;
        boolean kutip = false;
        for (int i = 0; i < teks.length(); i++) {
            char c = teks.charAt(i);
            if (c == '"') {
                kutip = !kutip;
            } else if (!kutip && (c == '\n' || c == '\r')) {
                break;
            } else if (!kutip && c == ';') {
                titikKoma++;
            } else if (!kutip && c == ',') {
                koma++;
            }
        }
        return koma > titikKoma ? ',' : ';';
    }

    /** Record scanner; {@code baris} is the 1-based line where the next record starts. */
    private static final class Pemindai {
        private final String teks;
        private final char pemisah;
        private int pos;
        int baris = 1;

        Pemindai(String teks, char pemisah) {
            this.teks = teks;
            this.pemisah = pemisah;
        }

        List<String> rekam() throws LembarKerjaTidakTerbacaException {
            if (pos >= teks.length()) {
                return null;
            }
            List<String> sel = new ArrayList<>(8);
            StringBuilder sb = new StringBuilder();
            boolean kutip = false;
            int barisKutip = 0;
            while (pos < teks.length()) {
                char c = teks.charAt(pos++);
                if (kutip) {
                    if (c == '"') {
                        if (pos < teks.length() && teks.charAt(pos) == '"') {
                            sb.append('"');
                            pos++;
                        } else {
                            kutip = false;
                        }
                    } else {
                        if (c == '\n') {
                            baris++;
                        }
                        sb.append(c);
                    }
                } else if (c == '"') {
                    kutip = true;
                    barisKutip = baris;
                } else if (c == pemisah) {
                    sel.add(sb.toString());
                    sb.setLength(0);
                } else if (c == '\n' || c == '\r') {
                    if (c == '\r' && pos < teks.length() && teks.charAt(pos) == '\n') {
                        pos++;
                    }
                    baris++;
                    break;
                } else {
                    sb.append(c);
                }
            }
            if (kutip) {
                throw new LembarKerjaTidakTerbacaException(barisKutip, "tanda kutip dibuka di baris " + barisKutip
                        + " tidak ditutup (kolom ke-" + (sel.size() + 1) + ")");
            }
            sel.add(sb.toString());
            return sel;
        }
    }
}
