package id.akuntara.core.calc;

import java.math.BigDecimal;
import java.math.RoundingMode;

/**
 * Terbilang: a Rupiah amount in Indonesian words, up to 999 triliun (issue 3 rule 9). Rules as the Kaltim PKs
 * write them (kaltim-c extraction 6.1: all seven PK totals' words match their digits): groups of three with
 * "triliun / miliar / juta / ribu", "ratus / puluh / belas", and the prefixed forms "seratus", "seribu",
 * "sepuluh", "sebelas". Example, PK 2022 Sekda: 254.986.626.497 → "dua ratus lima puluh empat miliar sembilan
 * ratus delapan puluh enam juta enam ratus dua puluh enam ribu empat ratus sembilan puluh tujuh rupiah".
 * Sen are written after "koma" as Tanjungpinang LKIP 2020 BAB II does ("… sembilan ratus dua belas koma sembilan
 * belas rupiah").
 */
public final class TerbilangFormatter {

    private static final String[] SATUAN = {"", "satu", "dua", "tiga", "empat", "lima", "enam", "tujuh", "delapan",
        "sembilan", "sepuluh", "sebelas"};
    private static final String[] KELOMPOK = {"", "ribu", "juta", "miliar", "triliun"};
    private static final BigDecimal BATAS = new BigDecimal("1000000000000000");

    private TerbilangFormatter() {
    }

    /** The amount in words followed by "rupiah". */
    public static String rupiah(BigDecimal jumlah) {
        if (jumlah.signum() < 0) {
            throw new IllegalArgumentException("Terbilang tidak untuk jumlah negatif: " + jumlah);
        }
        BigDecimal sen2 = jumlah.setScale(2, RoundingMode.HALF_UP);
        if (sen2.compareTo(BATAS) >= 0) {
            throw new IllegalArgumentException("Terbilang hanya sampai 999 triliun: " + AngkaFormatter.formatTepat(jumlah));
        }
        long bulat = sen2.longValue();
        int sen = sen2.remainder(BigDecimal.ONE).movePointRight(2).intValue();
        String kata = bilangan(bulat);
        if (sen > 0) {
            kata = kata + " koma " + bilangan(sen);
        }
        return kata + " rupiah";
    }

    /** A whole number 0 ≤ n &lt; 10^15 in words. */
    public static String bilangan(long n) {
        if (n == 0) {
            return "nol";
        }
        StringBuilder sb = new StringBuilder();
        long sisa = n;
        long pembagi = 1_000_000_000_000L;
        for (int k = 4; k >= 0; k--) {
            int kelompok = (int) (sisa / pembagi);
            sisa %= pembagi;
            pembagi /= 1000;
            if (kelompok == 0) {
                continue;
            }
            tambah(sb, k == 1 && kelompok == 1 ? "seribu" : ratusan(kelompok) + (k > 0 ? " " + KELOMPOK[k] : ""));
        }
        return sb.toString();
    }

    private static String ratusan(int n) {
        StringBuilder sb = new StringBuilder();
        int r = n / 100;
        int p = n % 100;
        if (r == 1) {
            tambah(sb, "seratus");
        } else if (r > 1) {
            tambah(sb, SATUAN[r] + " ratus");
        }
        if (p >= 20) {
            tambah(sb, SATUAN[p / 10] + " puluh");
            if (p % 10 > 0) {
                tambah(sb, SATUAN[p % 10]);
            }
        } else if (p >= 12) {
            tambah(sb, SATUAN[p - 10] + " belas");
        } else if (p > 0) {
            tambah(sb, SATUAN[p]);
        }
        return sb.toString();
    }

    private static void tambah(StringBuilder sb, String kata) {
        if (sb.length() > 0) {
            sb.append(' ');
        }
        sb.append(kata);
    }
}
