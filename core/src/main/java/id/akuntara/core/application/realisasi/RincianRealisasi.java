package id.akuntara.core.application.realisasi;

import id.akuntara.core.pengukuran.Angka;

import java.math.BigDecimal;
import java.util.List;
import java.util.UUID;

/**
 * One realisasi (indicator, year, period) as the workflow shows it.
 *
 * @param id                 its id (the address of the workflow steps and its evidence)
 * @param kodeIndikator      the indicator's code
 * @param tahun              year
 * @param periode            {@code TW1}…{@code TW4} or {@code TAHUNAN}
 * @param statusNilai        {@code ADA}, {@code BELUM_RILIS}, {@code DIBAWA_DARI}, {@code TIDAK_ADA}
 * @param nilai              the value at its stored precision, null for a blank
 * @param nilaiTampil        the value in Indonesian notation ("81,65"), null for a blank
 * @param tahunAsal          the earlier year of a carried-forward value, else null
 * @param keterangan         the note (the reason of TIDAK_ADA)
 * @param penjelasan         the explanation
 * @param statusAlur         {@code DRAFT}, {@code DIAJUKAN}, {@code DIKEMBALIKAN}, {@code DIVERIFIKASI},
 *                           {@code DISAHKAN} (= ditetapkan, locked)
 * @param alasanDikembalikan the verifier's note while it is returned
 * @param versi              the version to send with the next write
 * @param target             the period's target from the measurement (null in the answer to a write, or when none)
 * @param capaian            the period's capaian from the measurement (null in the answer to a write)
 * @param bukti              its evidence files
 */
public record RincianRealisasi(UUID id, String kodeIndikator, int tahun, String periode, String statusNilai,
        BigDecimal nilai, String nilaiTampil, Integer tahunAsal, String keterangan, Penjelasan penjelasan,
        String statusAlur, String alasanDikembalikan, long versi, TargetPeriode target, Angka capaian,
        List<BuktiRealisasi> bukti) {

    public RincianRealisasi {
        bukti = bukti == null ? List.of() : List.copyOf(bukti);
    }

    /**
     * The target a period is measured against: the authoritative target of the year (its source named in
     * {@code asal}) for {@code TAHUNAN}, the action plan's quarterly target for a triwulan.
     */
    public record TargetPeriode(String sumber, String asal, BigDecimal nilai, BigDecimal nilaiAtas, String tampil) {
    }
}
