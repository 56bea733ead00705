package id.akuntara.core.infrastructure.persistence;

import id.akuntara.core.domain.narasi.Narasi;
import id.akuntara.core.domain.narasi.NarasiRepository;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import java.util.List;
import java.util.Optional;

@ApplicationScoped
public class JpaNarasiRepository implements NarasiRepository {

    @PersistenceContext(unitName = "akuntara")
    private EntityManager em;

    protected JpaNarasiRepository() {
    }

    public JpaNarasiRepository(EntityManager em) {
        this.em = em;
    }

    @Override
    public void simpan(Narasi narasi) {
        em.persist(narasi);
    }

    @Override
    public Optional<Narasi> cari(int tahun, String bagian) {
        return em.createQuery("select n from Narasi n where n.tahun = :t and n.bagian = :b", Narasi.class)
                .setParameter("t", tahun).setParameter("b", bagian).getResultStream().findFirst();
    }

    @Override
    public List<Narasi> tahun(int tahun) {
        return em.createQuery("select n from Narasi n where n.tahun = :t order by n.bagian", Narasi.class)
                .setParameter("t", tahun).getResultList();
    }
}
