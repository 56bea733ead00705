package id.akuntara.core.domain.pengukuran;

import id.akuntara.core.domain.rencana.IndikatorKinerja;

import java.util.Optional;

/** An indicator found by its code, with its realisasi of one year and period when there is one. */
public record RealisasiDicari(IndikatorKinerja indikator, Optional<RealisasiIndikator> realisasi) {
}
