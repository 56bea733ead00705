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
}
