package id.akuntara.core.pengukuran;

import id.akuntara.core.calc.SebaranCapaian;

import java.util.List;
import java.util.Optional;

/**
 * The read model of one pemda-year's performance: every figure a report or a screen shows, computed by
 * {@link LayananPengukuran} under the pemda's policies, each derived figure with its trace. Immutable; the same
 * for stored data and for a data package (the one measurement path of docs/architecture.md).
 *
 * @param pemda      the pemda's code
 * @param tahun      the year
 * @param versiAturan version of the rule set that computed it ({@link LayananPengukuran#VERSI_ATURAN})
 * @param kebijakan  the policies in force
 * @param indikator  per indicator measured that year
 * @param sasaran    per sasaran with indicators measured that year
 * @param sebaran    counts of all indicators by band (&gt; 100, = 100, &lt; 100)
 * @param anggaran   the budget tree of the year, program → kegiatan → sub-kegiatan
 * @param evaluasi   the SAKIP evaluations the data hold up to this year (a report shows the latest ones)
 * @param jejak      the trace of every derived figure, by stable id
 */
public record KinerjaTahunan(String pemda, int tahun, String versiAturan, KebijakanPengukuran.Ringkasan kebijakan,
        List<KinerjaIndikator> indikator, List<KinerjaSasaran> sasaran, SebaranCapaian sebaran,
        KinerjaAnggaran anggaran, List<KinerjaEvaluasi> evaluasi, List<Jejak> jejak) {

    public KinerjaTahunan {
        indikator = List.copyOf(indikator);
        sasaran = List.copyOf(sasaran);
        evaluasi = List.copyOf(evaluasi);
        jejak = List.copyOf(jejak);
    }

    public Optional<KinerjaIndikator> indikator(String kode) {
        return indikator.stream().filter(i -> i.kode().equals(kode)).findFirst();
    }

    public Optional<KinerjaSasaran> sasaran(String kode) {
        return sasaran.stream().filter(s -> s.kode().equals(kode)).findFirst();
    }

    public Optional<Jejak> jejak(String id) {
        return jejak.stream().filter(j -> j.id().equals(id)).findFirst();
    }
}
