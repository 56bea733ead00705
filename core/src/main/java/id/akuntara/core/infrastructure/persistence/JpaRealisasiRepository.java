package id.akuntara.core.infrastructure.persistence;

import id.akuntara.core.domain.bersama.AturanDilanggarException;
import id.akuntara.core.domain.pengukuran.BuktiDukung;
import id.akuntara.core.domain.pengukuran.Periode;
import id.akuntara.core.domain.pengukuran.RealisasiDicari;
import id.akuntara.core.domain.pengukuran.RealisasiIndikator;
import id.akuntara.core.domain.pengukuran.RealisasiRepository;
import id.akuntara.core.domain.pengukuran.RingkasanBukti;
import id.akuntara.core.domain.rencana.IndikatorKinerja;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.PersistenceException;
import org.hibernate.Session;

import java.sql.SQLException;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

@ApplicationScoped
public class JpaRealisasiRepository implements RealisasiRepository {

    @PersistenceContext(unitName = "akuntara")
    private EntityManager em;

    protected JpaRealisasiRepository() {
    }

    public JpaRealisasiRepository(EntityManager em) {
        this.em = em;
    }

    @Override
    public void simpan(Object entitas) {
        if (!(entitas instanceof RealisasiIndikator || entitas instanceof BuktiDukung)) {
            throw new IllegalArgumentException("Bukan data pengukuran: " + entitas);
        }
        em.persist(entitas);
    }

    @Override
    public Optional<RealisasiIndikator> cari(UUID id) {
        return Optional.ofNullable(em.find(RealisasiIndikator.class, id));
    }

    @Override
    public Optional<RealisasiIndikator> cari(IndikatorKinerja indikator, int tahun, Periode periode) {
        return em.createQuery("select r from RealisasiIndikator r where r.indikator = :i and r.tahun = :t and r.periode = :p",
                        RealisasiIndikator.class).setParameter("i", indikator).setParameter("t", tahun)
                .setParameter("p", periode).getResultStream().findFirst();
    }

    /**
     * The write path's lookup (every {@code PUT} of a realisasi runs it): the indicator of the code and any realisasi
     * of the key, in one native query with the pemda condition written out. Not JPQL on purpose: Hibernate 6.6 keeps
     * the {@code @TenantId} filter enabled in every session and then never caches a JPQL query's translation
     * ({@code SqmInterpretationsKey}), so a JPQL query is translated from HQL to SQL again on every call, the largest
     * share of the write's CPU time; a native query's plan is cached whatever filters are on. The filter does not
     * apply to native SQL, hence {@code i.tenant_id = :pemda} with the session's own tenant (the value the filter would
     * have bound), and row-level security still stands behind it. Tested in {@code PengukuranRepositoryTest} and
     * {@code IsolasiTenantTest}.
     */
    static final String CARI_INDIKATOR_DAN_REALISASI = "select {i.*}, {r.*} from indikator_kinerja i"
            + " left join realisasi_indikator r on r.tenant_id = i.tenant_id and r.indikator_id = i.id"
            + " and r.tahun = :tahun and r.periode = :periode"
            + " where i.tenant_id = :pemda and i.kode = :kode";

    @Override
    public Optional<RealisasiDicari> cari(String kodeIndikator, int tahun, Periode periode) {
        Session sesi = em.unwrap(Session.class);
        @SuppressWarnings("unchecked")
        List<Object[]> baris = sesi.createNativeQuery(CARI_INDIKATOR_DAN_REALISASI)
                .addEntity("i", IndikatorKinerja.class).addEntity("r", RealisasiIndikator.class)
                .setParameter("pemda", sesi.getTenantIdentifierValue()).setParameter("kode", kodeIndikator)
                .setParameter("tahun", tahun).setParameter("periode", periode.name()).getResultList();
        return baris.stream().findFirst().map(b -> new RealisasiDicari((IndikatorKinerja) b[0],
                Optional.ofNullable((RealisasiIndikator) b[1])));
    }

    @Override
    public List<BuktiDukung> bukti(RealisasiIndikator realisasi) {
        return em.createQuery("select b from BuktiDukung b where b.realisasi = :r order by b.diunggahPada", BuktiDukung.class)
                .setParameter("r", realisasi).getResultList();
    }

    @Override
    public void tulisSekarang() {
        try {
            em.flush();
        } catch (PersistenceException e) {
            for (Throwable t = e; t != null; t = t.getCause() == t ? null : t.getCause()) {
                if (t instanceof SQLException sql && "23505".equals(sql.getSQLState())) {
                    throw new AturanDilanggarException("Realisasi ini baru saja dibuat orang lain; muat ulang lalu ubah versi"
                            + " yang tersimpan.", "This realisasi was just created by someone else; reload and edit the"
                            + " stored version.");
                }
            }
            throw e;
        }
    }

    @Override
    public List<RealisasiIndikator> tahun(int tahun) {
        // no alias on the fetch join: WildFly runs Hibernate with JPA query compliance, which forbids one
        return em.createQuery("select r from RealisasiIndikator r join fetch r.indikator where r.tahun = :t"
                        + " order by r.indikator.kode, r.periode", RealisasiIndikator.class)
                .setParameter("t", tahun).getResultList();
    }

    @Override
    public Optional<BuktiDukung> cariBukti(UUID id) {
        return Optional.ofNullable(em.find(BuktiDukung.class, id));
    }

    private static final String RINGKASAN = "select new id.akuntara.core.domain.pengukuran.RingkasanBukti(b.id, b.realisasi.id,"
            + " b.namaBerkas, b.jenisKonten, b.ukuran, b.sha256, b.diunggahPada) from BuktiDukung b ";

    @Override
    public List<RingkasanBukti> ringkasanBukti(int tahun) {
        return em.createQuery(RINGKASAN + "where b.realisasi.tahun = :t order by b.diunggahPada, b.namaBerkas",
                RingkasanBukti.class).setParameter("t", tahun).getResultList();
    }

    @Override
    public List<RingkasanBukti> ringkasanBukti(RealisasiIndikator realisasi) {
        return em.createQuery(RINGKASAN + "where b.realisasi = :r order by b.diunggahPada, b.namaBerkas",
                RingkasanBukti.class).setParameter("r", realisasi).getResultList();
    }
}
