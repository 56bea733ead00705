package id.akuntara.launcher;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;

/**
 * Settings of one platform run. Each value comes from an environment variable (names in
 * {@code docs/operations.md}), else a system property of the same name in lower case with dots
 * ({@code AKUNTARA_DB_PORT} → {@code akuntara.db.port}), else the demo default.
 *
 * @param projectDir      the checkout the launcher runs from (locates the built server and Keycloak)
 * @param dataDir         where PostgreSQL's data and the logs live; survives restarts
 * @param dbPort          port of the embedded PostgreSQL
 * @param externalDbUrl   JDBC URL of an external database; when present no embedded PostgreSQL is started
 * @param keycloakPort    HTTP port of the local Keycloak
 * @param externalKeycloakUrl base URL of an external Keycloak; when present no local Keycloak is started
 * @param httpPort        HTTP port of WildFly
 * @param managementPort  management port of WildFly
 * @param keycloakSecret  client secret of the {@code akuntara-web} client
 * @param bindAddress     the address every started server listens on ({@code 127.0.0.1} unless
 *                        {@code AKUNTARA_BIND_ADDRESS} says otherwise)
 */
public record PlatformConfig(Path projectDir, Path dataDir, int dbPort, Optional<String> externalDbUrl,
                             int keycloakPort, Optional<String> externalKeycloakUrl, int httpPort,
                             int managementPort, String keycloakSecret, String bindAddress) {

    static final String DB_NAME = "akuntara";
    static final String APP_ROLE = "akuntara_app";
    static final String OWNER_ROLE = "akuntara_owner";
    static final String KEYCLOAK_DB = "keycloak";
    /** Loopback only: a local run is reached through a reverse proxy, never directly (docs/operations.md). */
    public static final String DEFAULT_BIND_ADDRESS = "127.0.0.1";
    /** Keycloak's bootstrap admin; its password is generated on the first start ({@link KeycloakAdminPassword}). */
    public static final String KEYCLOAK_ADMIN_USER = "admin";

    public static PlatformConfig fromEnvironment(Path projectDir) {
        Map<String, String> env = System.getenv();
        return new PlatformConfig(projectDir,
                Path.of(setting(env, "AKUNTARA_DATA_DIR").orElse(projectDir.resolve("data").toString()))
                        .toAbsolutePath(),
                intSetting(env, "AKUNTARA_DB_PORT", 15432),
                setting(env, "AKUNTARA_DB_URL"),
                intSetting(env, "AKUNTARA_KEYCLOAK_PORT", 18080),
                setting(env, "AKUNTARA_KEYCLOAK_URL"),
                intSetting(env, "AKUNTARA_HTTP_PORT", 8080),
                intSetting(env, "AKUNTARA_MANAGEMENT_PORT", 9990),
                setting(env, "AKUNTARA_KEYCLOAK_SECRET").orElse("akuntara-dev-secret"),
                setting(env, "AKUNTARA_BIND_ADDRESS").map(String::strip).orElse(DEFAULT_BIND_ADDRESS));
    }

    /** The JDBC URL the application uses: the external one, or the embedded database. */
    public String dbUrl() {
        return externalDbUrl.orElse("jdbc:postgresql://" + connectHost() + ":" + dbPort + "/" + DB_NAME);
    }

    /**
     * The host name the local servers are reached at: {@code localhost} when they listen on loopback
     * or on all addresses, else the one address they listen on.
     */
    public String connectHost() {
        return switch (bindAddress) {
            case "127.0.0.1", "localhost", "0.0.0.0", "::", "[::]" -> "localhost";
            default -> bindAddress.contains(":") && !bindAddress.startsWith("[") ? "[" + bindAddress + "]" : bindAddress;
        };
    }

    /** Role that owns the schema and runs the migrations. */
    public String ownerUser() {
        return setting(System.getenv(), "AKUNTARA_DB_OWNER_USER").orElse(OWNER_ROLE);
    }

    public String ownerPassword() {
        return setting(System.getenv(), "AKUNTARA_DB_OWNER_PASSWORD").orElse(OWNER_ROLE);
    }

    /** Password of the application's role ({@value #APP_ROLE}), subject to row-level security. */
    public String appPassword() {
        return setting(System.getenv(), "AKUNTARA_DB_PASSWORD").orElse(APP_ROLE);
    }

    public String keycloakUrl() {
        return externalKeycloakUrl.orElse("http://" + connectHost() + ":" + keycloakPort);
    }

    public String appUrl() {
        return "http://" + connectHost() + ":" + httpPort + "/";
    }

    public Path wildflyHome() {
        return projectDir.resolve("ear/target/server");
    }

    public Path keycloakHome() {
        Path dist = projectDir.resolve("launcher/target/keycloak");
        try (var dirs = Files.list(dist)) {
            return dirs.filter(p -> p.getFileName().toString().startsWith("keycloak-")).findFirst()
                    .orElseThrow(() -> new LauncherException("Distribusi Keycloak tidak ada di " + dist
                            + "; jalankan build dulu (./mvnw install -DskipTests)."));
        } catch (java.io.IOException e) {
            throw new LauncherException("Distribusi Keycloak tidak ada di " + dist
                    + "; jalankan build dulu (./mvnw install -DskipTests).");
        }
    }

    /** The generated password of Keycloak's bootstrap admin, readable by the owner only. */
    public Path keycloakAdminPasswordFile() {
        return dataDir.resolve("keycloak-admin-password");
    }

    public Path logDir() {
        return dataDir.resolve("logs");
    }

    static Optional<String> setting(Map<String, String> env, String name) {
        String value = env.get(name);
        if (value == null || value.isBlank()) {
            value = System.getProperty(name.toLowerCase().replace('_', '.'));
        }
        return Optional.ofNullable(value).filter(v -> !v.isBlank());
    }

    private static int intSetting(Map<String, String> env, String name, int fallback) {
        Optional<String> value = setting(env, name);
        try {
            return value.map(Integer::parseInt).orElse(fallback);
        } catch (NumberFormatException e) {
            throw new LauncherException(name + " harus berupa nomor port, bukan '" + value.get() + "'.");
        }
    }
}
