package id.akuntara.core.domain.rencana;

/** Level an indicator measures (kaltim-a indicators.level: tujuan, sasaran; program and kegiatan indicators). */
public enum TingkatIndikator {
    TUJUAN, SASARAN, PROGRAM, KEGIATAN, SUB_KEGIATAN
}
