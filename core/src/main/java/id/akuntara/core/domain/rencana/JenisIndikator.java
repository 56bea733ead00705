package id.akuntara.core.domain.rencana;

/**
 * Kinds of indicator seen in the seeds (domain.md "indicator kinds"): ratios (%), external scores (LPPD with 4
 * decimals, AKIP, EKPPD), survey indices (IKM), weighted composites (Indeks RB 60/40), counts (award nominations),
 * means of other indicators' capaian (Klungkung "Rata-Rata Capaian Sasaran Kabupaten Bidang …") and shares of
 * units meeting a threshold (Kaltim "% PD with SAKIP ≥ B": 28/37).
 */
public enum JenisIndikator {
    RASIO, SKOR_EKSTERNAL, INDEKS_SURVEI, KOMPOSIT_TERTIMBANG, JUMLAH, RATA_RATA_CAPAIAN, PROPORSI_UNIT, LAINNYA;

    /** Kinds whose value is derived from member indicators or units ({@link AnggotaKomposit}). */
    public boolean komposit() {
        return this == KOMPOSIT_TERTIMBANG || this == RATA_RATA_CAPAIAN || this == PROPORSI_UNIT;
    }
}
