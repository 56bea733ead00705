package id.akuntara.core.domain.perjanjian;

import java.util.List;
import java.util.Optional;

/** Performance agreements of the current pemda. */
public interface PerjanjianKinerjaRepository {

    void simpan(PerjanjianKinerja pk);

    Optional<PerjanjianKinerja> cariKode(String kode);

    /** All versions of the agreement that {@code pk} belongs to, oldest first. */
    List<PerjanjianKinerja> versi(PerjanjianKinerja pk);

    /** The agreements whose parent is {@code induk} (the next level of the cascade). */
    List<PerjanjianKinerja> anak(PerjanjianKinerja induk);
}
