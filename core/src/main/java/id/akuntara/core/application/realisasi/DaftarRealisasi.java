package id.akuntara.core.application.realisasi;

import id.akuntara.core.pengukuran.KinerjaIndikator;

import java.util.List;

/**
 * The realisasi of a pemda-year, per indicator: every indicator the measurement measures that year (and any other
 * with a stored realisasi), with its authoritative target and the stored realisasi of each period.
 *
 * @param pemda          the caller's pemda
 * @param tahun          year
 * @param tahunDitetapkan whether the year is fixed (targets and capaian then come from its snapshot)
 * @param indikator      per indicator, in the read model's order
 */
public record DaftarRealisasi(String pemda, int tahun, boolean tahunDitetapkan, List<IndikatorRealisasi> indikator) {

    public DaftarRealisasi {
        indikator = List.copyOf(indikator);
    }

    /**
     * One indicator: its code, name, unit, polarity ({@code naik}/{@code turun}), the year's authoritative target
     * (null when no source has one) and its realisasi per period (empty: nothing entered yet).
     */
    public record IndikatorRealisasi(String kode, String nama, String satuan, String polaritas,
            KinerjaIndikator.TargetIndikator target, List<RincianRealisasi> realisasi) {

        public IndikatorRealisasi {
            realisasi = List.copyOf(realisasi);
        }
    }
}
