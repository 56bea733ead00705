package id.akuntara.core.plugin;

import id.akuntara.core.calc.BatasCapaian;
import id.akuntara.core.calc.BatasPita;
import id.akuntara.core.calc.KebijakanAgregasi;
import id.akuntara.core.calc.PenangananKosong;
import id.akuntara.core.calc.Pembulatan;
import id.akuntara.core.calc.PitaPredikat;
import id.akuntara.core.calc.SkalaPredikat;
import id.akuntara.core.domain.rencana.SumberTarget;
import id.akuntara.spi.KegunaanSkala;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * A pemda's stored settings become the top configuration layer: changing its scale or rounding is data, and the
 * plugin view shows the same values the calculations use. Pangkalpinang LAKIP 2021: scale of Tabel 3.1 (with its
 * 74–75 gap) and truncated display (88,23 for 88,235).
 */
class PemetaPengaturanPemdaTest {

    private static id.akuntara.core.domain.pemda.PengaturanPemda pangkalpinang() {
        var simpanan = new id.akuntara.core.domain.pemda.PengaturanPemda("kota");
        simpanan.ubahKebijakan(SumberTarget.IKU, Pembulatan.potong(2), BatasCapaian.maksimum(new BigDecimal("120")),
                new KebijakanAgregasi(false, PenangananKosong.DIHITUNG_NOL, Pembulatan.STANDAR));
        simpanan.gantiSkala(new SkalaPredikat("Skala LAKIP Pangkalpinang", List.of(
                PitaPredikat.lebihDari("Baik Sekali", new BigDecimal("100")),
                PitaPredikat.antara("Baik", BatasPita.inklusif(new BigDecimal("75")), BatasPita.inklusif(new BigDecimal("100"))),
                PitaPredikat.antara("Cukup", BatasPita.inklusif(new BigDecimal("55")), BatasPita.inklusif(new BigDecimal("74"))),
                PitaPredikat.kurangDari("Kurang", new BigDecimal("55")))));
        return simpanan;
    }

    @Test
    void pengaturanTersimpanMenjadiLapisanPemda() {
        PengaturanPemda hasil = PemetaPengaturanPemda.terapkan(PengaturanPemda.KOSONG.denganNamaLaporan("LAKIP"),
                pangkalpinang());
        KonfigurasiPemda k = PenyusunKonfigurasi.susun("kota-pangkalpinang", new PluginUji.Kota(), hasil);

        assertEquals(new NilaiBerlapis<>("LAKIP", Lapisan.PEMDA), k.namaLaporan());
        assertEquals(Lapisan.PEMDA, k.pembulatan().lapisan());
        assertEquals(Pembulatan.potong(2), k.pembulatan().nilai());
        assertEquals(BatasCapaian.maksimum(new BigDecimal("120")), k.batasCapaian().nilai());
        assertEquals(PenangananKosong.DIHITUNG_NOL, k.agregasi().nilai().kosong());
        SkalaPredikat skala = k.skala(KegunaanSkala.CAPAIAN).orElseThrow();
        assertEquals("Skala LAKIP Pangkalpinang", skala.nama());
        assertEquals(4, skala.pita().size());
        assertTrue(k.peringatan().stream().anyMatch(p -> p.contains("Skala LAKIP Pangkalpinang")),
                "celah 74–75 harus dilaporkan dengan nama skalanya: " + k.peringatan());
    }

    @Test
    void tanpaSkalaTersimpanSkalaPluginTetapBerlaku() {
        var simpanan = new id.akuntara.core.domain.pemda.PengaturanPemda("kota");
        KonfigurasiPemda k = PenyusunKonfigurasi.susun("kota-x", new PluginUji.Kota(),
                PemetaPengaturanPemda.terapkan(PengaturanPemda.KOSONG, simpanan));
        assertEquals(Lapisan.PEMDA, k.pembulatan().lapisan());
        assertTrue(k.skala().values().stream().noneMatch(s -> s.lapisan() == Lapisan.PEMDA),
                "tanpa skala tersimpan, skala berasal dari plugin atau inti: " + k.skala());
    }

    /** The report's own name and outline, stored with the settings (from the data package), win over the registry's name. */
    @Test
    void namaDanKerangkaLaporanTersimpanMenjadiLapisanPemda() {
        var simpanan = new id.akuntara.core.domain.pemda.PengaturanPemda("kota");
        var standar = id.akuntara.spi.KerangkaLaporan.permenpanRb53Tahun2014();
        var bab = new java.util.ArrayList<>(standar.bab());
        java.util.Collections.swap(bab, 2, 3);
        var sendiri = new id.akuntara.spi.KerangkaLaporan(List.of(), bab, standar.lampiran());
        simpanan.ubahLaporan("LKIP", "Walikota Tanjungpinang",
                id.akuntara.core.paket.Paket.tulisBagian(PemetaKerangka.kePaket(sendiri)));
        KonfigurasiPemda k = PenyusunKonfigurasi.susun("kota-tanjungpinang", new PluginUji.Kota(),
                PemetaPengaturanPemda.terapkan(PengaturanPemda.KOSONG.denganNamaLaporan("LKjIP"), simpanan));
        assertEquals(new NilaiBerlapis<>("LKIP", Lapisan.PEMDA), k.namaLaporan());
        assertEquals(new NilaiBerlapis<>(sendiri, Lapisan.PEMDA), k.kerangkaLaporan());
        assertEquals(List.of("bab1", "bab2", "bab4", "bab3"), k.kerangkaLaporan().nilai().bab().stream()
                .map(id.akuntara.spi.BabLaporan::kode).toList());

        // nothing stored: the registry's name stays, the outline is the plugin's
        KonfigurasiPemda tanpa = PenyusunKonfigurasi.susun("kota-x", new PluginUji.Kota(), PemetaPengaturanPemda.terapkan(
                PengaturanPemda.KOSONG.denganNamaLaporan("LAKIP"), new id.akuntara.core.domain.pemda.PengaturanPemda("kota")));
        assertEquals(new NilaiBerlapis<>("LAKIP", Lapisan.PEMDA), tanpa.namaLaporan());
        assertTrue(tanpa.kerangkaLaporan().lapisan() != Lapisan.PEMDA, tanpa.kerangkaLaporan().toString());
    }
}
