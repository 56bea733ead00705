package id.akuntara.core.domain.rencana;

public enum JenisStrategi {
    STRATEGI, ARAH_KEBIJAKAN
}
