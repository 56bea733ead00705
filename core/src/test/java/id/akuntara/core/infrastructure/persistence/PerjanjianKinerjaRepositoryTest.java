package id.akuntara.core.infrastructure.persistence;

import id.akuntara.core.domain.bersama.AturanDilanggarException;
import id.akuntara.core.domain.bersama.JenisVersi;
import id.akuntara.core.domain.perjanjian.BarisPerjanjian;
import id.akuntara.core.domain.perjanjian.PerjanjianKinerja;
import id.akuntara.core.domain.perjanjian.StatusPerjanjian;
import id.akuntara.core.testsupport.BasisDataUji;
import id.akuntara.core.testsupport.ContohData;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.sql.SQLException;
import java.time.Instant;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** A signed PK is immutable (domain and database); a change is a new version; the cascade stays in one year. */
class PerjanjianKinerjaRepositoryTest {

    private static final String KALTIM = "prov-kaltim";
    private static BasisDataUji db;

    @BeforeAll
    static void siapkan() {
        db = BasisDataUji.baru();
        db.transaksi(KALTIM, ContohData::lengkap);
    }

    @Test
    void pkTertandatanganTidakDapatDiubahOlehDomain() {
        db.jalankan(KALTIM, em -> {
            PerjanjianKinerja pk = new JpaPerjanjianKinerjaRepository(em).cariKode("PK-2021-SEKDA").orElseThrow();
            assertEquals(StatusPerjanjian.DITANDATANGANI, pk.getStatus());
            var e = assertThrows(AturanDilanggarException.class, () -> pk.tambahBaris(new BarisPerjanjian.Isi("S", null, "I", null,
                    "%", BigDecimal.ONE, null)));
            assertTrue(e.getMessage().contains("buat PK Perubahan"), e.getMessage());
            assertThrows(AturanDilanggarException.class, () -> pk.tetapkanTotalTertulis(BigDecimal.TEN, null));
        });
    }

    @Test
    void pkTertandatanganTidakDapatDiubahDenganSqlNatif() throws SQLException {
        try (var c = db.koneksiApp(KALTIM)) {
            var e = assertThrows(SQLException.class, () -> c.createStatement().executeUpdate(
                    "UPDATE perjanjian_kinerja SET tempat = 'Balikpapan' WHERE kode = 'PK-2021-SEKDA'"));
            assertTrue(e.getMessage().contains("sudah ditandatangani"), e.getMessage());
            var e2 = assertThrows(SQLException.class, () -> c.createStatement().executeUpdate(
                    "UPDATE program_perjanjian SET jumlah = 1 WHERE perjanjian_id = (SELECT id FROM perjanjian_kinerja"
                            + " WHERE kode = 'PK-2021-SEKDA')"));
            assertTrue(e2.getMessage().contains("sudah ditandatangani"), e2.getMessage());
            assertEquals(1, c.createStatement().executeUpdate(
                    "UPDATE perjanjian_kinerja SET tempat = 'Samarinda' WHERE kode = 'PK-2021-AS2'"), "draft boleh diubah");
        }
    }

    @Test
    void perubahanMenjadiVersiBaruDenganAlasan() {
        db.jalankan(KALTIM, em -> {
            var repo = new JpaPerjanjianKinerjaRepository(em);
            PerjanjianKinerja murni = repo.cariKode("PK-2021-SEKDA").orElseThrow();
            PerjanjianKinerja perubahan = murni.buatPerubahan("PK-2021-SEKDA-P1",
                    "Pergantian pejabat dan perubahan program setelah Pergub 18/2021", null, null);
            perubahan.tambahBaris(new BarisPerjanjian.Isi("Sasaran baru", null, "Indikator baru", null, "%",
                    new BigDecimal("80"), null));
            perubahan.tandatangani(Instant.parse("2021-08-20T00:00:00Z"));
            repo.simpan(perubahan);
            em.flush();
            List<PerjanjianKinerja> versi = repo.versi(perubahan);
            assertEquals(List.of("PK-2021-SEKDA", "PK-2021-SEKDA-P1"), versi.stream().map(PerjanjianKinerja::getKode).toList());
            assertEquals(2, perubahan.getVersiKe());
            assertEquals(JenisVersi.PERUBAHAN, perubahan.getJenisVersi());
            assertEquals(2, perubahan.getBaris().size());
            assertEquals(1, murni.getBaris().size(), "versi lama tidak berubah");
            assertEquals(murni.totalTerhitung(), perubahan.totalTerhitung());
        });
    }

    @Test
    void indukPkHarusSeTahunDanAnakTerlihat() {
        db.jalankan(KALTIM, em -> {
            var repo = new JpaPerjanjianKinerjaRepository(em);
            PerjanjianKinerja sekda = repo.cariKode("PK-2021-SEKDA").orElseThrow();
            assertEquals(List.of("PK-2021-AS2"), repo.anak(sekda).stream().map(PerjanjianKinerja::getKode).toList());
            PerjanjianKinerja as2 = repo.cariKode("PK-2021-AS2").orElseThrow();
            assertEquals("Plt. Asisten Perekonomian dan Administrasi Pembangunan", as2.sebutanPihakPertama());
            var e = assertThrows(AturanDilanggarException.class, () -> new PerjanjianKinerja("PK-2022-AS2", 2022,
                    null, as2.getPihakPertama(), as2.getPihakKedua().orElse(null), sekda));
            assertTrue(e.getMessage().contains("tahun yang sama"), e.getMessage());
        });
    }

    @Test
    void totalTertulisDibandingkanDenganJumlahProgramDanTerbilang() {
        db.jalankan(KALTIM, em -> {
            PerjanjianKinerja pk = new JpaPerjanjianKinerjaRepository(em).cariKode("PK-2021-SEKDA").orElseThrow();
            assertEquals(0, new BigDecimal("5499404800").compareTo(pk.totalTerhitung()));
            assertTrue(pk.selisihTotal().isEmpty());
            assertTrue(pk.totalTerbilangTerhitung().startsWith("lima miliar empat ratus sembilan puluh sembilan juta"),
                    pk.totalTerbilangTerhitung());
        });
    }
}
