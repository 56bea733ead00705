package id.akuntara.spi;

/**
 * How a blank member enters a mean: left out, or counted as zero (Klungkung LKjIP 2020 Tabel 3.5 divides by all
 * 38 units, one blank counted as zero: 81,67 instead of 83,88).
 */
public enum PerlakuanKosong {
    DIKECUALIKAN, DIHITUNG_NOL
}
