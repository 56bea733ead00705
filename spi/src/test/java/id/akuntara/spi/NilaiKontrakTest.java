package id.akuntara.spi;

import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class NilaiKontrakTest {

    private static final JenjangStruktur SEKDA = new JenjangStruktur("sekda", "Sekretariat Daerah", "Sekretaris Daerah");
    private static final JenjangStruktur ASISTEN = new JenjangStruktur("asisten", "Asisten", "Asisten");

    @Test
    void kerangkaPermenpanRb53MemilikiEmpatBabDenganBagianWajib() {
        KerangkaLaporan k = KerangkaLaporan.permenpanRb53Tahun2014();
        assertEquals(List.of("Pendahuluan", "Perencanaan Kinerja", "Akuntabilitas Kinerja", "Penutup"),
                k.bab().stream().map(BabLaporan::judul).toList());
        assertEquals(List.of("I", "II", "III", "IV"), k.bab().stream().map(BabLaporan::nomor).toList());
        BabLaporan bab3 = k.bab().get(2);
        assertEquals(List.of("Capaian Kinerja Organisasi", "Realisasi Anggaran"),
                bab3.bagian().stream().map(BagianLaporan::judul).toList());
        assertTrue(bab3.bagian().stream().allMatch(BagianLaporan::wajib));
        assertEquals(7, bab3.bagian().get(0).subbagian().size());
        assertTrue(k.pembuka().stream().anyMatch(b -> b.judul().equals("Ikhtisar Eksekutif") && b.wajib()));
        assertTrue(k.lampiran().stream().anyMatch(b -> b.judul().equals("Perjanjian Kinerja")));
        assertEquals(k.semuaKode().size(), k.semuaKode().stream().distinct().count());
    }

    @Test
    void kerangkaMenolakKodeGanda() {
        BagianLaporan a = BagianLaporan.bagian("x", "A", false);
        assertThrows(IllegalArgumentException.class, () -> new KerangkaLaporan(List.of(a),
                List.of(new BabLaporan("I", "bab1", "Pendahuluan", List.of(a))), List.of()));
        assertThrows(IllegalArgumentException.class, () -> new KerangkaLaporan(List.of(), List.of(), List.of()));
    }

    @Test
    void templatStrukturMemberiBatasYangDinyatakanSaja() {
        TemplatStruktur t = new TemplatStruktur(List.of(SEKDA, ASISTEN),
                List.of(new BatasRentang(TipeSekretariat.A, "asisten", 3, "uji")));
        assertEquals(3, t.batas(TipeSekretariat.A, "asisten").getAsInt());
        assertTrue(t.batas(TipeSekretariat.B, "asisten").isEmpty());
        assertEquals("asisten", t.jenjangDiBawah("sekda").orElseThrow().kode());
        assertTrue(t.jenjangDiBawah("asisten").isEmpty());
    }

    @Test
    void templatStrukturMenolakDataYangTidakSah() {
        assertThrows(IllegalArgumentException.class, () -> new TemplatStruktur(List.of(SEKDA, SEKDA), List.of()));
        assertThrows(IllegalArgumentException.class, () -> new TemplatStruktur(List.of(SEKDA, ASISTEN),
                List.of(new BatasRentang(TipeSekretariat.A, "biro", 3, "uji"))));
        assertThrows(IllegalArgumentException.class, () -> new TemplatStruktur(List.of(SEKDA, ASISTEN),
                List.of(new BatasRentang(TipeSekretariat.A, "sekda", 1, "uji"))));
        assertThrows(IllegalArgumentException.class, () -> new TemplatStruktur(List.of(SEKDA, ASISTEN),
                List.of(new BatasRentang(TipeSekretariat.A, "asisten", 3, "uji"),
                        new BatasRentang(TipeSekretariat.A, "asisten", 4, "uji"))));
        assertThrows(IllegalArgumentException.class, () -> new BatasRentang(TipeSekretariat.A, "asisten", 0, "uji"));
    }

    @Test
    void skalaNilaiSakipDariAaSampaiDTerbaikDulu() {
        DefinisiSkala s = DefinisiSkala.nilaiSakip();
        assertEquals(List.of("AA", "A", "BB", "B", "CC", "C", "D"), s.pita().stream().map(DefinisiPita::label).toList());
        assertEquals(KegunaanSkala.NILAI_SAKIP, s.kegunaan());
        DefinisiPita d = s.pita().get(6);
        assertTrue(d.bawah().orElseThrow().inklusif());
        assertEquals(0, d.bawah().orElseThrow().nilai().signum());
        DefinisiPita aa = s.pita().get(0);
        assertFalse(aa.bawah().orElseThrow().inklusif());
        assertEquals(new BigDecimal("100"), aa.atas().orElseThrow().nilai());
    }

    @Test
    void skalaMembutuhkanDomainLengkapDanPita() {
        DefinisiPita p = new DefinisiPita("X", "", Optional.empty(), Optional.empty());
        assertThrows(IllegalArgumentException.class, () -> new DefinisiSkala("s", KegunaanSkala.CAPAIAN,
                Optional.of(BigDecimal.ZERO), Optional.empty(), List.of(p), ""));
        assertThrows(IllegalArgumentException.class, () -> new DefinisiSkala("s", KegunaanSkala.CAPAIAN,
                Optional.empty(), Optional.empty(), List.of(), ""));
    }

    @Test
    void kebijakanStandarTanpaBatasAtasDuaDesimalSetengahKeAtas() {
        assertEquals(2, KebijakanPerhitungan.STANDAR.pembulatan().desimal());
        assertEquals(CaraPembulatan.SETENGAH_KE_ATAS, KebijakanPerhitungan.STANDAR.pembulatan().cara());
        assertTrue(KebijakanPerhitungan.STANDAR.batasAtas().maksimum().isEmpty());
        assertThrows(IllegalArgumentException.class, () -> AturanBatasAtas.maksimum(BigDecimal.ZERO));
        assertThrows(IllegalArgumentException.class, () -> new AturanPembulatan(-1, CaraPembulatan.POTONG));
    }

    @Test
    void sebutanKepalaDaerahDenganWakil() {
        assertEquals(new SebutanKepalaDaerah("Bupati", "Wakil Bupati"), SebutanKepalaDaerah.denganWakil("Bupati"));
        assertThrows(IllegalArgumentException.class, () -> new SebutanKepalaDaerah(" ", "Wakil"));
    }

    @Test
    void idPluginBawaanPerTingkat() {
        assertEquals("kota", TingkatPemerintahan.KOTA.idPluginBawaan());
        assertEquals("provinsi", TingkatPemerintahan.PROVINSI.idPluginBawaan());
    }
}
