package id.akuntara.core.domain.pemda;

import java.util.Optional;

/** The current pemda's own settings (one record). */
public interface PengaturanPemdaRepository {

    Optional<PengaturanPemda> milikPemdaIni();

    void simpan(PengaturanPemda pengaturan);

    /** Writes pending changes now, so that the version returned to the caller is the stored one. */
    void tulisSekarang();
}
