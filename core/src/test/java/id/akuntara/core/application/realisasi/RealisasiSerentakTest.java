package id.akuntara.core.application.realisasi;

import id.akuntara.core.domain.pengukuran.BuktiDukung;
import id.akuntara.core.domain.pengukuran.Periode;
import id.akuntara.core.domain.pengukuran.RealisasiDicari;
import id.akuntara.core.domain.pengukuran.RealisasiIndikator;
import id.akuntara.core.domain.pengukuran.RealisasiRepository;
import id.akuntara.core.domain.pengukuran.RingkasanBukti;
import id.akuntara.core.domain.rencana.IndikatorKinerja;
import id.akuntara.core.galat.KonflikVersiException;
import id.akuntara.core.infrastructure.persistence.JpaRealisasiRepository;
import id.akuntara.core.infrastructure.persistence.audit.JpaRiwayatRepository;
import id.akuntara.core.pengukuran.KinerjaTahunan;
import id.akuntara.core.tenancy.PenggunaSaatIni;
import id.akuntara.core.tenancy.PenggunaTerverifikasi;
import id.akuntara.core.testsupport.BasisDataUji;
import jakarta.persistence.EntityManager;
import jakarta.persistence.OptimisticLockException;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.BrokenBarrierException;
import java.util.concurrent.Callable;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicInteger;

import static id.akuntara.core.application.realisasi.RealisasiUji.KLUNGKUNG;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

/**
 * Issue 10 point 10 on a real PostgreSQL, through the use case (version check, audit, row-level security, one
 * transaction per call as on the server):
 * <ul>
 *   <li>two editors save the same realisasi from the same version at the same moment: one wins, the other gets a
 *       conflict, and the stored value is the winner's;</li>
 *   <li>100 concurrent updates of one pemda's realisasi lose nothing: 100 new realisasi from 8 threads are all stored
 *       with their values and audited once each; and 100 increments of ONE realisasi from 8 threads, each retried on a
 *       conflict after reloading, end at exactly +100 with 100 audited revisions (without the version, interleaved
 *       read-modify-writes would lose some).</li>
 * </ul>
 */
class RealisasiSerentakTest {

    private static final int UTAS = 8;
    private static BasisDataUji db;

    @BeforeAll
    static void siapkan() {
        db = BasisDataUji.baru();
        RealisasiUji.muatPaket(db, KLUNGKUNG);
    }

    /** The use case without the measurement (writes never measure), with a repository that can wait before flushing. */
    private static RealisasiService layanan(EntityManager em, String username, RealisasiRepository repo) {
        PenggunaSaatIni pengguna = new PenggunaSaatIni();
        pengguna.tetapkan(new PenggunaTerverifikasi(username, username, null, List.of(KLUNGKUNG), Set.of("operator")));
        return new LayananRealisasi(repo, new JpaRiwayatRepository(em), new PengukuranRealisasi() {
            @Override
            public KinerjaTahunan hitung(int tahun) {
                throw new AssertionError("menulis tidak mengukur");
            }

            @Override
            public KinerjaTahunan kinerja(int tahun) {
                throw new AssertionError("menulis tidak mengukur");
            }

            @Override
            public boolean ditetapkan(int tahun) {
                throw new AssertionError("menulis tidak mengukur");
            }
        }, pengguna);
    }

    private static IsianRealisasi ada(Long versi, String nilai) {
        return new IsianRealisasi(versi == null ? null : String.valueOf(versi), "ADA", nilai, null, null, null);
    }

    @Test
    void duaPenyuntingVersiSamaSatuMenangYangLainKonflik() throws Exception {
        RincianRealisasi awal = db.transaksi(KLUNGKUNG, "operator.a", em -> layanan(em, "operator.a",
                new JpaRealisasiRepository(em)).isi(2031, "K-IPM", "TAHUNAN", ada(null, "70")));
        long v = awal.versi();
        CyclicBarrier keduanyaSiap = new CyclicBarrier(2);
        ExecutorService pelaksana = Executors.newFixedThreadPool(2);
        try {
            List<Future<RincianRealisasi>> hasil = new ArrayList<>();
            for (String[] penyunting : new String[][] {{"operator.a", "71,5"}, {"operator.b", "72,25"}}) {
                hasil.add(pelaksana.submit(() -> db.transaksi(KLUNGKUNG, penyunting[0], em -> layanan(em, penyunting[0],
                        new MenungguSebelumMenulis(new JpaRealisasiRepository(em), keduanyaSiap))
                        .isi(2031, "K-IPM", "TAHUNAN", ada(v, penyunting[1])))));
            }
            List<RincianRealisasi> menang = new ArrayList<>();
            List<Throwable> kalah = new ArrayList<>();
            for (Future<RincianRealisasi> f : hasil) {
                try {
                    menang.add(f.get(60, TimeUnit.SECONDS));
                } catch (java.util.concurrent.ExecutionException e) {
                    kalah.add(e.getCause());
                }
            }
            assertEquals(1, menang.size(), "tepat satu menang: " + kalah);
            assertEquals(1, kalah.size());
            assertTrue(konflik(kalah.get(0)), "yang kalah mendapat konflik (409), bukan galat lain: " + kalah.get(0));
            BigDecimal tersimpan = nilai(awal.id());
            assertEquals(0, menang.get(0).nilai().compareTo(tersimpan), "nilai tersimpan milik pemenang");
            assertEquals(v + 1, versi(awal.id()));
            assertEquals(2, revisiAudit(awal.id()), "dibuat + satu perubahan; yang kalah tidak tercatat");
        } finally {
            pelaksana.shutdownNow();
        }
        // the loser's next save, from the same old version, is refused by the version check itself
        KonflikVersiException e = org.junit.jupiter.api.Assertions.assertThrows(KonflikVersiException.class,
                () -> db.transaksi(KLUNGKUNG, "operator.b", em -> layanan(em, "operator.b", new JpaRealisasiRepository(em))
                        .isi(2031, "K-IPM", "TAHUNAN", ada(v, "72,25"))));
        assertEquals(v + 1, e.versiSaatIni());
    }

    @Test
    void seratusRealisasiBaruDariDelapanUtasSemuaTersimpanDanTeraudit() throws Exception {
        List<String> kode = db.transaksi(KLUNGKUNG, em -> em.createQuery("select i.kode from IndikatorKinerja i order by i.kode",
                String.class).getResultList());
        List<String[]> kunci = new ArrayList<>();
        for (int tahun = 2041; kunci.size() < 100; tahun++) {
            for (String k : kode) {
                for (Periode p : Periode.values()) {
                    if (kunci.size() < 100) {
                        kunci.add(new String[] {String.valueOf(tahun), k, p.name()});
                    }
                }
            }
        }
        ExecutorService pelaksana = Executors.newFixedThreadPool(UTAS);
        try {
            List<Future<RincianRealisasi>> hasil = new ArrayList<>();
            for (int i = 0; i < kunci.size(); i++) {
                String[] k = kunci.get(i);
                String nilai = i + ",5";
                String user = "operator." + (i % UTAS);
                hasil.add(pelaksana.submit(() -> db.transaksi(KLUNGKUNG, user, em -> layanan(em, user,
                        new JpaRealisasiRepository(em)).isi(Integer.parseInt(k[0]), k[1], k[2], ada(null, nilai)))));
            }
            for (Future<RincianRealisasi> f : hasil) {
                f.get(120, TimeUnit.SECONDS);
            }
        } finally {
            pelaksana.shutdownNow();
        }
        try (Connection c = db.superuser().getConnection(); PreparedStatement ps = c.prepareStatement(
                "select count(*), sum(nilai), count(distinct (indikator_id, tahun, periode)) from realisasi_indikator"
                        + " where tenant_id = ? and tahun >= 2041")) {
            ps.setString(1, KLUNGKUNG);
            try (ResultSet rs = ps.executeQuery()) {
                rs.next();
                assertEquals(100, rs.getInt(1));
                // Σ (i + 0,5) for i = 0..99 = 4950 + 50
                assertEquals(0, new BigDecimal("5000").compareTo(rs.getBigDecimal(2)));
                assertEquals(100, rs.getInt(3));
            }
        }
        try (Connection c = db.superuser().getConnection(); PreparedStatement ps = c.prepareStatement(
                "select count(*), count(distinct r.username) from realisasi_indikator_aud a join revisi r on r.id = a.rev"
                        + " where a.tenant_id = ? and a.tahun >= 2041 and a.revtype = 0")) {
            ps.setString(1, KLUNGKUNG);
            try (ResultSet rs = ps.executeQuery()) {
                rs.next();
                assertEquals(100, rs.getInt(1), "satu revisi audit per realisasi baru");
                assertEquals(UTAS, rs.getInt(2), "setiap revisi dengan penggunanya");
            }
        }
    }

    @Test
    void seratusPenambahanSerentakPadaSatuRealisasiTidakAdaYangHilang() throws Exception {
        RincianRealisasi awal = db.transaksi(KLUNGKUNG, "operator.awal", em -> layanan(em, "operator.awal",
                new JpaRealisasiRepository(em)).isi(2032, "AKIP-PD", "TW1", ada(null, "0")));
        AtomicInteger konflik = new AtomicInteger();
        ExecutorService pelaksana = Executors.newFixedThreadPool(UTAS);
        try {
            List<Future<Integer>> hasil = new ArrayList<>();
            for (int i = 0; i < 100; i++) {
                String user = "operator." + (i % UTAS);
                Callable<Integer> tambahSatu = () -> {
                    for (int coba = 1; coba <= 500; coba++) {
                        try {
                            db.transaksi(KLUNGKUNG, user, em -> {
                                JpaRealisasiRepository repo = new JpaRealisasiRepository(em);
                                RealisasiIndikator r = repo.cari(awal.id()).orElseThrow();
                                BigDecimal berikut = r.getNilai().orElseThrow().add(BigDecimal.ONE);
                                return layanan(em, user, repo).isi(2032, "AKIP-PD", "TW1",
                                        ada(r.getVersi(), berikut.toPlainString().replace('.', ',')));
                            });
                            return coba;
                        } catch (RuntimeException e) {
                            if (!konflik(e)) {
                                throw e;
                            }
                            konflik.incrementAndGet();
                        }
                    }
                    throw new AssertionError("500 percobaan tanpa berhasil");
                };
                hasil.add(pelaksana.submit(tambahSatu));
            }
            for (Future<Integer> f : hasil) {
                f.get(300, TimeUnit.SECONDS);
            }
        } finally {
            pelaksana.shutdownNow();
        }
        assertEquals(0, new BigDecimal("100").compareTo(nilai(awal.id())), "tidak ada penambahan yang hilang");
        assertEquals(awal.versi() + 100, versi(awal.id()));
        assertEquals(101, revisiAudit(awal.id()), "dibuat + 100 perubahan, masing-masing satu revisi");
        System.out.println("RealisasiSerentakTest: 100 penambahan dari " + UTAS + " utas, " + konflik.get()
                + " konflik diulang");
    }

    /** A conflict as the API answers it with 409: the version check, or the optimistic lock at flush or commit. */
    private static boolean konflik(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (t instanceof KonflikVersiException || t instanceof OptimisticLockException
                    || t instanceof org.hibernate.StaleStateException) {
                return true;
            }
        }
        return false;
    }

    private static BigDecimal nilai(UUID id) {
        return db.transaksi(KLUNGKUNG, em -> em.find(RealisasiIndikator.class, id).getNilai().orElseThrow());
    }

    private static long versi(UUID id) {
        return db.transaksi(KLUNGKUNG, em -> em.find(RealisasiIndikator.class, id).getVersi());
    }

    private static int revisiAudit(UUID id) throws SQLException {
        try (Connection c = db.superuser().getConnection();
             PreparedStatement ps = c.prepareStatement("select count(*) from realisasi_indikator_aud where id = ?")) {
            ps.setObject(1, id);
            try (ResultSet rs = ps.executeQuery()) {
                rs.next();
                return rs.getInt(1);
            }
        }
    }

    /** The realisasi repository, waiting until both editors have loaded and changed the record before either writes. */
    private record MenungguSebelumMenulis(RealisasiRepository asli, CyclicBarrier penghalang) implements RealisasiRepository {

        @Override
        public void tulisSekarang() {
            try {
                penghalang.await(30, TimeUnit.SECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            } catch (BrokenBarrierException | TimeoutException e) {
                fail("penyunting kedua tidak sampai", e);
            }
            asli.tulisSekarang();
        }

        @Override
        public void simpan(Object realisasiAtauBukti) {
            asli.simpan(realisasiAtauBukti);
        }

        @Override
        public Optional<RealisasiIndikator> cari(UUID id) {
            return asli.cari(id);
        }

        @Override
        public Optional<RealisasiIndikator> cari(IndikatorKinerja indikator, int tahun, Periode periode) {
            return asli.cari(indikator, tahun, periode);
        }

        @Override
        public Optional<RealisasiDicari> cari(String kodeIndikator, int tahun, Periode periode) {
            return asli.cari(kodeIndikator, tahun, periode);
        }

        @Override
        public List<BuktiDukung> bukti(RealisasiIndikator realisasi) {
            return asli.bukti(realisasi);
        }

        @Override
        public List<RealisasiIndikator> tahun(int tahun) {
            return asli.tahun(tahun);
        }

        @Override
        public Optional<BuktiDukung> cariBukti(UUID id) {
            return asli.cariBukti(id);
        }

        @Override
        public List<RingkasanBukti> ringkasanBukti(int tahun) {
            return asli.ringkasanBukti(tahun);
        }

        @Override
        public List<RingkasanBukti> ringkasanBukti(RealisasiIndikator realisasi) {
            return asli.ringkasanBukti(realisasi);
        }
    }
}
