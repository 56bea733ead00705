package id.akuntara.spi.kontrak;

import id.akuntara.spi.BundelTerminologi;
import id.akuntara.spi.DefinisiSkala;
import id.akuntara.spi.JenjangStruktur;
import id.akuntara.spi.KebijakanPerhitungan;
import id.akuntara.spi.KerangkaLaporan;
import id.akuntara.spi.KunciTerminologi;
import id.akuntara.spi.TenantPlugin;
import id.akuntara.spi.TingkatPemerintahan;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Locale;
import java.util.ResourceBundle;
import java.util.ServiceLoader;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * What every built-in level plugin must satisfy, run by each plugin module's test (shipped in the spi test-jar):
 * found through {@code META-INF/services}, head-of-region titles in both languages, complete terminology bundles,
 * the national SAKIP defaults, and every data package it lists present in its jar. A subclass states the
 * expected values and adds its level's own assertions (structure, span of control).
 */
public abstract class KontrakPluginTingkatUji {

    /** The plugin under test. */
    protected abstract TenantPlugin plugin();

    protected abstract TingkatPemerintahan tingkat();

    /** Head of region and deputy, in Bahasa Indonesia then English: e.g. Walikota, Wakil Walikota, Mayor, Deputy Mayor. */
    protected abstract List<String> sebutan();

    @Test
    void ditemukanLewatMetaInfServices() {
        List<TenantPlugin> ditemukan = ServiceLoader.load(TenantPlugin.class).stream()
                .map(ServiceLoader.Provider::get).toList();
        assertEquals(1, ditemukan.size());
        assertEquals(tingkat(), ditemukan.get(0).tingkat());
        assertEquals(tingkat().idPluginBawaan(), ditemukan.get(0).id());
        assertEquals(plugin().getClass(), ditemukan.get(0).getClass());
    }

    @Test
    void sebutanKepalaDaerahDanWakil() {
        assertEquals(sebutan().get(0), plugin().sebutanKepalaDaerah().kepala());
        assertEquals(sebutan().get(1), plugin().sebutanKepalaDaerah().wakil());
        ResourceBundle en = plugin().terminologi(Locale.ENGLISH);
        assertEquals(sebutan().get(0), plugin().terminologi(BundelTerminologi.INDONESIA).getString(KunciTerminologi.KEPALA_DAERAH));
        assertEquals(sebutan().get(2), en.getString(KunciTerminologi.KEPALA_DAERAH));
        assertEquals(sebutan().get(3), en.getString(KunciTerminologi.WAKIL_KEPALA_DAERAH));
    }

    @Test
    void terminologiBahasaIndonesiaDanInggrisLengkap() {
        for (Locale bahasa : plugin().bahasa()) {
            ResourceBundle b = plugin().terminologi(bahasa);
            assertEquals(bahasa.getLanguage(), b.getLocale().getLanguage().isEmpty() ? "id" : b.getLocale().getLanguage(),
                    "bundel untuk " + bahasa);
            for (String kunci : KunciTerminologi.WAJIB) {
                assertTrue(b.containsKey(kunci), kunci + " / " + bahasa);
            }
            for (JenjangStruktur j : plugin().templatStruktur().jenjang()) {
                assertTrue(b.containsKey(KunciTerminologi.AWALAN_JENJANG + j.kode()), j.kode() + " / " + bahasa);
            }
        }
    }

    @Test
    void bawaanPerhitunganSkalaDanLaporan() {
        assertEquals(KebijakanPerhitungan.STANDAR, plugin().kebijakanPerhitungan().orElseThrow());
        assertEquals(List.of(DefinisiSkala.nilaiSakip()), plugin().skalaPredikat());
        assertEquals(KerangkaLaporan.permenpanRb53Tahun2014(), plugin().kerangkaLaporan().orElseThrow());
        assertEquals("LKjIP", plugin().namaLaporan().orElseThrow());
        assertTrue(plugin().versi().matches("\\d+\\.\\d+\\.\\d+"), plugin().versi());
    }

    @Test
    void setiapPaketDataAdaDiJar() {
        assertTrue(!plugin().paketData().isEmpty(), "plugin bawaan membawa paket data daerahnya");
        for (String paket : plugin().paketData()) {
            assertTrue(plugin().getClass().getClassLoader().getResource(paket) != null, paket);
        }
    }
}
