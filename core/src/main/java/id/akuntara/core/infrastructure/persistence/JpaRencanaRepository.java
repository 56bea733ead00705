package id.akuntara.core.infrastructure.persistence;

import id.akuntara.core.domain.rencana.IndikatorKinerja;
import id.akuntara.core.domain.rencana.RencanaRepository;
import id.akuntara.core.domain.rencana.Sasaran;
import id.akuntara.core.domain.rencana.SumberTarget;
import id.akuntara.core.domain.rencana.Target;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import java.util.List;
import java.util.Optional;

@ApplicationScoped
public class JpaRencanaRepository implements RencanaRepository {

    @PersistenceContext(unitName = "akuntara")
    private EntityManager em;

    protected JpaRencanaRepository() {
    }

    public JpaRencanaRepository(EntityManager em) {
        this.em = em;
    }

    @Override
    public void simpan(Object entitas) {
        if (!entitas.getClass().getPackageName().equals(Target.class.getPackageName())) {
            throw new IllegalArgumentException("Bukan data rencana: " + entitas);
        }
        em.persist(entitas);
    }

    @Override
    public Optional<IndikatorKinerja> cariIndikator(String kode) {
        return em.createQuery("select i from IndikatorKinerja i where i.kode = :k", IndikatorKinerja.class)
                .setParameter("k", kode).getResultStream().findFirst();
    }

    @Override
    public List<Target> target(IndikatorKinerja indikator, int tahun) {
        return em.createQuery("select t from Target t where t.indikator = :i and t.tahun = :th order by t.sumber", Target.class)
                .setParameter("i", indikator).setParameter("th", tahun).getResultList();
    }

    @Override
    public Optional<Target> target(IndikatorKinerja indikator, int tahun, SumberTarget sumber) {
        return em.createQuery("select t from Target t where t.indikator = :i and t.tahun = :th and t.sumber = :s", Target.class)
                .setParameter("i", indikator).setParameter("th", tahun).setParameter("s", sumber)
                .getResultStream().findFirst();
    }

    @Override
    public List<IndikatorKinerja> indikatorSasaran(Sasaran sasaran) {
        return em.createQuery("select i from IndikatorKinerja i where i.sasaran = :s order by i.kode", IndikatorKinerja.class)
                .setParameter("s", sasaran).getResultList();
    }
}
