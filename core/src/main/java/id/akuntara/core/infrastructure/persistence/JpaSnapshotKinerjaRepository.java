package id.akuntara.core.infrastructure.persistence;

import id.akuntara.core.domain.pengukuran.SnapshotKinerja;
import id.akuntara.core.domain.pengukuran.SnapshotKinerjaRepository;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import java.util.Optional;

@ApplicationScoped
public class JpaSnapshotKinerjaRepository implements SnapshotKinerjaRepository {

    @PersistenceContext(unitName = "akuntara")
    private EntityManager em;

    protected JpaSnapshotKinerjaRepository() {
    }

    public JpaSnapshotKinerjaRepository(EntityManager em) {
        this.em = em;
    }

    @Override
    public Optional<SnapshotKinerja> untukTahun(int tahun) {
        return em.createQuery("select s from SnapshotKinerja s where s.tahun = :t", SnapshotKinerja.class)
                .setParameter("t", tahun).getResultStream().findFirst();
    }

    @Override
    public void simpan(SnapshotKinerja snapshot) {
        em.persist(snapshot);
    }
}
