package id.akuntara.core.infrastructure.persistence;

import id.akuntara.core.domain.pemda.PengaturanPemda;
import id.akuntara.core.domain.pemda.PengaturanPemdaRepository;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import java.util.Optional;

@ApplicationScoped
public class JpaPengaturanPemdaRepository implements PengaturanPemdaRepository {

    @PersistenceContext(unitName = "akuntara")
    private EntityManager em;

    protected JpaPengaturanPemdaRepository() {
    }

    public JpaPengaturanPemdaRepository(EntityManager em) {
        this.em = em;
    }

    @Override
    public Optional<PengaturanPemda> milikPemdaIni() {
        // the scale's bands come along: the settings are often read outside a transaction (the configuration of a
        // report request), where a lazy collection could no longer be loaded
        return em.createQuery("select distinct p from PengaturanPemda p left join fetch p.pita", PengaturanPemda.class)
                .getResultStream().findFirst();
    }

    @Override
    public void simpan(PengaturanPemda pengaturan) {
        em.persist(pengaturan);
    }

    @Override
    public void tulisSekarang() {
        em.flush();
    }
}
