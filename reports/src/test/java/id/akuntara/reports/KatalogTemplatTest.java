package id.akuntara.reports;

import id.akuntara.spi.TenantPlugin;
import org.junit.jupiter.api.Test;

import java.io.ByteArrayOutputStream;
import java.util.Locale;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Template lookup (pemda → level plugin → core) and the compile-once cache. */
class KatalogTemplatTest {

    /** A level plugin that ships its own {@code narasi} template. */
    static TenantPlugin pluginDenganTemplat(TenantPlugin asli) {
        return new PluginPengganti(asli) {
            @Override
            public Optional<String> templatLaporan(String nama) {
                return "narasi".equals(nama) ? Optional.of("id/akuntara/reports/uji/narasi-plugin.jrxml") : Optional.empty();
            }
        };
    }

    @Test
    void pemdaMenimpaPluginYangMenimpaInti() {
        KatalogTemplat k = new KatalogTemplat();
        TenantPlugin plugin = pluginDenganTemplat(Wilayah.KLUNGKUNG.plugin());
        assertTrue(k.cari("narasi", "kab-lain", Wilayah.KLUNGKUNG.plugin()).toString()
                .endsWith("id/akuntara/reports/templat/narasi.jrxml"), "inti");
        assertTrue(k.cari("narasi", "kab-lain", plugin).toString().endsWith("uji/narasi-plugin.jrxml"), "plugin");
        assertTrue(k.cari("narasi", "uji-pemda", plugin).toString().endsWith("pemda/uji-pemda/narasi.jrxml"), "pemda");
        assertTrue(k.cari("tabel-indikator", "uji-pemda", plugin).toString()
                .endsWith("templat/tabel-indikator.jrxml"), "yang tidak ditimpa tetap dari inti");
    }

    @Test
    void templatDisusunSekaliLaluDariCache() {
        KatalogTemplat k = new KatalogTemplat();
        LayananLaporan l = new LayananLaporan(k);
        Wilayah w = Wilayah.KLUNGKUNG;
        l.laporanTahunan(w.bahan(), w.plugin(), FormatLaporan.PDF, LayananLaporan.INDONESIA, new ByteArrayOutputStream());
        int sesudahPertama = k.jumlahTersusun();
        long dipakai = SusunanLaporan.susun(w.bahan(), LayananLaporan.label(LayananLaporan.INDONESIA), LayananLaporan.INDONESIA)
                .stream().map(Blok::templat).filter(java.util.Objects::nonNull).distinct().count();
        assertEquals(1 + dipakai, sesudahPertama, "laporan-tahunan and each sub-template its blocks use, once");
        long t0 = System.nanoTime();
        l.laporanTahunan(w.bahan(), w.plugin(), FormatLaporan.DOCX, Locale.ENGLISH, new ByteArrayOutputStream());
        assertEquals(sesudahPertama, k.jumlahTersusun(), "no template compiled again");
        assertSame(k.templat("narasi", w.kode(), w.plugin()), k.templat("narasi", w.kode(), w.plugin()));
        assertTrue(System.nanoTime() - t0 > 0);
    }
}
