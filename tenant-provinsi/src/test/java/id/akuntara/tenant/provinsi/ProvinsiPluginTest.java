package id.akuntara.tenant.provinsi;

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

class ProvinsiPluginTest {

    private final TenantPlugin plugin = new ProvinsiPlugin();

    @Test
    void ditemukanLewatMetaInfServices() {
        List<TenantPlugin> ditemukan = ServiceLoader.load(TenantPlugin.class).stream()
                .map(ServiceLoader.Provider::get).toList();
        assertEquals(1, ditemukan.size());
        assertEquals("provinsi", ditemukan.get(0).id());
        assertEquals(TingkatPemerintahan.PROVINSI, ditemukan.get(0).tingkat());
        assertEquals(TingkatPemerintahan.PROVINSI.idPluginBawaan(), ditemukan.get(0).id());
    }

    @Test
    void sebutanKepalaDaerahDanWakil() {
        assertEquals("Gubernur", plugin.sebutanKepalaDaerah().kepala());
        assertEquals("Wakil Gubernur", plugin.sebutanKepalaDaerah().wakil());
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
        assertEquals("Gubernur", id.getString(KunciTerminologi.KEPALA_DAERAH));
        assertEquals("Governor", en.getString(KunciTerminologi.KEPALA_DAERAH));
        assertEquals("Vice Governor", en.getString(KunciTerminologi.WAKIL_KEPALA_DAERAH));
        assertEquals("Biro", id.getString("jenjang.biro"));
        assertEquals("Bureau", en.getString("jenjang.biro"));
    }

    @Test
    void bawaanPerhitunganSkalaDanLaporan() {
        assertEquals(KebijakanPerhitungan.STANDAR, plugin.kebijakanPerhitungan().orElseThrow());
        assertEquals(List.of(DefinisiSkala.nilaiSakip()), plugin.skalaPredikat());
        assertEquals(KerangkaLaporan.permenpanRb53Tahun2014(), plugin.kerangkaLaporan().orElseThrow());
        assertEquals("LKjIP", plugin.namaLaporan().orElseThrow());
        assertTrue(plugin.versi().matches("\\d+\\.\\d+\\.\\d+"), plugin.versi());
        assertTrue(plugin.paketData().stream().allMatch(r -> ProvinsiPlugin.class.getClassLoader().getResource(r) != null));
    }

    @Test
    void setdaTipeAProvinsiTigaTigaTigaTigaSesuaiPermendagri56Tahun2019() {
        TemplatStruktur t = new ProvinsiPlugin().templatStruktur();
        assertEquals(List.of("sekda", "asisten", "biro", "bagian", "subbagian"),
                t.jenjang().stream().map(JenjangStruktur::kode).toList());
        for (String jenjang : List.of("asisten", "biro", "bagian", "subbagian")) {
            assertEquals(3, t.batas(TipeSekretariat.A, jenjang).getAsInt(), jenjang);
            // tipe B and C: not quoted by any available source, so not stated (unknown, not unlimited)
            assertTrue(t.batas(TipeSekretariat.B, jenjang).isEmpty(), jenjang);
            assertTrue(t.batas(TipeSekretariat.C, jenjang).isEmpty(), jenjang);
        }
        assertTrue(t.batasRentang().stream().allMatch(b -> b.sumber().contains("Permendagri 56/2019")));
    }
}
