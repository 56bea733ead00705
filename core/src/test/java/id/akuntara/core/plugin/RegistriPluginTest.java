package id.akuntara.core.plugin;

import id.akuntara.spi.BatasNilai;
import id.akuntara.spi.DefinisiPita;
import id.akuntara.spi.DefinisiSkala;
import id.akuntara.spi.KegunaanSkala;
import id.akuntara.spi.TenantPlugin;
import id.akuntara.spi.TingkatPemerintahan;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class RegistriPluginTest {

    /** Pangkalpinang LAKIP 2021 Tabel 3.1 as printed: 55–74 Cukup, 75–100 Baik leaves (74, 75) without a band. */
    static DefinisiSkala skalaPangkalpinang() {
        return new DefinisiSkala("Skala Nilai Peringkat Kinerja Pangkalpinang", KegunaanSkala.CAPAIAN,
                Optional.empty(), Optional.empty(), List.of(
                new DefinisiPita("Baik Sekali", "", Optional.of(BatasNilai.eksklusif("100")), Optional.empty()),
                DefinisiPita.antara("Baik", "", BatasNilai.inklusif("75"), BatasNilai.inklusif("100")),
                DefinisiPita.antara("Cukup", "", BatasNilai.inklusif("55"), BatasNilai.inklusif("74")),
                new DefinisiPita("Kurang", "", Optional.empty(), Optional.of(BatasNilai.eksklusif("55")))),
                "Pangkalpinang LAKIP 2021 Tabel 3.1");
    }

    static DefinisiSkala skalaTumpangTindih() {
        return new DefinisiSkala("Skala Tumpang Tindih", KegunaanSkala.CAPAIAN, Optional.empty(), Optional.empty(),
                List.of(new DefinisiPita("Tinggi", "", Optional.of(BatasNilai.inklusif("80")), Optional.empty()),
                        new DefinisiPita("Rendah", "", Optional.empty(), Optional.of(BatasNilai.inklusif("80")))),
                "uji");
    }

    private static List<TenantPlugin> tigaTingkat() {
        return List.of(new PluginUji.Kota(), new PluginUji.Kabupaten(), new PluginUji.Provinsi());
    }

    @Test
    void pluginDitemukanLewatMetaInfServicesPadaClassLoaderYangDiberikan(@TempDir Path dir) throws IOException {
        Path layanan = dir.resolve("META-INF/services/id.akuntara.spi.TenantPlugin");
        Files.createDirectories(layanan.getParent());
        Files.writeString(layanan, String.join("\n", PluginUji.Provinsi.class.getName(),
                PluginUji.Kota.class.getName(), PluginUji.Kabupaten.class.getName()) + "\n");
        try (URLClassLoader cl = new URLClassLoader(new URL[] {dir.toUri().toURL()}, getClass().getClassLoader())) {
            RegistriPlugin r = RegistriPlugin.muat(cl);
            assertEquals(List.of("kabupaten", "kota", "provinsi"), r.semua().stream().map(TenantPlugin::id).toList());
            assertTrue(r.hasilValidasi().stream().allMatch(h -> h.status().equals("SAH") && h.aktif()),
                    r.hasilValidasi().toString());
            assertEquals("kota", r.untukTingkat(TingkatPemerintahan.KOTA).orElseThrow().id());
        }
    }

    @Test
    void kelasYangTidakAdaDiFileLayananMenggagalkanPemuatan(@TempDir Path dir) throws IOException {
        Path layanan = dir.resolve("META-INF/services/id.akuntara.spi.TenantPlugin");
        Files.createDirectories(layanan.getParent());
        Files.writeString(layanan, "id.akuntara.contoh.TidakAda\n");
        try (URLClassLoader cl = new URLClassLoader(new URL[] {dir.toUri().toURL()}, getClass().getClassLoader())) {
            PluginTidakSahException e = assertThrows(PluginTidakSahException.class, () -> RegistriPlugin.muat(cl));
            assertTrue(e.getMessage().contains("tidak dapat dimuat"), e.getMessage());
            assertTrue(e.getMessage().contains("id.akuntara.contoh.TidakAda"), e.getMessage());
        }
    }

    @Test
    void idGandaMenggagalkanDanMenyebutIdSertaKelasnya() {
        PluginTidakSahException e = assertThrows(PluginTidakSahException.class, () -> RegistriPlugin.dari(List.of(
                new PluginUji.Kota(), new PluginUji("kota", TingkatPemerintahan.KABUPATEN), new PluginUji.Provinsi())));
        assertTrue(e.getMessage().startsWith("Plugin Akuntara tidak sah"), e.getMessage());
        assertTrue(e.getMessage().contains("id plugin ganda 'kota'"), e.getMessage());
        assertTrue(e.getMessage().contains(PluginUji.Kota.class.getName()), e.getMessage());
        assertTrue(e.getMessage().contains(PluginUji.class.getName()), e.getMessage());
        assertEquals(1, e.galat().size());
    }

    @Test
    void pemdaTanpaPluginMenggagalkanDanMenyebutPemdanya() {
        RegistriPlugin r = RegistriPlugin.dari(List.of(new PluginUji.Kota(), new PluginUji.Kabupaten()));
        PluginTidakSahException e = assertThrows(PluginTidakSahException.class, () -> r.periksaPemda(Map.of(
                "kota-pangkalpinang", TingkatPemerintahan.KOTA,
                "prov-kaltim", TingkatPemerintahan.PROVINSI,
                "prov-lain", TingkatPemerintahan.PROVINSI)));
        assertEquals(2, e.galat().size(), e.getMessage());
        assertTrue(e.galat().get(0).contains("pemda 'prov-kaltim' bertingkat PROVINSI"), e.galat().get(0));
        assertTrue(e.galat().get(1).contains("'prov-lain'"), e.galat().get(1));
        assertTrue(e.getMessage().contains("plugin terpasang: kabupaten [KABUPATEN], kota [KOTA]"), e.getMessage());
        assertFalse(e.getMessage().contains("kota-pangkalpinang"), e.getMessage());
        assertThrows(PluginTidakSahException.class, () -> r.untukPemda("prov-kaltim", TingkatPemerintahan.PROVINSI));
        r.periksaPemda(Map.of("kota-pangkalpinang", TingkatPemerintahan.KOTA, "kab-klungkung", TingkatPemerintahan.KABUPATEN));
    }

    @Test
    void skalaBercelahDilaporkanDenganNamaSkalaDanPitanya() {
        RegistriPlugin r = RegistriPlugin.dari(List.of(new PluginUji.Kota().skala(skalaPangkalpinang())));
        HasilValidasiPlugin h = r.hasilValidasi().get(0);
        assertEquals("PERINGATAN", h.status());
        assertEquals(1, h.masalah().size(), h.masalah().toString());
        String pesan = h.masalah().get(0).pesan();
        assertTrue(pesan.contains("'Skala Nilai Peringkat Kinerja Pangkalpinang'"), pesan);
        assertTrue(pesan.contains("celah"), pesan);
        assertTrue(pesan.contains("Cukup") && pesan.contains("Baik"), pesan);
        assertTrue(pesan.contains("74 dan 75"), pesan);
    }

    @Test
    void skalaTumpangTindihDilaporkanDenganNama() {
        RegistriPlugin r = RegistriPlugin.dari(List.of(new PluginUji.Kota().skala(skalaTumpangTindih())));
        String pesan = r.hasilValidasi().get(0).masalah().get(0).pesan();
        assertTrue(pesan.contains("'Skala Tumpang Tindih'") && pesan.contains("tumpang tindih"), pesan);
        assertTrue(pesan.contains("Rendah") && pesan.contains("Tinggi"), pesan);
    }

    @Test
    void skalaNilaiSakipBawaanTidakBercelahPadaDomainNolSampaiSeratus() {
        RegistriPlugin r = RegistriPlugin.dari(tigaTingkat());
        r.hasilValidasi().forEach(h -> assertEquals("SAH", h.status(), h.toString()));

        // As printed ("D >0–30"), a score of exactly 0 has no grade: reported against the domain, by name.
        DefinisiSkala tercetak = DefinisiSkala.nilaiSakip();
        List<DefinisiPita> pita = new java.util.ArrayList<>(tercetak.pita());
        pita.set(6, DefinisiPita.antara("D", "Sangat Kurang", BatasNilai.eksklusif("0"), BatasNilai.inklusif("30")));
        DefinisiSkala sepertiTercetak = new DefinisiSkala("Kategori SAKIP tercetak", KegunaanSkala.NILAI_SAKIP,
                tercetak.domainMin(), tercetak.domainMax(), pita, "uji");
        List<String> masalah = PemetaKalkulasi.periksaSkala(sepertiTercetak);
        assertEquals(1, masalah.size(), masalah.toString());
        assertTrue(masalah.get(0).contains("'Kategori SAKIP tercetak'") && masalah.get(0).contains("nilai 0"),
                masalah.get(0));
    }

    @Test
    void duaSkalaUntukSatuKegunaanAdalahGalat() {
        PluginTidakSahException e = assertThrows(PluginTidakSahException.class, () -> RegistriPlugin.dari(List.of(
                new PluginUji.Kota().skala(skalaPangkalpinang(), skalaTumpangTindih()))));
        assertTrue(e.getMessage().contains("plugin 'kota': lebih dari satu skala bawaan untuk CAPAIAN"), e.getMessage());
    }

    @Test
    void terminologiYangKurangAdalahGalatYangMenyebutKunciDanBahasa() {
        PluginTidakSahException e = assertThrows(PluginTidakSahException.class, () -> RegistriPlugin.dari(List.of(
                new PluginUji.Kota().bundel("id.akuntara.core.plugin.uji.kurang"))));
        String pesan = e.getMessage();
        assertTrue(pesan.contains("plugin 'kota'"), pesan);
        assertTrue(pesan.contains("terjemahan terminologi bahasa 'en' tidak ada"), pesan);
        assertTrue(pesan.contains("tidak memuat kunci kepalaDaerah, jenjang.bagian"), pesan);
    }

    @Test
    void bundelYangTidakAdaAdalahGalat() {
        PluginTidakSahException e = assertThrows(PluginTidakSahException.class, () -> RegistriPlugin.dari(List.of(
                new PluginUji.Kota().bundel("id.akuntara.core.plugin.uji.tidakada"))));
        assertTrue(e.getMessage().contains("bundel terminologi bahasa 'id' tidak ditemukan"), e.getMessage());
    }

    @Test
    void paketDataYangTidakAdaAdalahGalat() {
        PluginTidakSahException e = assertThrows(PluginTidakSahException.class, () -> RegistriPlugin.dari(List.of(
                new PluginUji.Kota().paket("paket/tidak-ada.json"))));
        assertTrue(e.getMessage().contains("paket data 'paket/tidak-ada.json' tidak ada"), e.getMessage());
        RegistriPlugin.dari(List.of(new PluginUji.Kota().paket("id/akuntara/core/plugin/uji/istilah.properties")));
    }

    @Test
    void bawaanYangMelemparPengecualianAdalahGalat() {
        PluginTidakSahException e = assertThrows(PluginTidakSahException.class,
                () -> RegistriPlugin.dari(List.of(new PluginUji.Kota().rusak())));
        assertTrue(e.getMessage().contains("plugin 'kota': bawaan plugin tidak dapat dibaca"), e.getMessage());
        assertTrue(e.getMessage().contains("kerangka rusak"), e.getMessage());
    }

    @Test
    void idTidakSahAdalahGalat() {
        PluginTidakSahException e = assertThrows(PluginTidakSahException.class,
                () -> RegistriPlugin.dari(List.of(new PluginUji("Kota Besar", TingkatPemerintahan.KOTA))));
        assertTrue(e.getMessage().contains("id 'Kota Besar' tidak sah"), e.getMessage());
    }

    @Test
    void prioritasTertinggiMelayaniTingkatnya() {
        PluginUji bawaan = new PluginUji.Kabupaten();
        PluginUji pengganti = new PluginUji("kabupaten-khusus", TingkatPemerintahan.KABUPATEN).prioritas(10);
        RegistriPlugin r = RegistriPlugin.dari(List.of(bawaan, pengganti, new PluginUji.Kota()));
        assertSame(pengganti, r.untukPemda("kab-klungkung", TingkatPemerintahan.KABUPATEN));
        assertEquals(Map.of("kabupaten", false, "kabupaten-khusus", true, "kota", true), r.hasilValidasi().stream()
                .collect(java.util.stream.Collectors.toMap(HasilValidasiPlugin::id, HasilValidasiPlugin::aktif)));
        assertSame(bawaan, r.cari("kabupaten").orElseThrow());
    }

    @Test
    void prioritasSamaUntukSatuTingkatAdalahGalat() {
        PluginTidakSahException e = assertThrows(PluginTidakSahException.class, () -> RegistriPlugin.dari(List.of(
                new PluginUji.Kabupaten(), new PluginUji("kabupaten-lain", TingkatPemerintahan.KABUPATEN))));
        assertTrue(e.getMessage().contains("plugin 'kabupaten' dan 'kabupaten-lain' sama-sama melayani tingkat KABUPATEN"),
                e.getMessage());
    }

    @Test
    void hasilValidasiMenyebutIdVersiDanKelas() {
        HasilValidasiPlugin h = RegistriPlugin.dari(tigaTingkat()).hasilValidasi().get(1);
        assertEquals("kota", h.id());
        assertEquals("9.9.9", h.versi());
        assertEquals(PluginUji.Kota.class.getName(), h.kelas());
        assertEquals(TingkatPemerintahan.KOTA, h.tingkat());
    }
}
