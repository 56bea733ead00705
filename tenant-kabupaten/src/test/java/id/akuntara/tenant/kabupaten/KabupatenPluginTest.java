package id.akuntara.tenant.kabupaten;

import id.akuntara.spi.BundelTerminologi;
import id.akuntara.spi.JenjangStruktur;
import id.akuntara.spi.TemplatStruktur;
import id.akuntara.spi.TenantPlugin;
import id.akuntara.spi.TingkatPemerintahan;
import id.akuntara.spi.kontrak.KontrakPluginTingkatUji;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Locale;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The kabupaten plugin: the common contract ({@link KontrakPluginTingkatUji}) plus its own structure. */
class KabupatenPluginTest extends KontrakPluginTingkatUji {

    @Override
    protected TenantPlugin plugin() {
        return new KabupatenPlugin();
    }

    @Override
    protected TingkatPemerintahan tingkat() {
        return TingkatPemerintahan.KABUPATEN;
    }

    @Override
    protected List<String> sebutan() {
        return List.of("Bupati", "Wakil Bupati", "Regent", "Vice Regent");
    }

    @Test
    void strukturSekdaAsistenBagianSubbagianTanpaBatasYangTidakDapatDikutip() {
        TemplatStruktur t = plugin().templatStruktur();
        assertEquals(List.of("sekda", "asisten", "bagian", "subbagian"),
                t.jenjang().stream().map(JenjangStruktur::kode).toList());
        assertTrue(t.batasRentang().isEmpty());
        assertEquals("Bagian", plugin().terminologi(BundelTerminologi.INDONESIA).getString("jenjang.bagian"));
        assertEquals("Division", plugin().terminologi(Locale.ENGLISH).getString("jenjang.bagian"));
    }
}
