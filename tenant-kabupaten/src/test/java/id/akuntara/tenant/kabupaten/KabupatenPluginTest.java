package id.akuntara.tenant.kabupaten;

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

class KabupatenPluginTest {

    private final TenantPlugin plugin = new KabupatenPlugin();

    @Test
    void ditemukanLewatMetaInfServices() {
        List<TenantPlugin> ditemukan = ServiceLoader.load(TenantPlugin.class).stream()
                .map(ServiceLoader.Provider::get).toList();
        assertEquals(1, ditemukan.size());
        assertEquals("kabupaten", ditemukan.get(0).id());
        assertEquals(TingkatPemerintahan.KABUPATEN, ditemukan.get(0).tingkat());
        assertEquals(TingkatPemerintahan.KABUPATEN.idPluginBawaan(), ditemukan.get(0).id());
    }

    @Test
    void sebutanKepalaDaerahDanWakil() {
        assertEquals("Bupati", plugin.sebutanKepalaDaerah().kepala());
        assertEquals("Wakil Bupati", plugin.sebutanKepalaDaerah().wakil());
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
        assertEquals("Bupati", id.getString(KunciTerminologi.KEPALA_DAERAH));
        assertEquals("Regent", en.getString(KunciTerminologi.KEPALA_DAERAH));
        assertEquals("Vice Regent", en.getString(KunciTerminologi.WAKIL_KEPALA_DAERAH));
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
        assertTrue(plugin.paketData().stream().allMatch(r -> KabupatenPlugin.class.getClassLoader().getResource(r) != null));
    }

    @Test
    void strukturSekdaAsistenBagianSubbagianTanpaBatasYangTidakDapatDikutip() {
        TemplatStruktur t = new KabupatenPlugin().templatStruktur();
        assertEquals(List.of("sekda", "asisten", "bagian", "subbagian"),
                t.jenjang().stream().map(JenjangStruktur::kode).toList());
        assertTrue(t.batasRentang().isEmpty());
    }
}
