package id.akuntara.core.domain.pengukuran;

import java.util.Optional;

/** Stored snapshots of the current pemda's fixed years (tenant-scoped like every repository). */
public interface SnapshotKinerjaRepository {

    /** The snapshot of that year, if the year is fixed. */
    Optional<SnapshotKinerja> untukTahun(int tahun);

    /** Stores a new snapshot; a year has at most one. */
    void simpan(SnapshotKinerja snapshot);
}
