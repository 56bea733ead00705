package id.akuntara.core.infrastructure.pengukuran;

import id.akuntara.core.application.PengukuranPemda;
import id.akuntara.core.calc.BatasCapaian;
import id.akuntara.core.domain.bersama.AturanDilanggarException;
import id.akuntara.core.domain.pemda.PengaturanPemda;
import id.akuntara.core.infrastructure.paket.MuatPaketBawaan;
import id.akuntara.core.infrastructure.persistence.JpaSnapshotKinerjaRepository;
import id.akuntara.core.pengukuran.KinerjaJson;
import id.akuntara.core.pengukuran.KinerjaTahunan;
import id.akuntara.core.pengukuran.LayananPengukuran;
import id.akuntara.core.pengukuran.PerbandinganKinerja;
import id.akuntara.core.plugin.PluginUji;
import id.akuntara.core.testsupport.BasisDataUji;
import id.akuntara.spi.TingkatPemerintahan;
import jakarta.persistence.EntityManager;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Instant;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * A fixed year keeps its figures (issue 9 point 4): Klungkung 2020 is fixed, then the pemda caps capaian at 100;
 * the stored snapshot still says RCS-PK 108,37 (Klungkung LKjIP 2020 Tabel 3.1: 102,95 / 95), a recomputation says
 * 100,00, and the comparison lists that figure with both values.
 */
class SnapshotKinerjaTest {

    static final String PEMDA = "kab-klungkung";

    static PengukuranPemda pengukuran(EntityManager em) {
        return new PengukuranPemda(new SumberTersimpan(em, PEMDA), new PluginUji("kabupaten", TingkatPemerintahan.KABUPATEN),
                new JpaSnapshotKinerjaRepository(em));
    }

    @Test
    void snapshotTidakBerubahKetikaPengaturanBerubahDanSelisihnyaDilaporkan() throws IOException, SQLException {
        BasisDataUji db = BasisDataUji.baru();
        String json = Files.readString(Path.of("..", "tenant-kabupaten", "src", "main", "resources", "paket", PEMDA + ".json"),
                StandardCharsets.UTF_8);
        db.jalankanSebagai(PEMDA, "uji", em -> new MuatPaketBawaan(em).muat(PEMDA, "uji:" + PEMDA, json));

        String isi = db.transaksi(PEMDA, "pimpinan.klungkung", em -> pengukuran(em)
                .tetapkan(2020, "pimpinan.klungkung", Instant.parse("2021-03-31T08:00:00Z")).getIsi());
        KinerjaTahunan tetap = KinerjaJson.baca(isi);
        assertEquals("108,37", tetap.indikator("RCS-PK").orElseThrow().capaian().tampil());
        assertEquals(LayananPengukuran.VERSI_ATURAN, tetap.versiAturan());

        db.jalankanSebagai(PEMDA, "admin.klungkung", em -> {
            PengaturanPemda p = em.createQuery("select p from PengaturanPemda p", PengaturanPemda.class).getSingleResult();
            p.ubahKebijakan(p.getSumberTarget(), p.pembulatan(), BatasCapaian.maksimum(java.math.BigDecimal.valueOf(100)),
                    p.kebijakanAgregasi());
        });

        db.jalankan(PEMDA, em -> {
            PengukuranPemda u = pengukuran(em);
            assertEquals(KinerjaJson.tulis(tetap), KinerjaJson.tulis(u.kinerja(2020)), "snapshot berubah setelah pengaturan diubah");
            assertEquals(isi, em.createQuery("select s.isi from SnapshotKinerja s where s.tahun = 2020", String.class)
                    .getSingleResult());
            assertEquals("100,00", u.hitung(2020).indikator("RCS-PK").orElseThrow().capaian().tampil());
            List<PerbandinganKinerja.Selisih> selisih = u.bandingkanDenganSnapshot(2020).orElseThrow();
            var rcs = selisih.stream().filter(s -> s.jejak().equals("capaian/RCS-PK/TAHUNAN")).findFirst().orElseThrow();
            assertEquals("108,37", rcs.lama().tampil());
            assertEquals("100,00", rcs.baru().tampil());
            assertTrue(selisih.stream().allMatch(s -> s.lama() != null && s.baru() != null), selisih.toString());
            assertTrue(u.bandingkanDenganSnapshot(2019).isEmpty(), "2019 belum ditetapkan");
            assertNotEquals(isi, KinerjaJson.tulis(u.hitung(2020)));
        });

        AturanDilanggarException dua = assertThrows(AturanDilanggarException.class, () -> db.jalankan(PEMDA,
                em -> pengukuran(em).tetapkan(2020, "pimpinan.klungkung", Instant.now())));
        assertTrue(dua.getMessage().contains("sudah ditetapkan"), dua.getMessage());

        // the application role may neither change nor remove a snapshot
        try (Connection c = db.koneksiApp(PEMDA)) {
            assertThrows(SQLException.class, () -> c.createStatement().executeUpdate("UPDATE snapshot_kinerja SET isi = '{}'"));
        }
        try (Connection c = db.koneksiApp(PEMDA)) {
            assertThrows(SQLException.class, () -> c.createStatement().executeUpdate("DELETE FROM snapshot_kinerja"));
        }
    }
}
