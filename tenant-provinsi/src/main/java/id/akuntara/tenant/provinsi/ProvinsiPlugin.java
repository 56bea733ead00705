package id.akuntara.tenant.provinsi;

import id.akuntara.spi.BatasRentang;
import id.akuntara.spi.JenjangStruktur;
import id.akuntara.spi.PluginTingkatStandar;
import id.akuntara.spi.SebutanKepalaDaerah;
import id.akuntara.spi.TemplatStruktur;
import id.akuntara.spi.TingkatPemerintahan;
import id.akuntara.spi.TipeSekretariat;

import java.util.List;

/**
 * Defaults for every pemda at the provinsi level (Provinsi Kalimantan Timur, …).
 *
 * <ul>
 *   <li>Structure: Sekretariat Daerah > Asisten > Biro > Bagian > Subbagian. Fan-out limits for a tipe A Setda
 *       from Permendagri 56/2019, as Kaltim LKjIP 2021 BAB I C quotes it: "Sekretariat Daerah Provinsi tipe A
 *       paling banyak memiliki tiga asisten, masing-masing asisten yang dimaksud memiliki paling banyak tiga biro,
 *       masing-masing biro yang dimaksud memiliki paling banyak tiga bagian, masing-masing bagian paling banyak
 *       memiliki tiga subbagian" (Kaltim uses the maximum: 3 Asisten, 9 Biro, 27 Bagian, 81 Subbagian). The
 *       limits for tipe B and tipe C are in the same regulation, but no source available to this project quotes
 *       them, so none are stated (unknown, not unlimited: nothing is checked for tipe B/C).</li>
 *   <li>Rating scales: the SAKIP grades AA … D ({@link DefinisiSkala#nilaiSakip()}), with which Kaltim LKjIP 2021
 *       Tabel 3.1 grades its units. No default capaian scale: Kaltim prints none.</li>
 *   <li>Report name "LKjIP", as Kaltim.</li>
 * </ul>
 */
public final class ProvinsiPlugin extends PluginTingkatStandar {

    private static final String SUMBER_TIPE_A = "Permendagri 56/2019, dikutip dalam LKjIP Setda Prov. Kaltim 2021 "
            + "BAB I C: \"Sekretariat Daerah Provinsi tipe A paling banyak memiliki tiga asisten, masing-masing asisten"
            + " … paling banyak tiga biro, masing-masing biro … paling banyak tiga bagian, masing-masing bagian paling"
            + " banyak memiliki tiga subbagian\"";

    private static final TemplatStruktur STRUKTUR = new TemplatStruktur(List.of(
            new JenjangStruktur("sekda", "Sekretariat Daerah", "Sekretaris Daerah"),
            new JenjangStruktur("asisten", "Asisten", "Asisten"),
            new JenjangStruktur("biro", "Biro", "Kepala Biro"),
            new JenjangStruktur("bagian", "Bagian", "Kepala Bagian"),
            new JenjangStruktur("subbagian", "Subbagian", "Kepala Subbagian")),
            List.of(new BatasRentang(TipeSekretariat.A, "asisten", 3, SUMBER_TIPE_A),
                    new BatasRentang(TipeSekretariat.A, "biro", 3, SUMBER_TIPE_A),
                    new BatasRentang(TipeSekretariat.A, "bagian", 3, SUMBER_TIPE_A),
                    new BatasRentang(TipeSekretariat.A, "subbagian", 3, SUMBER_TIPE_A)));

    public ProvinsiPlugin() {
        super("provinsi", TingkatPemerintahan.PROVINSI, SebutanKepalaDaerah.denganWakil("Gubernur"), STRUKTUR,
                List.of("paket/prov-kaltim.json"));
    }
}
