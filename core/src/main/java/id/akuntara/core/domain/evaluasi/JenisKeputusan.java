package id.akuntara.core.domain.evaluasi;

public enum JenisKeputusan {
    REWARD, PUNISHMENT
}
