package id.akuntara.tenant.kota;

import id.akuntara.spi.JenjangStruktur;
import id.akuntara.spi.PluginTingkatStandar;
import id.akuntara.spi.SebutanKepalaDaerah;
import id.akuntara.spi.TemplatStruktur;
import id.akuntara.spi.TingkatPemerintahan;

import java.util.List;

/**
 * Defaults for every pemda at the kota level (Kota Pangkalpinang, Kota Tanjungpinang, …).
 *
 * <ul>
 *   <li>Structure: Sekretariat Daerah > Asisten > Bagian > Subbagian. Pangkalpinang LAKIP 2021 BAB I prints three
 *       Asisten with three Bagian each; Tanjungpinang LKIP 2020 BAB I (after Perwako Tanjungpinang 56/2019) adds
 *       the Sub Bagian (24 Kepala Sub Bagian in its staff table). Permendagri 56/2019 also sets the nomenclature of the Setda of kabupaten/kota and
 *       its types, but none of the sources available to this project quotes its fan-out limits for kabupaten/kota,
 *       so this template states none: no number is invented, and the platform checks no fan-out for a kota.</li>
 *   <li>Rating scales: the SAKIP grades AA … D ({@link DefinisiSkala#nilaiSakip()}), which Tanjungpinang prints.
 *       No default capaian scale: the two kota seeds use different ones (Pangkalpinang Tabel 3.1, with its
 *       74–75 gap) or none, so each pemda sets its own.</li>
 *   <li>Report name "LKjIP"; the Pangkalpinang "LAKIP" and Tanjungpinang "LKIP" are per-pemda settings.</li>
 * </ul>
 */
public final class KotaPlugin extends PluginTingkatStandar {

    private static final TemplatStruktur STRUKTUR = new TemplatStruktur(List.of(
            new JenjangStruktur("sekda", "Sekretariat Daerah", "Sekretaris Daerah"),
            new JenjangStruktur("asisten", "Asisten", "Asisten"),
            new JenjangStruktur("bagian", "Bagian", "Kepala Bagian"),
            new JenjangStruktur("subbagian", "Subbagian", "Kepala Subbagian")),
            List.of());

    public KotaPlugin() {
        super("kota", TingkatPemerintahan.KOTA, SebutanKepalaDaerah.denganWakil("Walikota"), STRUKTUR,
                List.of("paket/kota-pangkalpinang.json", "paket/kota-tanjungpinang.json"));
    }
}
