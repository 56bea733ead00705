package id.akuntara.core.application.rencana;

import id.akuntara.core.akses.AksesDitolakException;
import id.akuntara.core.galat.GalatIsian;
import id.akuntara.core.galat.KonflikVersiException;
import id.akuntara.core.galat.TidakDitemukanException;
import id.akuntara.core.galat.ValidasiGagalException;
import id.akuntara.core.pengukuran.KinerjaIndikator;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.util.Arrays;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Choosing the IKU (Tanjungpinang's IKU-SETDA-2018: IK-IRB and IK-IKM; Klungkung's RPJMD indicators cannot be chosen)
 * and the pemda's authoritative target source, which the next measurement takes (Tanjungpinang 2020: PK 100 vs
 * Renstra 60 for IK-RUMUSAN, PK 3,40 vs Renstra 3,30 for IK-LPPD).
 */
class IkuDanSumberTargetTest {

    private static List<String> field(ValidasiGagalException e) {
        return e.galat().stream().map(GalatIsian::field).toList();
    }

    @Test
    void ikuDipilihDariIndikatorRenstra() {
        RencanaUji u = RencanaUji.muat("kota-tanjungpinang");
        IkuService.IkuPemda iku = u.iku("operator", IkuService::daftar).get(0);
        assertEquals("IKU-SETDA-2018", iku.kode());
        assertEquals(List.of("IK-IRB", "IK-IKM"), iku.anggota().stream().map(IkuService.Anggota::indikator).toList());
        assertEquals("RENSTRA-SETDA-2018", iku.anggota().get(0).renstra());

        assertThrows(AksesDitolakException.class, () -> u.iku("operator", s -> s.pilih("IKU-SETDA-2018",
                new IkuService.Isian(List.of("IK-IKM"), iku.versi()))));
        assertThrows(TidakDitemukanException.class, () -> u.iku("admin-pemda", s -> s.pilih("IKU-2019", null)));
        var e = assertThrows(ValidasiGagalException.class, () -> u.iku("admin-pemda", s -> s.pilih("IKU-SETDA-2018",
                new IkuService.Isian(Arrays.asList("IK-TIDAK-ADA", "IK-IKM", "IK-IKM", " "), null))));
        assertEquals(List.of("indikator[0]", "indikator[2]", "indikator[3]", "versi"), field(e));

        IkuService.IkuPemda baru = u.iku("admin-pemda", s -> s.pilih("IKU-SETDA-2018",
                new IkuService.Isian(List.of("IK-IKM", "IK-LPPD", "IK-IRB"), iku.versi())));
        assertEquals(List.of("IK-IKM", "IK-LPPD", "IK-IRB"), baru.anggota().stream().map(IkuService.Anggota::indikator).toList());
        assertEquals(List.of(1, 2, 3), baru.anggota().stream().map(IkuService.Anggota::urutan).toList());
        assertTrue(baru.versi() > iku.versi());
        var basi = assertThrows(KonflikVersiException.class, () -> u.iku("admin-pemda", s -> s.pilih("IKU-SETDA-2018",
                new IkuService.Isian(List.of("IK-IKM"), iku.versi()))));
        assertEquals(baru.versi(), basi.versiSaatIni());

        IkuService.IkuPemda kurang = u.iku("admin-pemda", s -> s.pilih("IKU-SETDA-2018",
                new IkuService.Isian(List.of("IK-LPPD"), baru.versi())));
        assertEquals(List.of("IK-LPPD"), kurang.anggota().stream().map(IkuService.Anggota::indikator).toList());
        PohonRenstra pohon = u.renstra("pimpinan", s -> s.pohon("RENSTRA-SETDA-2018"));
        assertEquals("IKU", RencanaUji.indikator(pohon, "IK-LPPD").kelompok());
        assertEquals("IKD", RencanaUji.indikator(pohon, "IK-IRB").kelompok());
    }

    @Test
    void indikatorRpjmdBukanPilihanIku() {
        RencanaUji u = RencanaUji.muat("kab-klungkung");
        long versi = u.iku("admin-pemda", IkuService::daftar).get(0).versi();
        var e = assertThrows(ValidasiGagalException.class, () -> u.iku("admin-pemda", s -> s.pilih("IKU-SETDA-2018",
                new IkuService.Isian(List.of("RCS-PK", "K-IPM"), versi))));
        assertEquals(List.of("indikator[1]"), field(e));
        assertTrue(e.galat().get(0).pesan().contains("RPJMD"), e.galat().toString());
    }

    @Test
    void sumberTargetBerwenangMengubahAngkaPengukuran() {
        RencanaUji u = RencanaUji.muat("kota-tanjungpinang");
        SumberTargetService.Pengaturan awal = u.sumberTarget("verifikator", SumberTargetService::baca);
        assertEquals("PK", awal.sumberTarget());
        assertEquals(List.of("RPJMD", "RENSTRA", "IKU", "PK", "PK_PERUBAHAN"), awal.pilihan());
        assertEquals(List.of("PK_PERUBAHAN", "PK", "RENSTRA", "IKU", "RPJMD"), awal.urutanCadangan());
        KinerjaIndikator rumusan = u.kinerja(2020).indikator("IK-RUMUSAN").orElseThrow();
        assertEquals("PK", rumusan.target().sumber());
        assertEquals(0, rumusan.target().nilai().compareTo(new BigDecimal("100")));

        assertThrows(AksesDitolakException.class, () -> u.sumberTarget("operator",
                s -> s.ubah(new SumberTargetService.Isian("RENSTRA", awal.versi()))));
        var e = assertThrows(ValidasiGagalException.class, () -> u.sumberTarget("admin-pemda",
                s -> s.ubah(new SumberTargetService.Isian("PKX", null))));
        assertEquals(List.of("sumberTarget", "versi"), field(e));
        assertThrows(KonflikVersiException.class, () -> u.sumberTarget("admin-pemda",
                s -> s.ubah(new SumberTargetService.Isian("RENSTRA", awal.versi() + 1))));

        SumberTargetService.Pengaturan renstra = u.sumberTarget("admin-pemda",
                s -> s.ubah(new SumberTargetService.Isian("renstra", awal.versi())));
        assertEquals("RENSTRA", renstra.sumberTarget());
        assertTrue(renstra.versi() > awal.versi());
        var kinerja = u.kinerja(2020);
        assertEquals("RENSTRA", kinerja.kebijakan().sumberTarget());
        assertEquals(0, kinerja.indikator("IK-RUMUSAN").orElseThrow().target().nilai().compareTo(new BigDecimal("60")));
        assertEquals(0, kinerja.indikator("IK-LPPD").orElseThrow().target().nilai().compareTo(new BigDecimal("3.3")));
        PohonRenstra pohon = u.renstra("operator", s -> s.pohon("RENSTRA-SETDA-2018"));
        assertEquals("RENSTRA", pohon.sumberTargetBerwenang());
        assertEquals("RENSTRA", RencanaUji.target(pohon, "IK-RUMUSAN", 2020).berwenang().sumber());

        u.sumberTarget("admin-pemda", s -> s.ubah(new SumberTargetService.Isian("PK", renstra.versi())));
        assertEquals(0, u.kinerja(2020).indikator("IK-RUMUSAN").orElseThrow().target().nilai().compareTo(new BigDecimal("100")));
    }
}
