package id.akuntara.tenant.kabupaten;

import id.akuntara.spi.JenjangStruktur;
import id.akuntara.spi.PluginTingkatStandar;
import id.akuntara.spi.SebutanKepalaDaerah;
import id.akuntara.spi.TemplatStruktur;
import id.akuntara.spi.TingkatPemerintahan;

import java.util.List;

/**
 * Defaults for every pemda at the kabupaten level (Kabupaten Klungkung, …).
 *
 * <ul>
 *   <li>Structure: Sekretariat Daerah > Asisten > Bagian > Subbagian, the line kota and kabupaten share (domain.md;
 *       Klungkung LKjIP 2020 BAB I prints its Asisten and Bagian). Permendagri
 *       56/2019 also sets the nomenclature of the Setda of kabupaten/kota and its types, but none of the sources
 *       available to this project quotes its fan-out limits for kabupaten/kota, so this template states none: no
 *       number is invented, and the platform checks no fan-out for a kabupaten.</li>
 *   <li>Rating scales: the SAKIP grades AA … D ({@link DefinisiSkala#nilaiSakip()}). No default capaian scale:
 *       Klungkung prints none.</li>
 *   <li>Report name "LKjIP", as Klungkung.</li>
 * </ul>
 */
public final class KabupatenPlugin extends PluginTingkatStandar {

    private static final TemplatStruktur STRUKTUR = new TemplatStruktur(List.of(
            new JenjangStruktur("sekda", "Sekretariat Daerah", "Sekretaris Daerah"),
            new JenjangStruktur("asisten", "Asisten", "Asisten"),
            new JenjangStruktur("bagian", "Bagian", "Kepala Bagian"),
            new JenjangStruktur("subbagian", "Subbagian", "Kepala Subbagian")),
            List.of());

    public KabupatenPlugin() {
        super("kabupaten", TingkatPemerintahan.KABUPATEN, SebutanKepalaDaerah.denganWakil("Bupati"), STRUKTUR,
                List.of("paket/kab-klungkung.json"));
    }
}
