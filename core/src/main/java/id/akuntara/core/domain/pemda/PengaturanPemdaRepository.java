package id.akuntara.core.domain.pemda;

import java.util.Optional;

/** The current pemda's own settings (one record). */
public interface PengaturanPemdaRepository {

    Optional<PengaturanPemda> milikPemdaIni();

    void simpan(PengaturanPemda pengaturan);
}
