package id.akuntara.web.rest;

/**
 * The Keycloak realm URL, resolved the same way as the server's OIDC configuration
 * (ear/src/main/wildfly/configure.cli): system property, then environment variable, then default.
 */
final class KeycloakSetting {

    private KeycloakSetting() {
    }

    static String realmUrl() {
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
