package id.akuntara.core.infrastructure.persistence;

import id.akuntara.core.domain.evaluasi.EvaluasiRepository;
import id.akuntara.core.domain.evaluasi.EvaluasiSakip;
import id.akuntara.core.domain.evaluasi.KeputusanRewardPunishment;
import id.akuntara.core.domain.evaluasi.Rekomendasi;
import id.akuntara.core.domain.evaluasi.StatusTindakLanjut;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import java.util.List;

@ApplicationScoped
public class JpaEvaluasiRepository implements EvaluasiRepository {

    @PersistenceContext(unitName = "akuntara")
    private EntityManager em;

    protected JpaEvaluasiRepository() {
    }

    public JpaEvaluasiRepository(EntityManager em) {
        this.em = em;
    }

    @Override
    public void simpan(Object entitas) {
        if (!(entitas instanceof EvaluasiSakip || entitas instanceof KeputusanRewardPunishment)) {
            throw new IllegalArgumentException("Bukan data evaluasi: " + entitas);
        }
        em.persist(entitas);
    }

    @Override
    public List<EvaluasiSakip> evaluasiTahun(int tahun) {
        return em.createQuery("select e from EvaluasiSakip e where e.tahun = :t order by e.evaluator", EvaluasiSakip.class)
                .setParameter("t", tahun).getResultList();
    }

    @Override
    public List<Rekomendasi> rekomendasiBelumSelesai() {
        return em.createQuery("select r from Rekomendasi r where r.statusTindakLanjut <> :s order by r.evaluasi.tahun, r.urutan",
                Rekomendasi.class).setParameter("s", StatusTindakLanjut.SUDAH).getResultList();
    }
}
