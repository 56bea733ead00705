package id.akuntara.core.domain.pengukuran;

/**
 * State of a realisation value (domain.md "realisations"): released; not yet released (Pangkalpinang LAKIP 2021
 * LPPD and AKIP 2021); carried forward from an earlier year with a footnote (Kaltim EKPPD 2018 used for 2020 and
 * 2021); missing, with a reason.
 */
public enum StatusNilai {
    ADA, BELUM_RILIS, DIBAWA_DARI, TIDAK_ADA
}
