package id.akuntara.core.domain.kepegawaian;

/** The breakdowns of staff tables in the seeds (kaltim-a sdm: golongan, pendidikan, jenis kelamin; eselon, status). */
public enum DimensiStatistik {
    GOLONGAN, PENDIDIKAN, ESELON, JENIS_KELAMIN, STATUS
}
