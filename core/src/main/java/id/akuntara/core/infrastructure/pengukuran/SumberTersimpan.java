package id.akuntara.core.infrastructure.pengukuran;

import id.akuntara.core.infrastructure.paket.EksporPaket;
import id.akuntara.core.paket.PaketData;
import id.akuntara.core.pengukuran.SumberPengukuran;
import jakarta.persistence.EntityManager;

/**
 * The stored entities of the current tenant as the measurement's input: read through the tenant-scoped
 * persistence context (Hibernate's tenant filter and PostgreSQL row-level security both apply), in the package's
 * id-free, canonical form. The adapter of {@link SumberPengukuran} on the server.
 */
public final class SumberTersimpan implements SumberPengukuran {

    private final EntityManager em;
    private final String kodePemda;

    public SumberTersimpan(EntityManager em, String kodePemda) {
        this.em = em;
        this.kodePemda = kodePemda;
    }

    @Override
    public PaketData data() {
        return new EksporPaket(em).ekspor(kodePemda);
    }
}
