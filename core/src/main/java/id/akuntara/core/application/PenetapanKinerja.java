package id.akuntara.core.application;

import id.akuntara.core.domain.pengukuran.SnapshotKinerja;

import java.time.Instant;

/**
 * What fixing a year stored, without its figures: the rule-set version that computed them, the fingerprint of the
 * inputs, when and by whom. The API answers it; the figures themselves are read with {@link PengukuranService#kinerja}.
 */
public record PenetapanKinerja(String pemda, int tahun, String versiAturan, String sidikMasukan, Instant ditetapkanPada,
        String ditetapkanOleh) {

    static PenetapanKinerja dari(String pemda, SnapshotKinerja s) {
        return new PenetapanKinerja(pemda, s.getTahun(), s.getVersiAturan(), s.getSidikMasukan(), s.getDitetapkanPada(),
                s.getDitetapkanOleh());
    }
}
