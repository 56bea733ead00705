package id.akuntara.core.pengukuran;

import java.math.BigDecimal;
import java.util.List;

/**
 * One indicator in one year.
 *
 * @param kode             indicator code
 * @param nama             name
 * @param satuan           unit
 * @param polaritas        {@code naik} or {@code turun}
 * @param jenis            kind ({@code TUNGGAL}, {@code RATA_RATA_CAPAIAN}, {@code KOMPOSIT_TERTIMBANG} …)
 * @param sasaran          code of its sasaran, may be null
 * @param target           the authoritative target (the pemda's source, or the fallback the note names); null when
 *                         no source has one
 * @param targetLain       the targets other sources give that differ from the authoritative one (conflicts)
 * @param realisasi        the year's realisasi with its state
 * @param capaian          the year's capaian after the pemda's capping
 * @param predikat         label on the pemda's capaian scale; null = tanpa predikat, the reason in {@code keterangan}
 * @param triwulan         per triwulan of the action plan: target, realisasi, capaian (empty when none)
 * @param perubahanTahunan (R_t / R_t−1 − 1) × 100, where the previous year's realisasi is known
 * @param targetAkhir      the Renstra target of the plan's last year, when there is one
 * @param kemajuan         R_t / target akhir × 100
 * @param penjelasan       the explanation stored with the realisasi (faktor pendukung / penghambat …), may be null
 * @param keterangan       notes in Bahasa Indonesia: fallbacks, reasons, derived realisasi
 */
public record KinerjaIndikator(String kode, String nama, String satuan, String polaritas, String jenis, String sasaran,
        TargetIndikator target, List<TargetIndikator> targetLain, NilaiRealisasi realisasi, Angka capaian,
        String predikat, List<Triwulan> triwulan, Angka perubahanTahunan, BigDecimal targetAkhir, Angka kemajuan,
        String penjelasan, String keterangan) {

    public KinerjaIndikator {
        targetLain = List.copyOf(targetLain);
        triwulan = List.copyOf(triwulan);
    }

    /**
     * A target from one source.
     *
     * @param sumber    RENSTRA, IKU, PK, PK_PERUBAHAN, RPJMD
     * @param asal      where it is written ("RENSTRA", "PK PK-2021-SEKDA")
     * @param nilai     value (lower bound of a range), null when only a label is printed
     * @param nilaiAtas upper bound of a range, else null
     * @param tampil    the value in Indonesian notation ("3,095", "10–20"), or the quoted label when there is no value
     * @param label     as printed in the source ("70 (cukup)"), may be null
     */
    public record TargetIndikator(String sumber, String asal, BigDecimal nilai, BigDecimal nilaiAtas, String tampil,
            String label) {
    }

    /**
     * A realisasi with its state: {@code terhitung} (a value), {@code belum-rilis}, {@code dibawa-dari} (a value of
     * {@code tahunAsal}), {@code tidak-ada}; {@code turunan} for a composite, whose value is computed from its
     * members and shown under the pemda's rounding (a stored value is shown at its own precision).
     */
    public record NilaiRealisasi(String status, BigDecimal nilai, Integer tahunAsal, String tampil, boolean turunan) {
    }

    /** One triwulan (1–4) of the action plan. */
    public record Triwulan(int ke, BigDecimal target, NilaiRealisasi realisasi, Angka capaian) {
    }
}
