package id.akuntara.core.domain.pengukuran;

/** A measurement period: a quarter (triwulan) or the whole year. */
public enum Periode {
    TW1, TW2, TW3, TW4, TAHUNAN
}
