package id.akuntara.core.infrastructure.persistence;

import id.akuntara.core.domain.organisasi.PerubahanUnit;
import id.akuntara.core.domain.organisasi.UnitOrganisasi;
import id.akuntara.core.domain.organisasi.UnitOrganisasiRepository;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

@ApplicationScoped
public class JpaUnitOrganisasiRepository implements UnitOrganisasiRepository {

    @PersistenceContext(unitName = "akuntara")
    private EntityManager em;

    protected JpaUnitOrganisasiRepository() {
    }

    public JpaUnitOrganisasiRepository(EntityManager em) {
        this.em = em;
    }

    @Override
    public void simpan(UnitOrganisasi unit) {
        em.persist(unit);
    }

    @Override
    public void simpan(PerubahanUnit perubahan) {
        em.persist(perubahan);
    }

    @Override
    public Optional<UnitOrganisasi> cariKode(String kode) {
        return em.createQuery("select u from UnitOrganisasi u where u.kode = :kode", UnitOrganisasi.class)
                .setParameter("kode", kode).getResultStream().findFirst();
    }

    @Override
    public List<UnitOrganisasi> berlakuPada(LocalDate tanggal) {
        return em.createQuery("select u from UnitOrganisasi u where u.berlakuMulai <= :t"
                        + " and (u.berlakuSampai is null or u.berlakuSampai > :t) order by u.kode", UnitOrganisasi.class)
                .setParameter("t", tanggal).getResultList();
    }

    @Override
    public List<UnitOrganisasi> berlakuDalamTahun(int tahun) {
        return em.createQuery("select u from UnitOrganisasi u where u.berlakuMulai < :akhir"
                        + " and (u.berlakuSampai is null or u.berlakuSampai > :awal) order by u.kode", UnitOrganisasi.class)
                .setParameter("awal", LocalDate.of(tahun, 1, 1)).setParameter("akhir", LocalDate.of(tahun + 1, 1, 1))
                .getResultList();
    }

    @Override
    public List<PerubahanUnit> riwayatPerubahan(UnitOrganisasi unit) {
        return em.createQuery("select p from PerubahanUnit p where p.asal = :u or p.hasil = :u order by p.tanggal",
                PerubahanUnit.class).setParameter("u", unit).getResultList();
    }

    @Override
    public List<PerubahanUnit> semuaPerubahan() {
        return em.createQuery("select p from PerubahanUnit p join fetch p.asal a left join fetch p.hasil h"
                + " order by p.tanggal, a.kode, h.kode", PerubahanUnit.class).getResultList();
    }

    @Override
    public List<UnitOrganisasi> anakBerlakuSejak(UnitOrganisasi induk, LocalDate tanggal) {
        return em.createQuery("select u from UnitOrganisasi u where u.induk = :i"
                        + " and (u.berlakuSampai is null or u.berlakuSampai > :t) order by u.kode", UnitOrganisasi.class)
                .setParameter("i", induk).setParameter("t", tanggal).getResultList();
    }
}
