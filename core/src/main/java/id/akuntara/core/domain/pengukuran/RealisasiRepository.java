package id.akuntara.core.domain.pengukuran;

import id.akuntara.core.domain.rencana.IndikatorKinerja;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** Realisations, their evidence and capaian snapshots of the current pemda. */
public interface RealisasiRepository {

    void simpan(Object realisasiBuktiAtauHasil);

    Optional<RealisasiIndikator> cari(UUID id);

    Optional<RealisasiIndikator> cari(IndikatorKinerja indikator, int tahun, Periode periode);

    List<BuktiDukung> bukti(RealisasiIndikator realisasi);

    List<HasilCapaian> hasil(IndikatorKinerja indikator, int tahun);
}
