package id.akuntara.core.infrastructure.persistence.audit;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import org.hibernate.annotations.TenantId;
import org.hibernate.envers.RevisionEntity;
import org.hibernate.envers.RevisionNumber;
import org.hibernate.envers.RevisionTimestamp;

import java.time.Instant;

/**
 * One audited unit of work: when, who (the verified username, or the user named by background work) and for
 * which pemda. Every {@code *_aud} row points to one. Tenant-owned like the data it describes.
 */
@Entity
@RevisionEntity(PencatatRevisi.class)
@Table(name = "revisi")
public class Revisi {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    @RevisionNumber
    @Column(name = "id")
    private long id;

    @RevisionTimestamp
    @Column(name = "waktu", nullable = false)
    private Instant waktu;

    @Column(name = "username", nullable = false)
    private String username;

    @TenantId
    @Column(name = "tenant_id", nullable = false, updatable = false)
    private String tenantId;

    public long getId() {
        return id;
    }

    public Instant getWaktu() {
        return waktu;
    }

    public String getUsername() {
        return username;
    }

    public String getTenantId() {
        return tenantId;
    }

    void catatPelaku(String nama) {
        this.username = nama;
    }
}
