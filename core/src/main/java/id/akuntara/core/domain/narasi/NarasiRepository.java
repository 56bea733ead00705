package id.akuntara.core.domain.narasi;

import java.util.List;
import java.util.Optional;

/** Report narratives of the current pemda. */
public interface NarasiRepository {

    void simpan(Narasi narasi);

    Optional<Narasi> cari(int tahun, String bagian);

    List<Narasi> tahun(int tahun);
}
