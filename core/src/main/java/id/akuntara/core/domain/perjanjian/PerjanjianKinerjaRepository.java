package id.akuntara.core.domain.perjanjian;

import java.util.List;
import java.util.Optional;

/** Performance agreements of the current pemda. */
public interface PerjanjianKinerjaRepository {

    void simpan(PerjanjianKinerja pk);

    /** Writes pending changes now, so that the record versions a caller is given back are the stored ones. */
    void tulis();

    Optional<PerjanjianKinerja> cariKode(String kode);

    /** All versions of the agreement that {@code pk} belongs to, oldest first. */
    List<PerjanjianKinerja> versi(PerjanjianKinerja pk);

    /** The agreements whose parent is {@code induk} (the next level of the cascade). */
    List<PerjanjianKinerja> anak(PerjanjianKinerja induk);

    /**
     * The agreements of a year ({@code tahun} null: every year) and of a unit ({@code kodeUnit} null: every unit),
     * every version, by year then code.
     */
    List<PerjanjianKinerja> cari(Integer tahun, String kodeUnit);

    /** The version that replaces {@code pk} (its PK Perubahan), if any. */
    Optional<PerjanjianKinerja> pengganti(PerjanjianKinerja pk);
}
