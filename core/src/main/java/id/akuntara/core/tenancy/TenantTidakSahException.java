package id.akuntara.core.tenancy;

/**
 * A tenant-scoped request from a user who does not belong to exactly one pemda. Mapped to HTTP 403.
 */
public class TenantTidakSahException extends RuntimeException {
    public TenantTidakSahException(String message) {
        super(message);
    }
}
