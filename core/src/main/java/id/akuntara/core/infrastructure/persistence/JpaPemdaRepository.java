package id.akuntara.core.infrastructure.persistence;

import id.akuntara.core.domain.pemda.Pemda;
import id.akuntara.core.domain.pemda.PemdaRepository;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import java.util.List;
import java.util.Optional;

@ApplicationScoped
public class JpaPemdaRepository implements PemdaRepository {

    @PersistenceContext(unitName = "akuntara")
    private EntityManager em;

    protected JpaPemdaRepository() {
        // for CDI
    }

    /** For use outside the container (repository tests). */
    public JpaPemdaRepository(EntityManager em) {
        this.em = em;
    }

    @Override
    public Optional<Pemda> cari(String kode) {
        return Optional.ofNullable(em.find(Pemda.class, kode));
    }

    @Override
    public List<Pemda> semua() {
        return em.createQuery("select p from Pemda p order by p.kode", Pemda.class).getResultList();
    }

    @Override
    public void tambah(Pemda pemda) {
        em.persist(pemda);
    }
}
