package id.akuntara.core.domain.bersama;

import jakarta.persistence.Column;
import jakarta.persistence.Id;
import jakarta.persistence.MappedSuperclass;
import jakarta.persistence.Version;
import org.hibernate.annotations.TenantId;
import org.hibernate.envers.Audited;

import java.util.Objects;
import java.util.UUID;

/**
 * Base of every tenant-owned entity. {@code tenant_id} is filled and filtered by Hibernate ({@code @TenantId},
 * from the session's pemda) and guarded again by PostgreSQL row-level security on the same column. The
 * identifier is assigned on creation, so an entity is equal to itself before and after it is stored.
 * {@code versi} is the optimistic lock: two people saving the same record, the second gets a conflict instead of
 * silently overwriting the first. Every change is audited (Hibernate Envers).
 */
@MappedSuperclass
@Audited
public abstract class EntitasTenant {

    @Id
    @Column(name = "id", nullable = false, updatable = false)
    private UUID id = UUID.randomUUID();

    @TenantId
    @Column(name = "tenant_id", nullable = false, updatable = false)
    private String tenantId;

    @Version
    @Column(name = "versi", nullable = false)
    private long versi;

    public UUID getId() {
        return id;
    }

    /** The pemda this record belongs to. */
    public String getTenantId() {
        return tenantId;
    }

    public long getVersi() {
        return versi;
    }

    @Override
    public boolean equals(Object o) {
        return this == o || (o instanceof EntitasTenant e && getClass() == e.getClass() && id.equals(e.id));
    }

    @Override
    public int hashCode() {
        return Objects.hash(id);
    }
}
