package id.akuntara.core.domain.kepegawaian;

public enum JenisKelamin {
    LAKI_LAKI, PEREMPUAN
}
