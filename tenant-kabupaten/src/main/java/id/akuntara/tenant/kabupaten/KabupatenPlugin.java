package id.akuntara.tenant.kabupaten;

import id.akuntara.spi.BundelTerminologi;
import id.akuntara.spi.DefinisiSkala;
import id.akuntara.spi.JenjangStruktur;
import id.akuntara.spi.KebijakanPerhitungan;
import id.akuntara.spi.KerangkaLaporan;
import id.akuntara.spi.SebutanKepalaDaerah;
import id.akuntara.spi.TemplatStruktur;
import id.akuntara.spi.TenantPlugin;
import id.akuntara.spi.TingkatPemerintahan;

import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.ResourceBundle;

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
public final class KabupatenPlugin implements TenantPlugin {

    private static final TemplatStruktur STRUKTUR = new TemplatStruktur(List.of(
            new JenjangStruktur("sekda", "Sekretariat Daerah", "Sekretaris Daerah"),
            new JenjangStruktur("asisten", "Asisten", "Asisten"),
            new JenjangStruktur("bagian", "Bagian", "Kepala Bagian"),
            new JenjangStruktur("subbagian", "Subbagian", "Kepala Subbagian")),
            List.of());

    @Override
    public String id() {
        return "kabupaten";
    }

    @Override
    public String versi() {
        return "0.1.0";
    }

    @Override
    public TingkatPemerintahan tingkat() {
        return TingkatPemerintahan.KABUPATEN;
    }

    @Override
    public SebutanKepalaDaerah sebutanKepalaDaerah() {
        return SebutanKepalaDaerah.denganWakil("Bupati");
    }

    @Override
    public TemplatStruktur templatStruktur() {
        return STRUKTUR;
    }

    @Override
    public ResourceBundle terminologi(Locale bahasa) {
        return BundelTerminologi.muat(KabupatenPlugin.class, "id.akuntara.tenant.kabupaten.terminologi", bahasa);
    }

    @Override
    public Optional<String> namaLaporan() {
        return Optional.of("LKjIP");
    }

    @Override
    public Optional<KerangkaLaporan> kerangkaLaporan() {
        return Optional.of(KerangkaLaporan.permenpanRb53Tahun2014());
    }

    @Override
    public Optional<KebijakanPerhitungan> kebijakanPerhitungan() {
        return Optional.of(KebijakanPerhitungan.STANDAR);
    }

    @Override
    public List<DefinisiSkala> skalaPredikat() {
        return List.of(DefinisiSkala.nilaiSakip());
    }

    @Override
    public List<String> paketData() {
        // The package of Kabupaten Klungkung follows the domain model's package format.
        return List.of("paket/kab-klungkung.json");
    }
}
