package id.akuntara.spi;

import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.ResourceBundle;

/**
 * Base of a level plugin that keeps the national SAKIP defaults: the report name "LKjIP" and its outline
 * (PermenPAN-RB 53/2014), the standard calculation policies and the SAKIP grade scale AA … D. A level plugin states
 * only what is its own: id, level, head-of-region title, organisation structure and the data packages it ships; its
 * terminology bundle is {@code <plugin package>.terminologi}. Regional differences (LAKIP, LKIP, a capaian scale)
 * are per-pemda settings, not plugin code.
 */
public abstract class PluginTingkatStandar implements TenantPlugin {

    private final String id;
    private final TingkatPemerintahan tingkat;
    private final SebutanKepalaDaerah sebutanKepalaDaerah;
    private final TemplatStruktur templatStruktur;
    private final List<String> paketData;

    protected PluginTingkatStandar(String id, TingkatPemerintahan tingkat, SebutanKepalaDaerah sebutanKepalaDaerah,
                                   TemplatStruktur templatStruktur, List<String> paketData) {
        this.id = id;
        this.tingkat = tingkat;
        this.sebutanKepalaDaerah = sebutanKepalaDaerah;
        this.templatStruktur = templatStruktur;
        this.paketData = List.copyOf(paketData);
    }

    @Override
    public String id() {
        return id;
    }

    @Override
    public String versi() {
        return "0.1.0";
    }

    @Override
    public TingkatPemerintahan tingkat() {
        return tingkat;
    }

    @Override
    public SebutanKepalaDaerah sebutanKepalaDaerah() {
        return sebutanKepalaDaerah;
    }

    @Override
    public TemplatStruktur templatStruktur() {
        return templatStruktur;
    }

    @Override
    public ResourceBundle terminologi(Locale bahasa) {
        return BundelTerminologi.muat(getClass(), getClass().getPackageName() + ".terminologi", bahasa);
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
        return paketData;
    }
}
