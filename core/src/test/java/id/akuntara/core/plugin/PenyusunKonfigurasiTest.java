package id.akuntara.core.plugin;

import id.akuntara.core.calc.PenangananKosong;
import id.akuntara.spi.AturanBatasAtas;
import id.akuntara.spi.AturanPembulatan;
import id.akuntara.spi.AturanRataRata;
import id.akuntara.spi.BabLaporan;
import id.akuntara.spi.CaraPembulatan;
import id.akuntara.spi.KegunaanSkala;
import id.akuntara.spi.KerangkaLaporan;
import id.akuntara.spi.PerlakuanKosong;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.util.List;
import java.util.Locale;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Three layers: core defaults → plugin defaults → the pemda's own settings. */
class PenyusunKonfigurasiTest {

    private static final Locale ID = Locale.forLanguageTag("id");

    private final PengaturanPemdaDalamMemori sumber = new PengaturanPemdaDalamMemori();

    private KonfigurasiPemda susun(String kode, PluginUji plugin) {
        return PenyusunKonfigurasi.susun(kode, plugin, sumber.untuk(kode));
    }

    @Test
    void pluginTanpaBawaanMemakaiBawaanInti() {
        KonfigurasiPemda k = susun("kota-x", new PluginUji.Kota().tanpaBawaan());
        assertEquals(new NilaiBerlapis<>("LKjIP", Lapisan.INTI), k.namaLaporan());
        assertEquals(Lapisan.INTI, k.kerangkaLaporan().lapisan());
        assertEquals(KerangkaLaporan.permenpanRb53Tahun2014(), k.kerangkaLaporan().nilai());
        assertEquals(Lapisan.INTI, k.pembulatan().lapisan());
        assertEquals(2, k.pembulatan().nilai().skala());
        assertTrue(k.agregasi().nilai().bulatkanDulu());
        assertTrue(k.batasCapaian().nilai().maksimum().isEmpty());
        assertTrue(k.skala(KegunaanSkala.CAPAIAN).isEmpty());
        assertTrue(k.skala(KegunaanSkala.NILAI_SAKIP).isEmpty());
        assertTrue(k.peringatan().isEmpty());
    }

    @Test
    void bawaanPluginMenimpaBawaanInti() {
        KonfigurasiPemda k = susun("kota-x", new PluginUji.Kota().namaLaporan("LKIP")
                .kebijakan(new id.akuntara.spi.KebijakanPerhitungan(new AturanPembulatan(1, CaraPembulatan.POTONG),
                        new AturanRataRata(false, PerlakuanKosong.DIHITUNG_NOL), AturanBatasAtas.TANPA)));
        assertEquals(new NilaiBerlapis<>("LKIP", Lapisan.PLUGIN), k.namaLaporan());
        assertEquals(Lapisan.PLUGIN, k.pembulatan().lapisan());
        assertEquals(new BigDecimal("88.2"), k.pembulatan().nilai().terapkan(new BigDecimal("88.2999")));
        assertEquals(PenangananKosong.DIHITUNG_NOL, k.agregasi().nilai().kosong());
        assertEquals("B", k.skala(KegunaanSkala.NILAI_SAKIP).orElseThrow().tentukan(new BigDecimal("67.21")).tampil());
        assertEquals(Lapisan.PLUGIN, k.skala().get(KegunaanSkala.NILAI_SAKIP).lapisan());
        assertEquals("kota", k.idPlugin());
        assertEquals("9.9.9", k.versiPlugin());
        assertEquals("Wakil Walikota", k.sebutanKepalaDaerah().wakil());
    }

    @Test
    void pemdaMengubahNamaLaporanDanSkalaTanpaKode() {
        sumber.tetapkan("kota-pangkalpinang", PengaturanPemda.KOSONG.denganNamaLaporan("LAKIP")
                .denganSkala(RegistriPluginTest.skalaPangkalpinang()));
        KonfigurasiPemda k = susun("kota-pangkalpinang", new PluginUji.Kota());

        assertEquals(new NilaiBerlapis<>("LAKIP", Lapisan.PEMDA), k.namaLaporan());
        var skala = k.skala(KegunaanSkala.CAPAIAN).orElseThrow();
        assertEquals("Baik", skala.tentukan(new BigDecimal("88.24")).tampil());
        assertEquals("Baik Sekali", skala.tentukan(new BigDecimal("100.01")).tampil());
        assertEquals("tanpa predikat", skala.tentukan(new BigDecimal("74.5")).tampil());
        // its gap is shown to the tenant admin, naming the pemda and the scale
        assertEquals(1, k.peringatan().size(), k.peringatan().toString());
        assertTrue(k.peringatan().get(0).startsWith("pengaturan pemda 'kota-pangkalpinang': skala "
                + "'Skala Nilai Peringkat Kinerja Pangkalpinang'"), k.peringatan().get(0));
        assertTrue(k.peringatan().get(0).contains("74 dan 75"), k.peringatan().get(0));
        // the SAKIP scale the pemda did not touch stays the plugin's
        assertEquals(Lapisan.PLUGIN, k.skala().get(KegunaanSkala.NILAI_SAKIP).lapisan());

        // another pemda of the same plugin is untouched
        KonfigurasiPemda lain = susun("kota-tanjungpinang", new PluginUji.Kota());
        assertEquals(Lapisan.PLUGIN, lain.namaLaporan().lapisan());
        assertTrue(lain.skala(KegunaanSkala.CAPAIAN).isEmpty());
    }

    @Test
    void pemdaHanyaMengubahPembulatanDanAnggotaRataRataIkutPembulatanItu() {
        sumber.tetapkan("kota-pangkalpinang", PengaturanPemda.KOSONG
                .denganPembulatan(new AturanPembulatan(2, CaraPembulatan.POTONG)));
        KonfigurasiPemda k = susun("kota-pangkalpinang", new PluginUji.Kota());
        assertEquals(Lapisan.PEMDA, k.pembulatan().lapisan());
        // Pangkalpinang LAKIP 2021 Tabel 3.3: 75 / 85 = 88,2352… printed 88,23
        assertEquals(new BigDecimal("88.23"), k.pembulatan().nilai().terapkan(new BigDecimal("88.2352941")));
        assertEquals(Lapisan.PLUGIN, k.agregasi().lapisan());
        assertEquals(new BigDecimal("88.23"),
                k.agregasi().nilai().pembulatanAnggota().terapkan(new BigDecimal("88.2352941")));
        assertEquals(Lapisan.PLUGIN, k.batasCapaian().lapisan());
    }

    @Test
    void pemdaMenetapkanBatasAtasCapaian() {
        sumber.tetapkan("prov-x", PengaturanPemda.KOSONG.denganBatasAtas(AturanBatasAtas.maksimum(new BigDecimal("120")))
                .denganRataRata(new AturanRataRata(true, PerlakuanKosong.DIHITUNG_NOL)));
        KonfigurasiPemda k = susun("prov-x", new PluginUji.Provinsi());
        assertEquals(Lapisan.PEMDA, k.batasCapaian().lapisan());
        assertEquals(new BigDecimal("120"), k.batasCapaian().nilai().terapkan(new BigDecimal("140.57")));
        assertEquals(PenangananKosong.DIHITUNG_NOL, k.agregasi().nilai().kosong());
        assertEquals(Lapisan.PEMDA, k.agregasi().lapisan());
    }

    @Test
    void pemdaMemakaiKerangkaLaporannyaSendiri() {
        KerangkaLaporan standar = KerangkaLaporan.permenpanRb53Tahun2014();
        List<BabLaporan> bab = new java.util.ArrayList<>(standar.bab());
        bab.add(new BabLaporan("V", "bab5", "Dokumentasi", List.of()));
        KerangkaLaporan sendiri = new KerangkaLaporan(standar.pembuka(), bab, standar.lampiran());
        sumber.tetapkan("kab-x", PengaturanPemda.KOSONG.denganKerangkaLaporan(sendiri));
        KonfigurasiPemda k = susun("kab-x", new PluginUji.Kabupaten());
        assertEquals(Lapisan.PEMDA, k.kerangkaLaporan().lapisan());
        assertEquals(5, k.kerangkaLaporan().nilai().bab().size());
    }

    @Test
    void istilahTigaLapis() {
        sumber.tetapkan("kota-x", PengaturanPemda.KOSONG.denganIstilah("id", "kepalaDaerah", "Wali Kota"));
        Terminologi t = susun("kota-x", new PluginUji.Kota()).terminologi();
        assertEquals(new NilaiBerlapis<>("Wali Kota", Lapisan.PEMDA), t.istilahBerlapis("kepalaDaerah", ID));
        assertEquals(new NilaiBerlapis<>("Mayor", Lapisan.PLUGIN), t.istilahBerlapis("kepalaDaerah", Locale.ENGLISH));
        assertEquals(new NilaiBerlapis<>("Bagian", Lapisan.PLUGIN), t.istilahBerlapis("jenjang.bagian", ID));
        assertEquals(new NilaiBerlapis<>("Capaian", Lapisan.INTI), t.istilahBerlapis("capaian", ID));
        assertEquals(new NilaiBerlapis<>("Achievement", Lapisan.INTI), t.istilahBerlapis("capaian", Locale.ENGLISH));
        assertThrows(IllegalArgumentException.class, () -> t.istilah("bukanIstilah", ID));
    }

    @Test
    void bundelIntiMemuatSemuaKunciWajibDalamDuaBahasa() {
        for (Locale bahasa : List.of(ID, Locale.ENGLISH)) {
            var bundel = Terminologi.inti(bahasa);
            for (String kunci : id.akuntara.spi.KunciTerminologi.WAJIB) {
                assertTrue(bundel.containsKey(kunci), kunci + " / " + bahasa);
            }
            assertEquals(Terminologi.inti(ID).keySet(), bundel.keySet(), "kunci sama di kedua bahasa");
        }
        assertFalse(Terminologi.inti(Locale.ENGLISH).getString("capaian").equals(Terminologi.inti(ID).getString("capaian")));
    }

    @Test
    void skalaPemdaHarusSesuaiKegunaannya() {
        assertThrows(IllegalArgumentException.class, () -> new PengaturanPemda(java.util.Optional.empty(),
                java.util.Optional.empty(), java.util.Optional.empty(), java.util.Optional.empty(),
                java.util.Optional.empty(), java.util.Map.of(KegunaanSkala.NILAI_SAKIP,
                RegistriPluginTest.skalaPangkalpinang()), java.util.Map.of()));
    }
}
