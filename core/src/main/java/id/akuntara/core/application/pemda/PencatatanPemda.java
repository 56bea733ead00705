package id.akuntara.core.application.pemda;

import id.akuntara.core.application.pengguna.AkunPengguna;
import id.akuntara.core.domain.pemda.Pemda;
import id.akuntara.core.domain.pemda.PengaturanPemda;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;

import java.util.function.Supplier;

/**
 * The database side of onboarding, one transaction: the registry row, then the new pemda's settings row, written to
 * the database (flush) before {@code lalu} creates the directory side; anything {@code lalu} throws rolls both rows
 * back. Called by {@link OnboardingPemdaService} inside {@code KerjaLatar.jalankan} for the NEW pemda's code, so the
 * transaction's tenant (Hibernate's {@code @TenantId} and the row-level-security mark of KoneksiTenantRls) is that
 * pemda — no bypass of row-level security.
 */
@ApplicationScoped
public class PencatatanPemda implements OnboardingPemdaService.Pencatat {

    @PersistenceContext(unitName = "akuntara")
    EntityManager em;

    @Override
    @Transactional
    public AkunPengguna catat(Pemda pemda, PengaturanPemda pengaturan, Supplier<AkunPengguna> lalu) {
        tulis(em, pemda, pengaturan);
        return lalu.get();
    }

    /** Writes both rows now, in that order (the settings row references the registry row). */
    public static void tulis(EntityManager em, Pemda pemda, PengaturanPemda pengaturan) {
        em.persist(pemda);
        em.flush();
        em.persist(pengaturan);
        em.flush();
    }
}
