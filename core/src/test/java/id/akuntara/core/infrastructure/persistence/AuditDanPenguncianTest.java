package id.akuntara.core.infrastructure.persistence;

import id.akuntara.core.domain.bersama.EntriRiwayat;
import id.akuntara.core.domain.narasi.Narasi;
import id.akuntara.core.domain.pengukuran.RealisasiIndikator;
import id.akuntara.core.infrastructure.persistence.audit.JpaRiwayatRepository;
import id.akuntara.core.tenancy.KerjaLatar;
import id.akuntara.core.testsupport.BasisDataUji;
import id.akuntara.core.testsupport.ContohData;
import jakarta.persistence.EntityManager;
import jakarta.persistence.OptimisticLockException;
import jakarta.persistence.RollbackException;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.sql.SQLException;
import java.util.List;
import java.util.UUID;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Audit trail (who, when, before, after) and optimistic locking between two concurrent transactions. */
class AuditDanPenguncianTest {

    private static final String PEMDA = "kota-pangkalpinang";
    private static BasisDataUji db;
    private static ContohData.Hasil data;

    @BeforeAll
    static void siapkan() {
        db = BasisDataUji.baru();
        data = db.transaksi(PEMDA, "admin.pangkalpinang", ContohData::lengkap);
    }

    @Test
    void setiapPerubahanTercatatDenganPelakuSebelumDanSesudah() {
        UUID id = db.transaksi(PEMDA, "penyusun", em -> {
            Narasi n = new Narasi(2021, "BAB IV", "Penutup", "Draf pertama");
            em.persist(n);
            return n.getId();
        });
        db.jalankanSebagai(PEMDA, "verifikator", em -> em.find(Narasi.class, id).ubah("Penutup", "Draf kedua"));
        List<EntriRiwayat<Narasi>> riwayat = db.transaksi(PEMDA, em -> new JpaRiwayatRepository(em).riwayat(Narasi.class, id));
        assertEquals(2, riwayat.size());
        assertEquals(EntriRiwayat.JenisPerubahan.DIBUAT, riwayat.get(0).jenis());
        assertEquals("penyusun", riwayat.get(0).username());
        assertEquals("Draf pertama", riwayat.get(0).keadaan().getIsi());
        assertEquals(EntriRiwayat.JenisPerubahan.DIUBAH, riwayat.get(1).jenis());
        assertEquals("verifikator", riwayat.get(1).username());
        assertEquals("Draf pertama", riwayat.get(1).sebelumnya().orElseThrow().getIsi());
        assertEquals("Draf kedua", riwayat.get(1).keadaan().getIsi());
        assertTrue(!riwayat.get(1).waktu().isBefore(riwayat.get(0).waktu()));
        assertTrue(riwayat.get(1).revisi() > riwayat.get(0).revisi());
    }

    @Test
    void riwayatPemdaLainTidakTerbaca() throws SQLException {
        UUID id = data.narasi().getId();
        assertEquals(1, db.transaksi(PEMDA, em -> new JpaRiwayatRepository(em).riwayat(Narasi.class, id)).size());
        assertTrue(db.transaksi("prov-kaltim", em -> new JpaRiwayatRepository(em).riwayat(Narasi.class, id)).isEmpty());
        try (var c = db.koneksiApp(PEMDA)) {
            var e = assertThrows(SQLException.class, () -> c.createStatement().executeUpdate("UPDATE narasi_aud SET isi = 'x'"));
            assertEquals("42501", e.getSQLState(), "audit hanya dapat ditambah: " + e.getMessage());
        }
    }

    @Test
    void duaOrangMengubahRealisasiYangSamaYangKeduaMendapatKonflik() {
        UUID id = data.realisasi().getId();
        KerjaLatar.jalankan(PEMDA, "dua-pengguna", () -> {
            EntityManager a = db.emf().createEntityManager();
            EntityManager b = db.emf().createEntityManager();
            try {
                a.getTransaction().begin();
                b.getTransaction().begin();
                RealisasiIndikator ra = a.find(RealisasiIndikator.class, id);
                RealisasiIndikator rb = b.find(RealisasiIndikator.class, id);
                ra.isiNilai(new BigDecimal("3.10"), null);
                rb.isiNilai(new BigDecimal("3.20"), null);
                a.getTransaction().commit();
                RollbackException e = assertThrows(RollbackException.class, () -> b.getTransaction().commit());
                assertInstanceOf(OptimisticLockException.class, e.getCause());
            } finally {
                if (b.getTransaction().isActive()) {
                    b.getTransaction().rollback();
                }
                a.close();
                b.close();
            }
        });
        BigDecimal tersimpan = db.transaksi(PEMDA, em -> em.find(RealisasiIndikator.class, id).getNilai().orElseThrow());
        assertEquals(0, new BigDecimal("3.10").compareTo(tersimpan), "perubahan pertama tidak tertimpa");
    }
}
