package id.akuntara.core.infrastructure.persistence;

import id.akuntara.core.domain.perjanjian.PerjanjianKinerja;
import id.akuntara.core.domain.perjanjian.PerjanjianKinerjaRepository;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Optional;

@ApplicationScoped
public class JpaPerjanjianKinerjaRepository implements PerjanjianKinerjaRepository {

    @PersistenceContext(unitName = "akuntara")
    private EntityManager em;

    protected JpaPerjanjianKinerjaRepository() {
    }

    public JpaPerjanjianKinerjaRepository(EntityManager em) {
        this.em = em;
    }

    @Override
    public void simpan(PerjanjianKinerja pk) {
        em.persist(pk);
    }

    @Override
    public void tulis() {
        em.flush();
    }

    @Override
    public Optional<PerjanjianKinerja> cariKode(String kode) {
        return em.createQuery("select p from PerjanjianKinerja p where p.kode = :kode", PerjanjianKinerja.class)
                .setParameter("kode", kode).getResultStream().findFirst();
    }

    @Override
    public List<PerjanjianKinerja> versi(PerjanjianKinerja pk) {
        PerjanjianKinerja awal = pk;
        while (awal.getMenggantikan().isPresent()) {
            awal = awal.getMenggantikan().get();
        }
        List<PerjanjianKinerja> hasil = new ArrayList<>();
        Deque<PerjanjianKinerja> antre = new ArrayDeque<>(List.of(awal));
        while (!antre.isEmpty()) {
            PerjanjianKinerja v = antre.poll();
            hasil.add(v);
            antre.addAll(em.createQuery("select p from PerjanjianKinerja p where p.menggantikan = :v order by p.versiKe",
                    PerjanjianKinerja.class).setParameter("v", v).getResultList());
        }
        return hasil;
    }

    @Override
    public List<PerjanjianKinerja> anak(PerjanjianKinerja induk) {
        return em.createQuery("select p from PerjanjianKinerja p where p.induk = :i order by p.kode", PerjanjianKinerja.class)
                .setParameter("i", induk).getResultList();
    }

    @Override
    public List<PerjanjianKinerja> cari(Integer tahun, String kodeUnit) {
        // built per filter: a null parameter compared in SQL would leave PostgreSQL without its type
        StringBuilder jpql = new StringBuilder("select p from PerjanjianKinerja p left join p.unit u where 1 = 1");
        if (tahun != null) {
            jpql.append(" and p.tahun = :tahun");
        }
        if (kodeUnit != null) {
            jpql.append(" and u.kode = :unit");
        }
        var q = em.createQuery(jpql.append(" order by p.tahun, p.kode").toString(), PerjanjianKinerja.class);
        if (tahun != null) {
            q.setParameter("tahun", tahun);
        }
        if (kodeUnit != null) {
            q.setParameter("unit", kodeUnit);
        }
        return q.getResultList();
    }

    @Override
    public Optional<PerjanjianKinerja> pengganti(PerjanjianKinerja pk) {
        return em.createQuery("select p from PerjanjianKinerja p where p.menggantikan = :v", PerjanjianKinerja.class)
                .setParameter("v", pk).getResultStream().findFirst();
    }
}
