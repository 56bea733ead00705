package id.akuntara.core.infrastructure.persistence;

import id.akuntara.core.domain.bersama.EntitasTenant;
import id.akuntara.core.domain.perjanjian.BarisPerjanjian;
import id.akuntara.core.domain.perjanjian.PerjanjianKinerja;
import id.akuntara.core.domain.rencana.AnggotaIku;
import id.akuntara.core.domain.rencana.AnggotaKomposit;
import id.akuntara.core.domain.rencana.Iku;
import id.akuntara.core.domain.rencana.IndikatorKinerja;
import id.akuntara.core.domain.rencana.Renstra;
import id.akuntara.core.domain.rencana.RenstraRepository;
import id.akuntara.core.domain.rencana.Rpjmd;
import id.akuntara.core.domain.rencana.Sasaran;
import id.akuntara.core.domain.rencana.Target;
import id.akuntara.core.domain.rencana.Tujuan;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

@ApplicationScoped
public class JpaRenstraRepository implements RenstraRepository {

    @PersistenceContext(unitName = "akuntara")
    private EntityManager em;

    protected JpaRenstraRepository() {
    }

    public JpaRenstraRepository(EntityManager em) {
        this.em = em;
    }

    @Override
    public void simpan(EntitasTenant entitas) {
        if (!entitas.getClass().getPackageName().equals(Renstra.class.getPackageName())) {
            throw new IllegalArgumentException("Bukan data rencana: " + entitas);
        }
        em.persist(entitas);
    }

    @Override
    public List<Renstra> semuaRenstra() {
        return em.createQuery("select r from Renstra r order by r.tahunMulai, r.kode", Renstra.class).getResultList();
    }

    @Override
    public Optional<Renstra> cariRenstra(String kode) {
        return satu(Renstra.class, "select r from Renstra r where r.kode = :k", kode);
    }

    @Override
    public List<Renstra> perubahanDari(Renstra renstra) {
        return em.createQuery("select r from Renstra r where r.menggantikan = :r order by r.kode", Renstra.class)
                .setParameter("r", renstra).getResultList();
    }

    @Override
    public Optional<Rpjmd> cariRpjmd(String kode) {
        return satu(Rpjmd.class, "select r from Rpjmd r where r.kode = :k", kode);
    }

    @Override
    public Optional<Tujuan> cariTujuan(String kode) {
        return satu(Tujuan.class, "select t from Tujuan t where t.kode = :k", kode);
    }

    @Override
    public Optional<Sasaran> cariSasaran(String kode) {
        return satu(Sasaran.class, "select s from Sasaran s where s.kode = :k", kode);
    }

    @Override
    public Optional<IndikatorKinerja> cariIndikator(String kode) {
        return satu(IndikatorKinerja.class, "select i from IndikatorKinerja i where i.kode = :k", kode);
    }

    @Override
    public List<IndikatorKinerja> indikatorBerkode(Collection<String> kode) {
        if (kode.isEmpty()) {
            return List.of();
        }
        return em.createQuery("select i from IndikatorKinerja i where i.kode in :k order by i.kode", IndikatorKinerja.class)
                .setParameter("k", kode).getResultList();
    }

    @Override
    public List<Tujuan> tujuan(Renstra renstra) {
        return em.createQuery("select t from Tujuan t where t.renstra = :r order by t.kode", Tujuan.class)
                .setParameter("r", renstra).getResultList();
    }

    @Override
    public List<Sasaran> sasaran(Collection<Tujuan> tujuan) {
        if (tujuan.isEmpty()) {
            return List.of();
        }
        return em.createQuery("select s from Sasaran s where s.tujuan in :t order by s.kode", Sasaran.class)
                .setParameter("t", tujuan).getResultList();
    }

    @Override
    public List<IndikatorKinerja> indikator(Collection<Tujuan> tujuan, Collection<Sasaran> sasaran) {
        List<IndikatorKinerja> hasil = new ArrayList<>();
        if (!tujuan.isEmpty()) {
            hasil.addAll(em.createQuery("select i from IndikatorKinerja i where i.tujuan in :t", IndikatorKinerja.class)
                    .setParameter("t", tujuan).getResultList());
        }
        if (!sasaran.isEmpty()) {
            hasil.addAll(em.createQuery("select i from IndikatorKinerja i where i.sasaran in :s", IndikatorKinerja.class)
                    .setParameter("s", sasaran).getResultList());
        }
        hasil.sort(java.util.Comparator.comparing(IndikatorKinerja::getKode));
        return hasil;
    }

    @Override
    public List<AnggotaKomposit> anggotaKomposit(Collection<IndikatorKinerja> komposit) {
        if (komposit.isEmpty()) {
            return List.of();
        }
        return em.createQuery("select a from AnggotaKomposit a where a.komposit in :i", AnggotaKomposit.class)
                .setParameter("i", komposit).getResultList();
    }

    @Override
    public List<Target> target(Collection<IndikatorKinerja> indikator) {
        if (indikator.isEmpty()) {
            return List.of();
        }
        return em.createQuery("select t from Target t where t.indikator in :i order by t.tahun, t.sumber", Target.class)
                .setParameter("i", indikator).getResultList();
    }

    @Override
    public List<TargetPerjanjian> targetPerjanjian(Collection<IndikatorKinerja> indikator) {
        if (indikator.isEmpty()) {
            return List.of();
        }
        Set<String> digantikan = new HashSet<>(em.createQuery(
                "select p.menggantikan.kode from PerjanjianKinerja p where p.menggantikan is not null", String.class)
                .getResultList());
        List<TargetPerjanjian> hasil = new ArrayList<>();
        // no alias on a fetch join: WildFly runs Hibernate in JPA query compliance
        for (BarisPerjanjian b : em.createQuery("select b from BarisPerjanjian b join fetch b.perjanjian"
                + " join fetch b.indikator where b.indikator in :i order by b.perjanjian.kode, b.urutan", BarisPerjanjian.class)
                .setParameter("i", indikator).getResultList()) {
            PerjanjianKinerja pk = b.getPerjanjian();
            hasil.add(new TargetPerjanjian(b.getIndikator().orElseThrow().getKode(), pk.getKode(), pk.getTahun(),
                    pk.getInduk().isEmpty(), pk.getMenggantikan().isPresent(), digantikan.contains(pk.getKode()),
                    b.getTargetNilai().orElse(null), b.getTargetLabel(), b.getSatuan()));
        }
        return hasil;
    }

    @Override
    public List<Iku> semuaIku() {
        return em.createQuery("select i from Iku i order by i.tahunMulai, i.kode", Iku.class).getResultList();
    }

    @Override
    public Optional<Iku> cariIku(String kode) {
        return satu(Iku.class, "select i from Iku i where i.kode = :k", kode);
    }

    @Override
    public List<AnggotaIku> anggotaIku() {
        return em.createQuery("select a from AnggotaIku a join fetch a.indikator order by a.iku.kode, a.urutan", AnggotaIku.class)
                .getResultList();
    }

    @Override
    public void hapus(AnggotaIku anggota) {
        em.remove(anggota);
    }

    @Override
    public void tulisSekarang() {
        em.flush();
    }

    /** Locks the row and raises its version at once (the caller answers with the new version). */
    @Override
    public void naikkanVersi(EntitasTenant entitas) {
        em.lock(entitas, LockModeType.PESSIMISTIC_FORCE_INCREMENT);
    }

    private <T> Optional<T> satu(Class<T> jenis, String jpql, String kode) {
        if (kode == null) {
            return Optional.empty();
        }
        return em.createQuery(jpql, jenis).setParameter("k", kode).getResultStream().findFirst();
    }
}
