package id.akuntara.core.infrastructure.persistence.audit;

import id.akuntara.core.domain.bersama.EntitasTenant;
import id.akuntara.core.domain.bersama.EntriRiwayat;
import id.akuntara.core.domain.bersama.RiwayatRepository;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import org.hibernate.envers.AuditReaderFactory;
import org.hibernate.envers.RevisionType;
import org.hibernate.envers.query.AuditEntity;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

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

    private static EntriRiwayat.JenisPerubahan jenis(RevisionType t) {
        return switch (t) {
            case ADD -> EntriRiwayat.JenisPerubahan.DIBUAT;
            case MOD -> EntriRiwayat.JenisPerubahan.DIUBAH;
            case DEL -> EntriRiwayat.JenisPerubahan.DIHAPUS;
        };
    }
}
