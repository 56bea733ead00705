package id.akuntara.reports;

import id.akuntara.spi.SebutanKepalaDaerah;
import id.akuntara.spi.TemplatStruktur;
import id.akuntara.spi.TenantPlugin;
import id.akuntara.spi.TingkatPemerintahan;

import java.util.Locale;
import java.util.ResourceBundle;

/**
 * A level plugin that answers as a real one does, for a test that overrides only what it changes (a template, the
 * report's outline); the optional parts it does not override keep the SPI's defaults.
 */
abstract class PluginPengganti implements TenantPlugin {

    private final TenantPlugin asli;

    PluginPengganti(TenantPlugin asli) {
        this.asli = asli;
    }

    public String id() {
        return asli.id();
    }

    public String versi() {
        return asli.versi();
    }

    public TingkatPemerintahan tingkat() {
        return asli.tingkat();
    }

    public SebutanKepalaDaerah sebutanKepalaDaerah() {
        return asli.sebutanKepalaDaerah();
    }

    public TemplatStruktur templatStruktur() {
        return asli.templatStruktur();
    }

    public ResourceBundle terminologi(Locale bahasa) {
        return asli.terminologi(bahasa);
    }
}
