package id.akuntara.core.infrastructure.persistence;

import id.akuntara.core.domain.anggaran.AnggaranRepository;
import id.akuntara.core.domain.anggaran.KaitanAnggaran;
import id.akuntara.core.domain.anggaran.PosAnggaran;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import java.util.List;

@ApplicationScoped
public class JpaAnggaranRepository implements AnggaranRepository {

    @PersistenceContext(unitName = "akuntara")
    private EntityManager em;

    protected JpaAnggaranRepository() {
    }

    public JpaAnggaranRepository(EntityManager em) {
        this.em = em;
    }

    @Override
    public void simpan(Object entitas) {
        if (!(entitas instanceof PosAnggaran || entitas instanceof KaitanAnggaran)) {
            throw new IllegalArgumentException("Bukan data anggaran: " + entitas);
        }
        em.persist(entitas);
    }

    @Override
    public List<PosAnggaran> perTahun(int tahun) {
        return em.createQuery("select p from PosAnggaran p where p.tahun = :t order by p.kode", PosAnggaran.class)
                .setParameter("t", tahun).getResultList();
    }

    @Override
    public List<PosAnggaran> tanpaKaitan(int tahun) {
        return em.createQuery("select p from PosAnggaran p where p.tahun = :t and not exists"
                + " (select k from KaitanAnggaran k where k.posAnggaran = p) order by p.kode", PosAnggaran.class)
                .setParameter("t", tahun).getResultList();
    }
}
