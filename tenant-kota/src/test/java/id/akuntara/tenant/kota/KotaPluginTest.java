package id.akuntara.tenant.kota;

import id.akuntara.spi.BundelTerminologi;
import id.akuntara.spi.DefinisiSkala;
import id.akuntara.spi.JenjangStruktur;
import id.akuntara.spi.KebijakanPerhitungan;
import id.akuntara.spi.KerangkaLaporan;
import id.akuntara.spi.KunciTerminologi;
import id.akuntara.spi.TemplatStruktur;
import id.akuntara.spi.TenantPlugin;
import id.akuntara.spi.TingkatPemerintahan;
import id.akuntara.spi.TipeSekretariat;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Locale;
import java.util.ResourceBundle;
import java.util.ServiceLoader;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class KotaPluginTest {

    private final TenantPlugin plugin = new KotaPlugin();

    @Test
    void ditemukanLewatMetaInfServices() {
        List<TenantPlugin> ditemukan = ServiceLoader.load(TenantPlugin.class).stream()
                .map(ServiceLoader.Provider::get).toList();
        assertEquals(1, ditemukan.size());
        assertEquals("kota", ditemukan.get(0).id());
        assertEquals(TingkatPemerintahan.KOTA, ditemukan.get(0).tingkat());
        assertEquals(TingkatPemerintahan.KOTA.idPluginBawaan(), ditemukan.get(0).id());
    }

    @Test
    void sebutanKepalaDaerahDanWakil() {
        assertEquals("Walikota", plugin.sebutanKepalaDaerah().kepala());
        assertEquals("Wakil Walikota", plugin.sebutanKepalaDaerah().wakil());
    }

    @Test
    void terminologiBahasaIndonesiaDanInggrisLengkap() {
        for (Locale bahasa : plugin.bahasa()) {
            ResourceBundle b = plugin.terminologi(bahasa);
            assertEquals(bahasa.getLanguage(), b.getLocale().getLanguage().isEmpty() ? "id" : b.getLocale().getLanguage(),
                    "bundel untuk " + bahasa);
            for (String kunci : KunciTerminologi.WAJIB) {
                assertTrue(b.containsKey(kunci), kunci + " / " + bahasa);
            }
            for (JenjangStruktur j : plugin.templatStruktur().jenjang()) {
                assertTrue(b.containsKey(KunciTerminologi.AWALAN_JENJANG + j.kode()), j.kode() + " / " + bahasa);
            }
        }
        ResourceBundle id = plugin.terminologi(BundelTerminologi.INDONESIA);
        ResourceBundle en = plugin.terminologi(Locale.ENGLISH);
        assertEquals("Walikota", id.getString(KunciTerminologi.KEPALA_DAERAH));
        assertEquals("Mayor", en.getString(KunciTerminologi.KEPALA_DAERAH));
        assertEquals("Deputy Mayor", en.getString(KunciTerminologi.WAKIL_KEPALA_DAERAH));
        assertEquals("Bagian", id.getString("jenjang.bagian"));
        assertEquals("Division", en.getString("jenjang.bagian"));
    }

    @Test
    void bawaanPerhitunganSkalaDanLaporan() {
        assertEquals(KebijakanPerhitungan.STANDAR, plugin.kebijakanPerhitungan().orElseThrow());
        assertEquals(List.of(DefinisiSkala.nilaiSakip()), plugin.skalaPredikat());
        assertEquals(KerangkaLaporan.permenpanRb53Tahun2014(), plugin.kerangkaLaporan().orElseThrow());
        assertEquals("LKjIP", plugin.namaLaporan().orElseThrow());
        assertTrue(plugin.versi().matches("\\d+\\.\\d+\\.\\d+"), plugin.versi());
        assertTrue(plugin.paketData().stream().allMatch(r -> KotaPlugin.class.getClassLoader().getResource(r) != null));
    }

    @Test
    void strukturSekdaAsistenBagianSubbagianTanpaBatasYangTidakDapatDikutip() {
        TemplatStruktur t = new KotaPlugin().templatStruktur();
        assertEquals(List.of("sekda", "asisten", "bagian", "subbagian"),
                t.jenjang().stream().map(JenjangStruktur::kode).toList());
        assertTrue(t.batasRentang().isEmpty());
    }
}
