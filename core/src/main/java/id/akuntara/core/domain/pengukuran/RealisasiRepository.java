package id.akuntara.core.domain.pengukuran;

import id.akuntara.core.domain.rencana.IndikatorKinerja;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** Realisations and their evidence of the current pemda. */
public interface RealisasiRepository {

    void simpan(Object realisasiAtauBukti);

    Optional<RealisasiIndikator> cari(UUID id);

    Optional<RealisasiIndikator> cari(IndikatorKinerja indikator, int tahun, Periode periode);

    List<BuktiDukung> bukti(RealisasiIndikator realisasi);
}
