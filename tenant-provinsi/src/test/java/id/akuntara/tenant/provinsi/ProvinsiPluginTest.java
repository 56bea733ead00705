package id.akuntara.tenant.provinsi;

import id.akuntara.spi.BundelTerminologi;
import id.akuntara.spi.JenjangStruktur;
import id.akuntara.spi.TemplatStruktur;
import id.akuntara.spi.TenantPlugin;
import id.akuntara.spi.TingkatPemerintahan;
import id.akuntara.spi.TipeSekretariat;
import id.akuntara.spi.kontrak.KontrakPluginTingkatUji;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Locale;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The provinsi plugin: the common contract ({@link KontrakPluginTingkatUji}) plus its own structure. */
class ProvinsiPluginTest extends KontrakPluginTingkatUji {

    @Override
    protected TenantPlugin plugin() {
        return new ProvinsiPlugin();
    }

    @Override
    protected TingkatPemerintahan tingkat() {
        return TingkatPemerintahan.PROVINSI;
    }

    @Override
    protected List<String> sebutan() {
        return List.of("Gubernur", "Wakil Gubernur", "Governor", "Vice Governor");
    }

    @Test
    void setdaTipeAProvinsiTigaTigaTigaTigaSesuaiPermendagri56Tahun2019() {
        TemplatStruktur t = plugin().templatStruktur();
        assertEquals(List.of("sekda", "asisten", "biro", "bagian", "subbagian"),
                t.jenjang().stream().map(JenjangStruktur::kode).toList());
        for (String jenjang : List.of("asisten", "biro", "bagian", "subbagian")) {
            assertEquals(3, t.batas(TipeSekretariat.A, jenjang).getAsInt(), jenjang);
            // tipe B and C: not quoted by any available source, so not stated (unknown, not unlimited)
            assertTrue(t.batas(TipeSekretariat.B, jenjang).isEmpty(), jenjang);
            assertTrue(t.batas(TipeSekretariat.C, jenjang).isEmpty(), jenjang);
        }
        assertTrue(t.batasRentang().stream().allMatch(b -> b.sumber().contains("Permendagri 56/2019")));
        assertEquals("Biro", plugin().terminologi(BundelTerminologi.INDONESIA).getString("jenjang.biro"));
        assertEquals("Bureau", plugin().terminologi(Locale.ENGLISH).getString("jenjang.biro"));
    }
}
