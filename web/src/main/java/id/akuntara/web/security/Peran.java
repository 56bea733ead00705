package id.akuntara.web.security;

/**
 * Realm roles of the Keycloak realm {@code akuntara}, as constants for {@code @RolesAllowed}.
 * Every REST method names its roles explicitly (deny by default; an architecture test checks it).
 */
public final class Peran {
    public static final String ADMIN_PEMDA = "admin-pemda";
    public static final String OPERATOR = "operator";
    public static final String VERIFIKATOR = "verifikator";
    public static final String PIMPINAN = "pimpinan";
    public static final String KEMENTERIAN = "kementerian";
    public static final String ADMIN_PLATFORM = "admin-platform";

    /** Every Akuntara role; Keycloak's technical roles (offline_access, default-roles-…) are not among them. */
    public static final java.util.Set<String> SEMUA = java.util.Set.of(ADMIN_PEMDA, OPERATOR, VERIFIKATOR, PIMPINAN,
            KEMENTERIAN, ADMIN_PLATFORM);

    private Peran() {
    }
}
