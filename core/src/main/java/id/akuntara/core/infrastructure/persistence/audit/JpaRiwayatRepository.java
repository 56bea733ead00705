package id.akuntara.core.infrastructure.persistence.audit;

import id.akuntara.core.domain.bersama.EntitasTenant;
import id.akuntara.core.domain.bersama.EntriPerubahan;
import id.akuntara.core.domain.bersama.EntriRiwayat;
import id.akuntara.core.domain.bersama.RiwayatRepository;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.metamodel.Attribute;
import jakarta.persistence.metamodel.EmbeddableType;
import jakarta.persistence.metamodel.ManagedType;
import jakarta.persistence.metamodel.SingularAttribute;
import org.hibernate.annotations.TenantId;
import org.hibernate.envers.AuditReader;
import org.hibernate.envers.AuditReaderFactory;
import org.hibernate.envers.NotAudited;
import org.hibernate.envers.RevisionType;
import org.hibernate.envers.query.AuditEntity;
import org.hibernate.proxy.HibernateProxy;

import java.lang.reflect.Field;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.UUID;
import java.util.stream.Collectors;

/** The audit trail read through Envers; row-level security keeps it to the current pemda. */
@ApplicationScoped
public class JpaRiwayatRepository implements RiwayatRepository {

    @PersistenceContext(unitName = "akuntara")
    private EntityManager em;

    protected JpaRiwayatRepository() {
    }

    public JpaRiwayatRepository(EntityManager em) {
        this.em = em;
    }

    @Override
    @SuppressWarnings("unchecked")
    public <T extends EntitasTenant> List<EntriRiwayat<T>> riwayat(Class<T> jenis, UUID id) {
        List<Object[]> baris = AuditReaderFactory.get(em).createQuery()
                .forRevisionsOfEntity(jenis, false, true)
                .add(AuditEntity.id().eq(id))
                .addOrder(AuditEntity.revisionNumber().asc())
                .getResultList();
        List<EntriRiwayat<T>> hasil = new ArrayList<>();
        T sebelumnya = null;
        for (Object[] b : baris) {
            T keadaan = (T) b[0];
            Revisi r = (Revisi) b[1];
            hasil.add(new EntriRiwayat<>(r.getId(), r.getWaktu(), r.getUsername(), jenis((RevisionType) b[2]), keadaan,
                    Optional.ofNullable(sebelumnya)));
            sebelumnya = keadaan;
        }
        return hasil;
    }

    /**
     * Each revision's fields compared with the previous revision's: the record's audited attributes (not its id,
     * pemda or lock version), an embedded part's attributes by dotted name, a link to another record as its id (read
     * from Envers' proxy without loading it).
     */
    @Override
    public List<EntriPerubahan> perubahan(Class<? extends EntitasTenant> jenis, UUID id) {
        ManagedType<?> tipe = em.getMetamodel().entity(jenis);
        List<EntriPerubahan> hasil = new ArrayList<>();
        for (EntriRiwayat<? extends EntitasTenant> e : riwayat(jenis, id)) {
            Map<String, String> sesudah = isian(tipe, e.keadaan());
            Map<String, String> sebelum = e.sebelumnya().map(x -> isian(tipe, x)).orElse(Map.of());
            List<EntriPerubahan.Isian> berubah = new ArrayList<>();
            if (e.jenis() == EntriRiwayat.JenisPerubahan.DIHAPUS) {
                sesudah.forEach((nama, nilai) -> {
                    if (nilai != null) {
                        berubah.add(new EntriPerubahan.Isian(nama, nilai, null));
                    }
                });
            } else {
                TreeSet<String> nama = new TreeSet<>(sesudah.keySet());
                nama.addAll(sebelum.keySet());
                for (String n : nama) {
                    if (!Objects.equals(sebelum.get(n), sesudah.get(n))) {
                        berubah.add(new EntriPerubahan.Isian(n, sebelum.get(n), sesudah.get(n)));
                    }
                }
            }
            hasil.add(new EntriPerubahan(e.revisi(), e.waktu(), e.username(), e.jenis(), berubah));
        }
        return hasil;
    }

    @Override
    @SuppressWarnings("unchecked")
    public List<Class<? extends EntitasTenant>> jenisDiaudit() {
        AuditReader audit = AuditReaderFactory.get(em);
        return em.getMetamodel().getEntities().stream().map(t -> (Class<?>) t.getJavaType())
                .filter(EntitasTenant.class::isAssignableFrom).filter(audit::isEntityClassAudited)
                .<Class<? extends EntitasTenant>>map(c -> (Class<? extends EntitasTenant>) c)
                .sorted(Comparator.comparing(Class::getSimpleName)).toList();
    }

    /** The audited attribute values of one state, by name, as text. */
    private static Map<String, String> isian(ManagedType<?> tipe, Object keadaan) {
        Map<String, String> m = new TreeMap<>();
        isi(m, "", tipe, keadaan);
        return m;
    }

    private static void isi(Map<String, String> m, String awalan, ManagedType<?> tipe, Object objek) {
        for (Attribute<?, ?> a : tipe.getAttributes()) {
            if (a.isCollection() || !(a.getJavaMember() instanceof Field f) || f.isAnnotationPresent(NotAudited.class)
                    || f.isAnnotationPresent(TenantId.class)) {
                continue;
            }
            SingularAttribute<?, ?> s = (SingularAttribute<?, ?>) a;
            if (s.isId() || s.isVersion()) {
                continue;
            }
            Object nilai = objek == null ? null : baca(f, objek);
            String nama = awalan + a.getName();
            switch (a.getPersistentAttributeType()) {
                case EMBEDDED -> isi(m, nama + ".", (EmbeddableType<?>) s.getType(), nilai);
                case MANY_TO_ONE, ONE_TO_ONE -> m.put(nama, idRekaman(nilai));
                default -> m.put(nama, teks(nilai));
            }
        }
    }

    private static Object baca(Field f, Object objek) {
        try {
            f.setAccessible(true);
            return f.get(objek);
        } catch (IllegalAccessException | RuntimeException e) {
            throw new IllegalStateException("isian " + f.getName() + " tidak terbaca", e);
        }
    }

    /** The id of a linked record, without loading it when Envers gave a proxy. */
    private static String idRekaman(Object nilai) {
        if (nilai == null) {
            return null;
        }
        if (nilai instanceof HibernateProxy p) {
            return String.valueOf(p.getHibernateLazyInitializer().getIdentifier());
        }
        if (nilai instanceof EntitasTenant e) {
            return e.getId().toString();
        }
        return String.valueOf(nilai);
    }

    /** A value as text: numbers without trailing zeros, enums by name, lists joined; null for a blank. */
    static String teks(Object nilai) {
        if (nilai == null) {
            return null;
        }
        if (nilai instanceof BigDecimal b) {
            BigDecimal s = b.stripTrailingZeros();
            return (s.scale() < 0 ? s.setScale(0) : s).toPlainString();
        }
        if (nilai instanceof Enum<?> e) {
            return e.name();
        }
        if (nilai instanceof Object[] daftar) {
            return Arrays.stream(daftar).map(String::valueOf).collect(Collectors.joining(", "));
        }
        if (nilai instanceof Collection<?> daftar) {
            return daftar.stream().map(String::valueOf).collect(Collectors.joining(", "));
        }
        return nilai.toString();
    }

    private static EntriRiwayat.JenisPerubahan jenis(RevisionType t) {
        return switch (t) {
            case ADD -> EntriRiwayat.JenisPerubahan.DIBUAT;
            case MOD -> EntriRiwayat.JenisPerubahan.DIUBAH;
            case DEL -> EntriRiwayat.JenisPerubahan.DIHAPUS;
        };
    }
}
