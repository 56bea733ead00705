package id.akuntara.core.calc;

import java.math.BigDecimal;

/**
 * Reads numbers written the Indonesian way: "." groups thousands, "," marks decimals — "1.234.567,89",
 * "3,2721", "75 %", "Rp 47.845.628.624,-" (Pangkalpinang LAKIP 2021, 3.4 Analisa Keuangan).
 *
 * <p>Business rule (issue 3 rule 9): a value whose meaning is ambiguous is an error, never a guess. Refused:
 * several commas ("838,318,150", Tanjungpinang LKIP 2020 realisasi anggaran, English grouping), a dot followed by
 * other than three digits ("33.34", Tanjungpinang Tabel 3.3, a decimal point), "1,234.5" (English notation), and
 * — outside {@link KonteksAngka#RUPIAH} — a single "d.ddd" group ("3.095", see {@link KonteksAngka}).
 *
 * <p>The parsed value keeps the printed precision as its scale. Stateless and thread-safe; written as a
 * character scanner (no regular expressions) because the reviu parses hundreds of thousands of cells.
 */
public final class AngkaParser {

    private AngkaParser() {
    }

    /** Parses a general figure ({@link KonteksAngka#UMUM}). */
    public static AngkaTercetak parse(String teks) {
        return parse(teks, KonteksAngka.UMUM);
    }

    /** Parses a Rupiah amount; "Rp"/"Rp." prefixes and a ",-" suffix are accepted. */
    public static BigDecimal parseRupiah(String teks) {
        return parse(teks, KonteksAngka.RUPIAH).nilai();
    }

    public static AngkaTercetak parse(String teks, KonteksAngka konteks) {
        if (teks == null || teks.isBlank()) {
            throw new AngkaTidakTerbacaException(String.valueOf(teks), "angka kosong");
        }
        String s = teks.strip();
        KonteksAngka k = konteks;
        String tanpaRp = buangAwalanRupiah(s);
        if (tanpaRp != null) {
            s = tanpaRp;
            k = KonteksAngka.RUPIAH;
        }
        boolean persen = false;
        if (s.endsWith("%")) {
            persen = true;
            s = s.substring(0, s.length() - 1).stripTrailing();
        }
        if (s.endsWith(",-")) {
            s = s.substring(0, s.length() - 2);
        }
        return new AngkaTercetak(pindai(teks, s, k), persen);
    }

    private static String buangAwalanRupiah(String s) {
        if (s.length() < 2 || (s.charAt(0) != 'R' && s.charAt(0) != 'r') || (s.charAt(1) != 'p' && s.charAt(1) != 'P')) {
            return null;
        }
        int i = 2;
        if (i < s.length() && s.charAt(i) == '.') {
            i++;
        }
        return s.substring(i).strip();
    }

    private static BigDecimal pindai(String asli, String s, KonteksAngka konteks) {
        int n = s.length();
        int i = 0;
        boolean negatif = false;
        if (i < n && (s.charAt(i) == '-' || s.charAt(i) == '\u2212')) {
            negatif = true;
            i++;
        }
        if (i >= n) {
            throw tidakTerbaca(asli);
        }
        StringBuilder digit = new StringBuilder(n);
        long mantisa = 0;
        int titik = 0;
        int digitSejakPemisah = 0;
        boolean adaDigitAwal = false;
        int skala = -1;
        for (; i < n; i++) {
            char c = s.charAt(i);
            if (c >= '0' && c <= '9') {
                digit.append(c);
                mantisa = mantisa * 10 + (c - '0');
                digitSejakPemisah++;
                if (skala >= 0) {
                    skala++;
                }
                adaDigitAwal = true;
            } else if (c == '.' && skala < 0) {
                if (!adaDigitAwal || (titik == 0 ? digitSejakPemisah > 3 : digitSejakPemisah != 3)) {
                    throw titikDesimal(asli);
                }
                titik++;
                digitSejakPemisah = 0;
            } else if (c == ',') {
                if (skala >= 0) {
                    throw new AngkaTidakTerbacaException(asli, "angka ambigu '" + asli
                            + "': koma lebih dari satu (pemisah ribuan gaya Inggris?); tulis dalam format Indonesia, mis. 1.234.567,89");
                }
                if (!adaDigitAwal || (titik > 0 && digitSejakPemisah != 3)) {
                    throw titikDesimal(asli);
                }
                skala = 0;
            } else if (c == '.') {
                throw new AngkaTidakTerbacaException(asli, "angka ambigu '" + asli
                        + "': titik sesudah koma (format Inggris?); tulis dalam format Indonesia, mis. 1.234.567,89");
            } else {
                throw tidakTerbaca(asli);
            }
        }
        if (skala == 0) {
            throw tidakTerbaca(asli);
        }
        if (skala < 0) {
            if (titik > 0 && digitSejakPemisah != 3) {
                throw titikDesimal(asli);
            }
            if (titik == 1 && konteks == KonteksAngka.UMUM) {
                throw new AngkaTidakTerbacaException(asli, "angka ambigu '" + asli
                        + "': titik dapat berarti pemisah ribuan atau tanda desimal; tulis tanpa titik atau dengan koma desimal");
            }
            skala = 0;
        }
        // up to 18 digits fit a long: avoid parsing a BigInteger from text (the reviu reads ~300 000 cells)
        BigDecimal nilai = digit.length() <= 18 ? BigDecimal.valueOf(mantisa, skala)
                : new BigDecimal(new java.math.BigInteger(digit.toString()), skala);
        return negatif ? nilai.negate() : nilai;
    }

    private static AngkaTidakTerbacaException titikDesimal(String asli) {
        return new AngkaTidakTerbacaException(asli, "angka ambigu '" + asli
                + "': titik bukan pemisah ribuan yang sah (tanda desimal gaya Inggris?); gunakan koma sebagai tanda desimal");
    }

    private static AngkaTidakTerbacaException tidakTerbaca(String asli) {
        return new AngkaTidakTerbacaException(asli, "bukan angka dalam format Indonesia: '" + asli + "'");
    }
}
