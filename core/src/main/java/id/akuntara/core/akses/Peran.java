package id.akuntara.core.akses;

import java.util.Set;

/**
 * Realm roles of the Keycloak realm {@code akuntara}. The web layer names them in {@code @RolesAllowed} on every REST
 * method (deny by default; an architecture test checks it), and the application services check them again with
 * {@link Akses#wajib}, so a use case called from a page, an import or a test obeys the same rule as the API.
 */
public final class Peran {
    public static final String ADMIN_PEMDA = "admin-pemda";
    public static final String OPERATOR = "operator";
    public static final String VERIFIKATOR = "verifikator";
    public static final String PIMPINAN = "pimpinan";
    public static final String KEMENTERIAN = "kementerian";
    public static final String ADMIN_PLATFORM = "admin-platform";

    /** Every Akuntara role; Keycloak's technical roles (offline_access, default-roles-…) are not among them. */
    public static final Set<String> SEMUA = Set.of(ADMIN_PEMDA, OPERATOR, VERIFIKATOR, PIMPINAN, KEMENTERIAN,
            ADMIN_PLATFORM);

    /** The roles of a pemda's own staff: they read their pemda's data. */
    public static final Set<String> PEMDA = Set.of(ADMIN_PEMDA, OPERATOR, VERIFIKATOR, PIMPINAN);

    private Peran() {
    }
}
