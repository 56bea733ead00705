package id.akuntara.core.domain.bersama;

/**
 * How much of a document date is known. Kaltim's PK and LKjIP are dated "Februari 2022" (kaltim-a signatories,
 * kaltim-c agreements {@code datePrecision}): a month-only date is stored as the first day of the month with
 * precision {@link #BULAN} and printed without the day.
 */
public enum PresisiTanggal {
    HARI, BULAN, TAHUN
}
