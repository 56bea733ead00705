package id.akuntara.core.infrastructure.persistence;

import id.akuntara.core.domain.anggaran.AnggaranRepository;
import id.akuntara.core.domain.anggaran.KaitanAnggaran;
import id.akuntara.core.domain.anggaran.PosAnggaran;
import id.akuntara.core.domain.rencana.Sasaran;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

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

    /** By query, not {@code em.find}: the tenant filter applies to queries (another pemda's id finds nothing). */
    @Override
    public Optional<PosAnggaran> cari(UUID id) {
        return em.createQuery("select p from PosAnggaran p where p.id = :id", PosAnggaran.class)
                .setParameter("id", id).getResultStream().findFirst();
    }

    @Override
    public Optional<PosAnggaran> cariKode(String kode) {
        return em.createQuery("select p from PosAnggaran p where p.kode = :k", PosAnggaran.class)
                .setParameter("k", kode).getResultStream().findFirst();
    }

    @Override
    public List<PosAnggaran> anak(PosAnggaran induk) {
        return em.createQuery("select p from PosAnggaran p where p.induk = :i order by p.kode", PosAnggaran.class)
                .setParameter("i", induk).getResultList();
    }

    @Override
    public List<KaitanAnggaran> kaitanPerTahun(int tahun) {
        // no alias on a fetch join: WildFly runs Hibernate with JPA query compliance
        return em.createQuery("select k from KaitanAnggaran k join fetch k.posAnggaran left join fetch k.sasaran"
                + " left join fetch k.indikator where k.posAnggaran.tahun = :t", KaitanAnggaran.class)
                .setParameter("t", tahun).getResultList();
    }

    @Override
    public List<KaitanAnggaran> kaitan(PosAnggaran pos) {
        return em.createQuery("select k from KaitanAnggaran k left join fetch k.sasaran left join fetch k.indikator"
                + " where k.posAnggaran = :p", KaitanAnggaran.class)
                .setParameter("p", pos).getResultList();
    }

    @Override
    public void hapus(KaitanAnggaran kaitan) {
        em.remove(kaitan);
    }

    @Override
    public Optional<Sasaran> sasaran(UUID id) {
        return em.createQuery("select s from Sasaran s where s.id = :id", Sasaran.class)
                .setParameter("id", id).getResultStream().findFirst();
    }

    @Override
    public void tulisSekarang() {
        em.flush();
    }
}
