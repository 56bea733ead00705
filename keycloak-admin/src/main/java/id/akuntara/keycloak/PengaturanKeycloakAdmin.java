package id.akuntara.keycloak;

/**
 * Where and as whom the adapter calls Keycloak's admin API, resolved like the server's OIDC settings
 * (ear/src/main/wildfly/configure.cli): system property, then environment variable, then the demo default.
 *
 * @param url      {@code akuntara.keycloak.url} / {@code AKUNTARA_KEYCLOAK_URL}
 * @param realm    {@code akuntara.keycloak.realm} / {@code AKUNTARA_KEYCLOAK_REALM}
 * @param clientId {@code akuntara.keycloak.admin.client} / {@code AKUNTARA_KEYCLOAK_ADMIN_CLIENT} (service account)
 * @param secret   {@code akuntara.keycloak.admin.secret} / {@code AKUNTARA_KEYCLOAK_ADMIN_SECRET}
 */
public record PengaturanKeycloakAdmin(String url, String realm, String clientId, String secret) {

    /** The settings of this server. */
    public static PengaturanKeycloakAdmin dariLingkungan() {
        return new PengaturanKeycloakAdmin(
                setting("akuntara.keycloak.url", "AKUNTARA_KEYCLOAK_URL", "http://localhost:18080"),
                setting("akuntara.keycloak.realm", "AKUNTARA_KEYCLOAK_REALM", "akuntara"),
                setting("akuntara.keycloak.admin.client", "AKUNTARA_KEYCLOAK_ADMIN_CLIENT", "akuntara-admin"),
                setting("akuntara.keycloak.admin.secret", "AKUNTARA_KEYCLOAK_ADMIN_SECRET", "akuntara-admin-dev-secret"));
    }

    private static String setting(String property, String env, String fallback) {
        String value = System.getProperty(property);
        if (value == null || value.isBlank()) {
            value = System.getenv(env);
        }
        return value == null || value.isBlank() ? fallback : value;
    }

    @Override
    public String toString() {
        return "PengaturanKeycloakAdmin[" + url + ", " + realm + ", " + clientId + "]";
    }
}
