package id.akuntara.core.infrastructure.persistence;

import id.akuntara.core.domain.kepegawaian.DimensiStatistik;
import id.akuntara.core.domain.kepegawaian.KepegawaianRepository;
import id.akuntara.core.domain.kepegawaian.Nip;
import id.akuntara.core.domain.kepegawaian.Pegawai;
import id.akuntara.core.domain.kepegawaian.Penugasan;
import id.akuntara.core.domain.kepegawaian.StatistikPegawai;
import id.akuntara.core.domain.organisasi.Jabatan;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

@ApplicationScoped
public class JpaKepegawaianRepository implements KepegawaianRepository {

    @PersistenceContext(unitName = "akuntara")
    private EntityManager em;

    protected JpaKepegawaianRepository() {
    }

    public JpaKepegawaianRepository(EntityManager em) {
        this.em = em;
    }

    @Override
    public void simpan(Object entitas) {
        if (!(entitas instanceof Pegawai || entitas instanceof Jabatan || entitas instanceof Penugasan
                || entitas instanceof StatistikPegawai)) {
            throw new IllegalArgumentException("Bukan data kepegawaian: " + entitas);
        }
        em.persist(entitas);
    }

    @Override
    public Optional<Pegawai> cariNip(Nip nip) {
        return em.createQuery("select p from Pegawai p where p.nip = :nip", Pegawai.class)
                .setParameter("nip", nip.digit()).getResultStream().findFirst();
    }

    @Override
    public Optional<Penugasan> cariPenugasan(String kode) {
        return em.createQuery("select p from Penugasan p where p.kode = :kode", Penugasan.class)
                .setParameter("kode", kode).getResultStream().findFirst();
    }

    @Override
    public List<Penugasan> pemegangJabatan(Jabatan jabatan, LocalDate tanggal) {
        return em.createQuery("select p from Penugasan p join fetch p.pegawai where p.jabatan = :j and p.mulai <= :t"
                        + " and (p.selesai is null or p.selesai >= :t) order by p.mulai", Penugasan.class)
                .setParameter("j", jabatan).setParameter("t", tanggal).getResultList();
    }

    @Override
    public Optional<Pegawai> cariPegawai(String kode) {
        return em.createQuery("select p from Pegawai p where p.kode = :kode", Pegawai.class)
                .setParameter("kode", kode).getResultStream().findFirst();
    }

    @Override
    public Optional<Jabatan> cariJabatan(String kode) {
        return em.createQuery("select j from Jabatan j where j.kode = :kode", Jabatan.class)
                .setParameter("kode", kode).getResultStream().findFirst();
    }

    @Override
    public List<Jabatan> semuaJabatan() {
        return em.createQuery("select j from Jabatan j left join fetch j.unit order by j.kode", Jabatan.class).getResultList();
    }

    @Override
    public List<Penugasan> penugasanJabatan(Jabatan jabatan) {
        return em.createQuery("select p from Penugasan p join fetch p.pegawai where p.jabatan = :j order by p.mulai, p.kode",
                Penugasan.class).setParameter("j", jabatan).getResultList();
    }

    @Override
    public List<Penugasan> penugasanAktifPada(LocalDate tanggal) {
        return em.createQuery("select p from Penugasan p join fetch p.pegawai join fetch p.jabatan where p.mulai <= :t"
                        + " and (p.selesai is null or p.selesai >= :t) order by p.jenis, p.mulai, p.kode", Penugasan.class)
                .setParameter("t", tanggal).getResultList();
    }

    @Override
    public List<StatistikPegawai> statistik(LocalDate perTanggal, DimensiStatistik dimensi) {
        return em.createQuery("select s from StatistikPegawai s where s.perTanggal = :t and s.dimensi = :d"
                        + " order by s.kelompok, s.kategori", StatistikPegawai.class)
                .setParameter("t", perTanggal).setParameter("d", dimensi).getResultList();
    }
}
