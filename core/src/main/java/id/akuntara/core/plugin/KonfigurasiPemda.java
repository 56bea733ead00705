package id.akuntara.core.plugin;

import id.akuntara.core.calc.BatasCapaian;
import id.akuntara.core.calc.KebijakanAgregasi;
import id.akuntara.core.calc.Pembulatan;
import id.akuntara.core.calc.SkalaPredikat;
import id.akuntara.spi.KegunaanSkala;
import id.akuntara.spi.KerangkaLaporan;
import id.akuntara.spi.SebutanKepalaDaerah;
import id.akuntara.spi.TemplatStruktur;

import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The configuration in force for one pemda, after the three layers (core → plugin → pemda), with the
 * calculation policies and scales already in the calculation engine's types.
 *
 * @param kodePemda           the pemda
 * @param idPlugin            its plugin
 * @param versiPlugin         version of that plugin's defaults (cited by stored results)
 * @param sebutanKepalaDaerah head-of-region titles (plugin)
 * @param templatStruktur     organisation template (plugin)
 * @param namaLaporan         report name
 * @param kerangkaLaporan     report outline
 * @param pembulatan          display rounding
 * @param agregasi            policy of means
 * @param batasCapaian        capping
 * @param skala               rating scales by use; a use without a scale rates nothing ("tanpa predikat")
 * @param terminologi         terms
 * @param peringatan          problems of the pemda's own settings (a scale gap, named), to show the tenant admin
 */
public record KonfigurasiPemda(String kodePemda, String idPlugin, String versiPlugin,
        SebutanKepalaDaerah sebutanKepalaDaerah, TemplatStruktur templatStruktur, NilaiBerlapis<String> namaLaporan,
        NilaiBerlapis<KerangkaLaporan> kerangkaLaporan, NilaiBerlapis<Pembulatan> pembulatan,
        NilaiBerlapis<KebijakanAgregasi> agregasi, NilaiBerlapis<BatasCapaian> batasCapaian,
        Map<KegunaanSkala, NilaiBerlapis<SkalaPredikat>> skala, Terminologi terminologi, List<String> peringatan) {

    public KonfigurasiPemda {
        skala = Map.copyOf(skala);
        peringatan = List.copyOf(peringatan);
    }

    /** The scale for that use, if any layer sets one. */
    public Optional<SkalaPredikat> skala(KegunaanSkala kegunaan) {
        return Optional.ofNullable(skala.get(kegunaan)).map(NilaiBerlapis::nilai);
    }
}
