package id.akuntara.core.pengukuran;

import id.akuntara.core.calc.SebaranCapaian;

import java.util.List;

/**
 * One sasaran in one year.
 *
 * @param kode       sasaran code
 * @param nama       its text
 * @param capaian    the mean of its indicators' capaian, by the pemda's policy (rounded first or not, blanks)
 * @param sebaran    its indicators by band
 * @param serapan    absorption of the budget lines linked to it; null when none is linked
 * @param efisiensi  efficiency; null where the data do not allow it
 * @param peringatan warnings of the aggregation
 */
public record KinerjaSasaran(String kode, String nama, Angka capaian, SebaranCapaian sebaran, Angka serapan,
        Efisiensi efisiensi, List<String> peringatan) {

    public KinerjaSasaran {
        peringatan = List.copyOf(peringatan);
    }

    /**
     * Efficiency of a sasaran by both regional methods where the data allow (docs/calculations.md §6).
     *
     * @param selisihPoin capaian sasaran − serapan (Kaltim Tabel 3.19)
     * @param standar     SE = target capaian sasaran / 100 (Klungkung Tabel 3.2), when the sasaran has a
     *                    mean-of-capaian indicator with a target (else null, as are indeks and tingkat)
     * @param indeks      IE = realisasi capaian sasaran / serapan
     * @param tingkat     (IE − SE) / SE
     * @param keterangan  "Efisien" / "Tidak Efisien", when SE and IE exist
     */
    public record Efisiensi(Angka selisihPoin, Angka standar, Angka indeks, Angka tingkat, String keterangan) {
    }
}
