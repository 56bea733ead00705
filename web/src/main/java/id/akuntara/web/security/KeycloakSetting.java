package id.akuntara.web.security;

/**
 * The Keycloak realm URL, resolved the same way as the server's OIDC configuration
 * (ear/src/main/wildfly/configure.cli and the pages' WEB-INF/oidc.json): system property, then environment
 * variable, then default.
 */
public final class KeycloakSetting {

    private KeycloakSetting() {
    }

    public static String realmUrl() {
        return setting("akuntara.keycloak.url", "AKUNTARA_KEYCLOAK_URL", "http://localhost:18080")
                + "/realms/" + setting("akuntara.keycloak.realm", "AKUNTARA_KEYCLOAK_REALM", "akuntara");
    }

    private static String setting(String property, String env, String fallback) {
        String value = System.getProperty(property);
        if (value == null || value.isBlank()) {
            value = System.getenv(env);
        }
        return value == null || value.isBlank() ? fallback : value;
    }
}
