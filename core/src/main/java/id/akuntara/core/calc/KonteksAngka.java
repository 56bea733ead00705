package id.akuntara.core.calc;

/**
 * What kind of figure a text is expected to hold; it decides the one case Indonesian notation leaves open.
 *
 * <p>"3.095" is 3095 in Indonesian notation, but the Kaltim PK 2021 annexes print the EKPPD target 3,095 as
 * "3.095" (kaltim-c extraction, Inconsistencies 6.2 #6; the main body prints "3,095"). A single dot followed by
 * exactly three digits, with no decimal comma, is therefore ambiguous for a general figure ({@link #UMUM}) and is
 * refused. Rupiah amounts ({@link #RUPIAH}) are whole thousands-grouped numbers, so there the dot is always the
 * thousands separator.
 */
public enum KonteksAngka {
    /** Scores, percentages, indices: "1.234" is ambiguous. */
    UMUM,
    /** Rupiah amounts: dots are always thousands separators. */
    RUPIAH
}
