package id.akuntara.cli;

import id.akuntara.spi.KebijakanPerhitungan;
import id.akuntara.spi.KerangkaLaporan;
import id.akuntara.spi.SebutanKepalaDaerah;
import id.akuntara.spi.TemplatStruktur;
import id.akuntara.spi.TenantPlugin;
import id.akuntara.spi.TingkatPemerintahan;
import id.akuntara.tenant.kabupaten.KabupatenPlugin;

import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.ResourceBundle;

/**
 * Test fixture only: ships the synthetic package {@code kab-contoh} (paket-uji/kab-contoh.json, a copy of
 * core/src/test/resources/paket/kab-contoh.json) so the CLI tests have a built-in package whose content they
 * control. Everything else is the kabupaten plugin's; precedence −1, so it never serves a pemda. A real fifth pemda
 * needs no plugin (docs/data-package.md "A fifth pemda").
 */
public final class KabupatenUjiPlugin implements TenantPlugin {

    private final KabupatenPlugin asli = new KabupatenPlugin();

    @Override
    public String id() {
        return "kabupaten-uji";
    }

    @Override
    public String versi() {
        return "0.0.1-uji";
    }

    @Override
    public TingkatPemerintahan tingkat() {
        return TingkatPemerintahan.KABUPATEN;
    }

    @Override
    public int prioritas() {
        return -1;
    }

    @Override
    public SebutanKepalaDaerah sebutanKepalaDaerah() {
        return asli.sebutanKepalaDaerah();
    }

    @Override
    public TemplatStruktur templatStruktur() {
        return asli.templatStruktur();
    }

    @Override
    public ResourceBundle terminologi(Locale bahasa) {
        return asli.terminologi(bahasa);
    }

    @Override
    public Optional<String> namaLaporan() {
        return asli.namaLaporan();
    }

    @Override
    public Optional<KerangkaLaporan> kerangkaLaporan() {
        return asli.kerangkaLaporan();
    }

    @Override
    public Optional<KebijakanPerhitungan> kebijakanPerhitungan() {
        return asli.kebijakanPerhitungan();
    }

    @Override
    public List<String> paketData() {
        return List.of("paket-uji/kab-contoh.json");
    }
}
