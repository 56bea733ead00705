package id.akuntara.core.calc;

/**
 * State of a computed figure. A target of 0 or a missing value never silently yields a number (issue 3 rule 1).
 */
public enum StatusHasil {
    /** Computed from current data. */
    TERHITUNG("terhitung"),
    /** Cannot be computed; the result carries the reason. */
    TIDAK_DAPAT_DIHITUNG("tidak-dapat-dihitung"),
    /** The realisation has not been released yet (Pangkalpinang LAKIP 2021 3.3: LPPD and AKIP "belum rilis"). */
    BELUM_RILIS("belum-rilis"),
    /**
     * Computed from a realisation carried forward from an earlier year, which the result names (Kaltim LKjIP 2021
     * Tabel 3.3–3.6: the 2018 EKPPD score 3,0885 reported for 2021).
     */
    DIBAWA_DARI("dibawa-dari");

    private final String kode;

    StatusHasil(String kode) {
        this.kode = kode;
    }

    public String kode() {
        return kode;
    }
}
