package id.akuntara.core.infrastructure.persistence;

import id.akuntara.core.domain.pengukuran.BuktiDukung;
import id.akuntara.core.domain.pengukuran.Periode;
import id.akuntara.core.domain.pengukuran.RealisasiIndikator;
import id.akuntara.core.domain.pengukuran.RealisasiRepository;
import id.akuntara.core.domain.rencana.IndikatorKinerja;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

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

    @Override
    public List<BuktiDukung> bukti(RealisasiIndikator realisasi) {
        return em.createQuery("select b from BuktiDukung b where b.realisasi = :r order by b.diunggahPada", BuktiDukung.class)
                .setParameter("r", realisasi).getResultList();
    }
}
