package id.akuntara.core.infrastructure.persistence;

import id.akuntara.core.calc.Polaritas;
import id.akuntara.core.domain.pengukuran.Periode;
import id.akuntara.core.domain.pengukuran.RealisasiDicari;
import id.akuntara.core.domain.pengukuran.RealisasiIndikator;
import id.akuntara.core.domain.rencana.IndikatorKinerja;
import id.akuntara.core.domain.rencana.JenisIndikator;
import id.akuntara.core.testsupport.BasisDataUji;
import id.akuntara.core.testsupport.ContohData;
import id.akuntara.core.tenancy.KerjaLatar;
import jakarta.persistence.EntityManager;
import jakarta.persistence.EntityManagerFactory;
import jakarta.persistence.Persistence;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Function;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The write path's lookup of an indicator by code and the realisasi of a key
 * ({@link JpaRealisasiRepository#cari(String, int, Periode)}) is native SQL, which Hibernate's tenant filter does not
 * reach: it must find only the session's own pemda's rows by its own condition, with row-level security behind it,
 * and also without it (a persistence unit over the superuser's connections, which row-level security does not
 * apply to).
 */
class CariRealisasiMenurutKodeTest {

    private static final String KALTIM = "prov-kaltim";
    private static final String KLUNGKUNG = "kab-klungkung";
    private static final String HANYA_KALTIM = "IK-HANYA-KALTIM";

    private static BasisDataUji db;
    private static EntityManagerFactory tanpaRls;
    private static ContohData.Hasil kaltim;
    private static ContohData.Hasil klungkung;

    @BeforeAll
    static void siapkan() {
        db = BasisDataUji.baru();
        kaltim = db.transaksi(KALTIM, ContohData::lengkap);
        klungkung = db.transaksi(KLUNGKUNG, ContohData::lengkap);
        db.jalankan(KALTIM, em -> {
            IndikatorKinerja asal = em.find(IndikatorKinerja.class, kaltim.indikator().getId());
            IndikatorKinerja ik = new IndikatorKinerja(HANYA_KALTIM, "Hanya milik Kaltim", "%", null, Polaritas.NAIK,
                    JenisIndikator.RASIO, 2, null, asal.getSasaran().orElseThrow(), null, null, null);
            em.persist(ik);
            RealisasiIndikator r = new RealisasiIndikator(ik, 2021, Periode.TAHUNAN);
            r.isiNilai(new BigDecimal("75"), null);
            em.persist(r);
        });
        // also with JPA compliance on, as WildFly runs the unit (hibernate.jpa.compliance=true; persistence.xml keeps
        // the query category off)
        tanpaRls = Persistence.createEntityManagerFactory("akuntara", Map.of(
                "jakarta.persistence.transactionType", "RESOURCE_LOCAL",
                "jakarta.persistence.nonJtaDataSource", db.superuser(),
                "hibernate.jpa.compliance", "true"));
    }

    @AfterAll
    static void tutup() {
        tanpaRls.close();
    }

    @Test
    void kodeIndikatorPemdaLainTidakDitemukan() {
        for (EntityManagerFactory emf : new EntityManagerFactory[] {db.emf(), tanpaRls}) {
            assertTrue(cari(emf, KLUNGKUNG, HANYA_KALTIM, Periode.TAHUNAN).isEmpty(), "Klungkung melihat indikator Kaltim");
            RealisasiDicari milikKaltim = cari(emf, KALTIM, HANYA_KALTIM, Periode.TAHUNAN).orElseThrow();
            assertEquals(KALTIM, milikKaltim.indikator().getTenantId());
            assertEquals(KALTIM, milikKaltim.realisasi().orElseThrow().getTenantId());
        }
    }

    @Test
    void kodeYangSamaDiDuaPemdaMenemukanMilikSesiSendiri() {
        for (EntityManagerFactory emf : new EntityManagerFactory[] {db.emf(), tanpaRls}) {
            periksaMilik(emf, KLUNGKUNG, klungkung);
            periksaMilik(emf, KALTIM, kaltim);
        }
    }

    private static void periksaMilik(EntityManagerFactory emf, String pemda, ContohData.Hasil data) {
        RealisasiDicari d = cari(emf, pemda, "IK-EKPPD", Periode.TAHUNAN).orElseThrow();
        assertEquals(data.indikator().getId(), d.indikator().getId());
        assertEquals(pemda, d.indikator().getTenantId());
        assertEquals(data.realisasi().getId(), d.realisasi().orElseThrow().getId());
        assertEquals(pemda, d.realisasi().orElseThrow().getTenantId());
        assertEquals(0, new BigDecimal("3.0885").compareTo(d.realisasi().orElseThrow().getNilai().orElseThrow()));
    }

    @Test
    void indikatorTanpaRealisasiUntukKunciItu() {
        RealisasiDicari d = cari(db.emf(), KLUNGKUNG, "IK-EKPPD", Periode.TW1).orElseThrow();
        assertEquals(klungkung.indikator().getId(), d.indikator().getId());
        assertTrue(d.realisasi().isEmpty());
        assertTrue(cari(db.emf(), KLUNGKUNG, "IK-TIDAK-ADA", Periode.TAHUNAN).isEmpty());
    }

    @Test
    void sesiTanpaPemdaTidakMenemukanApaPun() {
        for (EntityManagerFactory emf : new EntityManagerFactory[] {db.emf(), tanpaRls}) {
            EntityManager em = emf.createEntityManager();
            try {
                assertTrue(new JpaRealisasiRepository(em).cari("IK-EKPPD", 2021, Periode.TAHUNAN).isEmpty());
            } finally {
                em.close();
            }
        }
    }

    /** The entity found in the session is the managed one: a second lookup in the same session returns it again. */
    @Test
    void entitasYangDitemukanTerkelolaDalamSesi() {
        dalam(db.emf(), KLUNGKUNG, em -> {
            JpaRealisasiRepository repo = new JpaRealisasiRepository(em);
            RealisasiDicari a = repo.cari("IK-EKPPD", 2021, Periode.TAHUNAN).orElseThrow();
            RealisasiDicari b = repo.cari("IK-EKPPD", 2021, Periode.TAHUNAN).orElseThrow();
            assertTrue(a.indikator() == b.indikator() && a.realisasi().orElseThrow() == b.realisasi().orElseThrow());
            assertTrue(em.contains(a.realisasi().orElseThrow()));
            UUID id = a.realisasi().orElseThrow().getId();
            assertTrue(em.find(RealisasiIndikator.class, id) == a.realisasi().orElseThrow());
            return null;
        });
    }

    private static Optional<RealisasiDicari> cari(EntityManagerFactory emf, String pemda, String kode, Periode periode) {
        return dalam(emf, pemda, em -> new JpaRealisasiRepository(em).cari(kode, 2021, periode));
    }

    private static <T> T dalam(EntityManagerFactory emf, String pemda, Function<EntityManager, T> kerja) {
        return KerjaLatar.jalankan(pemda, "uji", () -> {
            EntityManager em = emf.createEntityManager();
            try {
                em.getTransaction().begin();
                return kerja.apply(em);
            } finally {
                em.getTransaction().rollback();
                em.close();
            }
        });
    }
}
