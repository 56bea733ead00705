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

    /**
     * The indicator of that code and its realisasi of that year and period, if any, read together (one query: entering
     * a value needs both); empty when the pemda has no indicator of that code.
     */
    Optional<RealisasiDicari> cari(String kodeIndikator, int tahun, Periode periode);

    /**
     * Writes pending changes now, so a caller gets the stored {@code versi} back. Two people creating the same
     * indicator-year-period at once: the second is refused ({@code AturanDilanggarException}, a conflict) instead of
     * failing on the unique key; two saving the same version: the second gets the optimistic-lock failure.
     */
    void tulisSekarang();

    /** Every realisasi of the year (all periods), its indicator loaded, ordered by indicator code and period. */
    List<RealisasiIndikator> tahun(int tahun);

    /** One evidence file, its bytes included. */
    Optional<BuktiDukung> cariBukti(UUID id);

    /** The evidence of the year's realisasi without their bytes, oldest first. */
    List<RingkasanBukti> ringkasanBukti(int tahun);

    /** The evidence of one realisasi without their bytes, oldest first. */
    List<RingkasanBukti> ringkasanBukti(RealisasiIndikator realisasi);
}
