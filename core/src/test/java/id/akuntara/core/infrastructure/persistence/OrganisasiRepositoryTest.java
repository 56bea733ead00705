package id.akuntara.core.infrastructure.persistence;

import id.akuntara.core.domain.bersama.AturanDilanggarException;
import id.akuntara.core.domain.kepegawaian.Nip;
import id.akuntara.core.domain.organisasi.JenisPerubahanUnit;
import id.akuntara.core.domain.organisasi.JenisUnit;
import id.akuntara.core.domain.organisasi.Restrukturisasi;
import id.akuntara.core.domain.organisasi.UnitOrganisasi;
import id.akuntara.core.testsupport.BasisDataUji;
import id.akuntara.core.testsupport.ContohData;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.sql.SQLException;
import java.time.LocalDate;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Effective-dated organisation (Kaltim Pergub 18/2021), people and assignments, on real PostgreSQL. */
class OrganisasiRepositoryTest {

    private static final String KALTIM = "prov-kaltim";
    private static BasisDataUji db;

    @BeforeAll
    static void siapkan() {
        db = BasisDataUji.baru();
        db.transaksi(KALTIM, ContohData::lengkap);
    }

    private static List<String> kode(List<UnitOrganisasi> unit) {
        return unit.stream().map(UnitOrganisasi::getKode).toList();
    }

    @Test
    void laporan2021MelihatBiroLamaDan2022HanyaBiroBaru() {
        db.jalankan(KALTIM, em -> {
            var repo = new JpaUnitOrganisasiRepository(em);
            List<String> t2021 = kode(repo.berlakuDalamTahun(2021));
            List<String> t2022 = kode(repo.berlakuDalamTahun(2022));
            assertTrue(t2021.contains("B-INFRA"), "2021 masih melihat Biro Infrastruktur: " + t2021);
            assertTrue(t2021.contains("B-PBJ"), "Biro PBJ dibentuk dalam 2021: " + t2021);
            assertFalse(t2022.contains("B-INFRA"), "2022 tidak lagi melihat Biro Infrastruktur: " + t2022);
            assertTrue(t2022.contains("B-PBJ"));
            assertTrue(kode(repo.berlakuPada(LocalDate.of(2021, 1, 1))).contains("B-INFRA"));
            assertFalse(kode(repo.berlakuPada(LocalDate.of(2021, 1, 1))).contains("B-PBJ"));
            assertFalse(kode(repo.berlakuPada(ContohData.PERGUB_18_2021)).contains("B-INFRA"), "berakhir tidak termasuk");
            var lama = repo.cariKode("B-INFRA").orElseThrow();
            var riwayat = repo.riwayatPerubahan(lama);
            assertEquals(1, riwayat.size());
            assertEquals(JenisPerubahanUnit.BUBAR, riwayat.get(0).getJenis());
            assertEquals("Pergub Kaltim 18/2021", riwayat.get(0).getDasarHukum());
        });
    }

    @Test
    void pindahIndukMembuatVersiBaruDanMenyimpanRiwayat() {
        db.jalankan(KALTIM, em -> {
            var repo = new JpaUnitOrganisasiRepository(em);
            var setda = repo.cariKode("SETDA").orElseThrow();
            var humas = new UnitOrganisasi("B-HUMAS", "Biro Humas", JenisUnit.BIRO, setda, LocalDate.of(2019, 1, 1), List.of(), null);
            var pod = new UnitOrganisasi("B-POD", "Biro Pemerintahan dan Otonomi Daerah", JenisUnit.BIRO, setda,
                    LocalDate.of(2019, 1, 1), List.of(), null);
            var kerjasama = new UnitOrganisasi("BAG-KS", "Bagian Kerjasama", JenisUnit.BAGIAN, humas, LocalDate.of(2019, 1, 1),
                    List.of(), null);
            List.of(humas, pod, kerjasama).forEach(repo::simpan);
            var hasil = Restrukturisasi.teruskan(kerjasama, "BAG-KS-2021", "Bagian Kerjasama", pod, ContohData.PERGUB_18_2021,
                    "Pergub Kaltim 18/2021");
            hasil.unitBaru().forEach(repo::simpan);
            hasil.perubahan().forEach(repo::simpan);
            em.flush();
            var baru = repo.cariKode("BAG-KS-2021").orElseThrow();
            assertEquals("B-POD", baru.getInduk().orElseThrow().getKode());
            assertEquals(JenisPerubahanUnit.PINDAH_INDUK, repo.riwayatPerubahan(baru).get(0).getJenis());
            assertEquals("B-HUMAS", repo.cariKode("BAG-KS").orElseThrow().getInduk().orElseThrow().getKode(), "versi lama tetap");
        });
    }

    @Test
    void pengakhiranGandaDanPengakhiranSebelumMulaiDitolak() {
        var c = new UnitOrganisasi("C", "C", JenisUnit.BIRO, null, LocalDate.of(2020, 1, 1), List.of(), null);
        assertThrows(AturanDilanggarException.class, () -> c.akhiri(LocalDate.of(2020, 1, 1)));
        c.akhiri(LocalDate.of(2021, 1, 1));
        var e = assertThrows(AturanDilanggarException.class, () -> c.akhiri(LocalDate.of(2022, 1, 1)));
        assertTrue(e.getMessage().contains("sudah berakhir"), e.getMessage());
    }

    @Test
    void pemegangJabatanDenganAwalanPlt() {
        db.jalankan(KALTIM, em -> {
            var repo = new JpaKepegawaianRepository(em);
            var riza = repo.cariNip(Nip.baca("19641028 199003 1 009")).orElseThrow();
            assertEquals("Ir. Riza Indra Riadi, M.Si", riza.getNama());
            var plt = repo.cariPenugasan("plt-as2-2021").orElseThrow();
            assertEquals("Plt. Asisten Perekonomian dan Administrasi Pembangunan", plt.sebutanJabatan());
            assertEquals(List.of(plt), repo.pemegangJabatan(plt.getJabatan(), LocalDate.of(2021, 6, 1)));
            assertTrue(repo.pemegangJabatan(plt.getJabatan(), LocalDate.of(2020, 6, 1)).isEmpty());
            plt.akhiri(LocalDate.of(2021, 12, 31));
            em.flush();
            assertTrue(repo.pemegangJabatan(plt.getJabatan(), LocalDate.of(2022, 1, 1)).isEmpty(), "diakhiri, tidak dihapus");
        });
    }

    @Test
    void unitTidakPernahDihapusOlehAplikasi() throws SQLException {
        try (var c = db.koneksiApp(KALTIM)) {
            var e = assertThrows(SQLException.class, () -> c.createStatement().executeUpdate("DELETE FROM unit_organisasi"));
            assertEquals("42501", e.getSQLState(), e.getMessage());
        }
    }
}
