package id.akuntara.core.calc;

/**
 * How a blank member enters a mean. The report must say which one it used (domain.md).
 * Source: Klungkung LKjIP 2020 Tabel 3.5 (SAKIP scores of 38 units, 2018): printed mean 81,67 = 3103,55 / 38,
 * i.e. Kec. Nusa Penida's blank counted as zero; 83,88 when it is excluded.
 */
public enum PenangananKosong {
    /** Blanks are left out; the result carries a warning naming how many. */
    DIKECUALIKAN,
    /** Blanks count as zero (Klungkung 2018: 81,67). */
    DIHITUNG_NOL
}
