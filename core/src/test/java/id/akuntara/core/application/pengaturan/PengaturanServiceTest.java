package id.akuntara.core.application.pengaturan;

import id.akuntara.core.akses.AksesDitolakException;
import id.akuntara.core.application.riwayat.RiwayatRekaman;
import id.akuntara.core.galat.GalatIsian;
import id.akuntara.core.galat.KonflikVersiException;
import id.akuntara.core.galat.ValidasiGagalException;
import id.akuntara.core.pengukuran.KinerjaIndikator;
import org.junit.jupiter.api.Test;

import java.util.Base64;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The pemda's settings on the real database with Pangkalpinang's package (LAKIP 2021: truncation to 2 decimals,
 * Tabel 3.1 scale &gt;100 Baik Sekali, 75–100 Baik, 55–74 Cukup, &lt;55 Kurang; IS-LKPD 2021 = 75/85 = 88,2352… printed
 * 88,23; IT-AKIP 2021 = 97,58 → Baik).
 */
class PengaturanServiceTest {

    /** The smallest valid PNG signature plus a few bytes: the check reads the content, not a name. */
    static final String PNG = Base64.getEncoder().encodeToString(new byte[] {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n', 0, 0, 0, 13});

    static final PengaturanService.Skala SKALA_BARU = new PengaturanService.Skala("Skala uji", List.of(
            new PengaturanService.Pita("Sangat Baik", "90", false, null, null),
            new PengaturanService.Pita("Baik", "75", true, "90", true),
            new PengaturanService.Pita("Cukup", "55", true, "75", false),
            new PengaturanService.Pita("Kurang", null, null, "55", false)));

    private static List<String> field(ValidasiGagalException e) {
        return e.galat().stream().map(GalatIsian::field).toList();
    }

    static PengaturanService.Isian isian(PengaturanService.Pengaturan p, PengaturanService.Skala skala, int desimal,
            String mode, String logo) {
        return new PengaturanService.Isian(p.sumberTarget(), skala, desimal, mode, p.batasCapaian(), p.penangananKosong(),
                null, p.namaLaporan(), p.kepalaDaerah(), logo, p.versi());
    }

    private static KinerjaIndikator indikator(PengaturanUji u, String kode) {
        return u.kinerja(2021).indikator(kode).orElseThrow();
    }

    @Test
    void bacaMenunjukkanLapisanDanPeringatanCelahSkalaTersimpan() {
        PengaturanUji u = PengaturanUji.muat("kota-pangkalpinang");
        PengaturanService.Pengaturan p = u.pengaturan("operator", PengaturanService::baca);
        assertEquals("PK", p.sumberTarget());
        assertEquals("PEMDA", p.lapisanSkala());
        assertTrue(p.skalaSendiri());
        assertEquals(List.of("Baik Sekali", "Baik", "Cukup", "Kurang"), p.skala().pita().stream().map(PengaturanService.Pita::label).toList());
        assertEquals("55", p.skala().pita().get(2).bawah());
        assertEquals("POTONG", p.modePembulatan());
        assertEquals("LAKIP", p.namaLaporan());
        assertEquals(1, p.peringatan().size());
        assertTrue(p.peringatan().get(0).contains("celah antara pita Cukup"), p.peringatan().toString());
        assertThrows(AksesDitolakException.class, () -> u.pengaturan("kementerian", PengaturanService::baca));
        assertThrows(AksesDitolakException.class, () -> u.pengaturan("operator", s -> s.ubah(isian(p, null, 2, "POTONG", null))));
    }

    @Test
    void celahDanTumpangTindihDitolakMesinDenganNamaPita() {
        PengaturanUji u = PengaturanUji.muat("kota-pangkalpinang");
        PengaturanService.Pengaturan p = u.pengaturan("admin-pemda", PengaturanService::baca);
        var celah = new PengaturanService.Skala("Skala bercelah", List.of(
                new PengaturanService.Pita("Baik", "85,01", true, null, null),
                new PengaturanService.Pita("Cukup", "55", true, "85", true)));
        var e = assertThrows(ValidasiGagalException.class, () -> u.pengaturan("admin-pemda", s -> s.ubah(isian(p, celah, 2, "POTONG", null))));
        assertEquals(List.of("skala.pita"), field(e));
        String pesan = e.galat().get(0).pesan();
        assertTrue(pesan.contains("celah antara pita Cukup") && pesan.contains("Baik") && pesan.contains("85,01"), pesan);

        var tumpang = new PengaturanService.Skala("Skala tumpang", List.of(
                new PengaturanService.Pita("Baik", "80", true, null, null),
                new PengaturanService.Pita("Cukup", "55", true, "85", true)));
        e = assertThrows(ValidasiGagalException.class, () -> u.pengaturan("admin-pemda", s -> s.ubah(isian(p, tumpang, 2, "POTONG", null))));
        assertTrue(e.galat().get(0).pesan().contains("pita Cukup (≥ 55 s.d. ≤ 85) dan Baik (≥ 80 s.d. +∞) tumpang tindih"),
                e.galat().get(0).pesan());

        // every wrong field at once, nothing written
        var salah = new PengaturanService.Isian("PKX", new PengaturanService.Skala("S", List.of(
                new PengaturanService.Pita("", "8x", true, null, null))), 7, "BULAT", "50", "ENTAH", null, "LAPORAN",
                null, Base64.getEncoder().encodeToString("bukan png".getBytes()), null);
        e = assertThrows(ValidasiGagalException.class, () -> u.pengaturan("admin-pemda", s -> s.ubah(salah)));
        assertEquals(List.of("sumberTarget", "skala.pita[0].label", "skala.pita[0].bawah", "desimal", "modePembulatan",
                "batasCapaian", "penangananKosong", "namaLaporan", "logo", "versi"), field(e));
        assertEquals(p.versi(), u.pengaturan("admin-pemda", PengaturanService::baca).versi());
    }

    @Test
    void skalaSahMengubahPredikatDanPembulatanMengubahAngkaTampil() {
        PengaturanUji u = PengaturanUji.muat("kota-pangkalpinang");
        assertEquals("Baik", indikator(u, "IT-AKIP").predikat());
        assertEquals("88,23", indikator(u, "IS-LKPD").capaian().tampil());
        PengaturanService.Pengaturan p = u.pengaturan("admin-pemda", PengaturanService::baca);

        PengaturanService.Pengaturan baru = u.pengaturan("admin-pemda", s -> s.ubah(isian(p, SKALA_BARU, 2, "SETENGAH_KE_ATAS", PNG)));
        assertEquals(List.of(), baru.peringatan());
        assertTrue(baru.versi() > p.versi());
        assertEquals(PNG, baru.logo());
        // IT-AKIP 97,58 moves from Baik (75–100) to Sangat Baik (>90); IS-LKPD 88,2352… is printed half-up now
        assertEquals("Sangat Baik", indikator(u, "IT-AKIP").predikat());
        assertEquals("Baik", indikator(u, "IS-LKPD").predikat());
        assertEquals("88,24", indikator(u, "IS-LKPD").capaian().tampil());

        var basi = assertThrows(KonflikVersiException.class, () -> u.pengaturan("admin-pemda",
                s -> s.ubah(isian(p, SKALA_BARU, 2, "POTONG", null))));
        assertEquals(baru.versi(), basi.versiSaatIni());

        PengaturanService.Pengaturan potong = u.pengaturan("admin-pemda", s -> s.ubah(isian(baru, baru.skala(), 0, "POTONG", null)));
        assertEquals("88", indikator(u, "IS-LKPD").capaian().tampil());
        assertNull(potong.logo());

        RiwayatRekaman r = u.riwayat(p.id());
        RiwayatRekaman.Entri akhir = r.entri().get(r.entri().size() - 1);
        assertEquals("admin-pemda.uji", akhir.pengguna());
        assertTrue(akhir.isian().contains(new RiwayatRekaman.Isian("desimalTampil", "2", "0")), akhir.isian().toString());
        RiwayatRekaman.Entri skala = r.entri().get(r.entri().size() - 2);
        assertTrue(skala.isian().contains(new RiwayatRekaman.Isian("modePembulatan", "POTONG", "SETENGAH_KE_ATAS")), skala.isian().toString());
        assertTrue(skala.isian().contains(new RiwayatRekaman.Isian("namaSkala", "Skala Nilai Peringkat Kinerja (Tabel 3.1 LAKIP 2021)", "Skala uji")),
                skala.isian().toString());
    }
}
