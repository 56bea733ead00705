package id.akuntara.launcher;

import id.akuntara.core.infrastructure.migration.SkemaMigrator;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.Deque;
import java.util.concurrent.ConcurrentLinkedDeque;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The whole local platform: PostgreSQL (embedded unless an external database is configured), the
 * schema migrated by Flyway, Keycloak (local unless an external one is configured) and WildFly.
 * {@link #close()} stops whatever was started, in reverse order; it is safe to call at any time.
 */
public final class Platform implements AutoCloseable {

    private final PlatformConfig config;
    private final Deque<AutoCloseable> started = new ConcurrentLinkedDeque<>();
    private volatile boolean closed;

    public Platform(PlatformConfig config) {
        this.config = config;
    }

    /** Starts database, schema, Keycloak and (if {@code withWildFly}) WildFly, and waits until all are ready. */
    public void start(boolean withWildFly, List<Path> extraRealmImports) {
        if (config.externalDbUrl().isEmpty()) {
            requireFree(config.dbPort(), "PostgreSQL");
        }
        if (config.externalKeycloakUrl().isEmpty()) {
            requireFree(config.keycloakPort(), "Keycloak");
        }
        if (withWildFly) {
            requireFree(config.httpPort(), "WildFly");
        }
        startDatabase();
        String version = migrate();
        log("Skema basis data versi " + version + ".");
        KeycloakServer keycloak = config.externalKeycloakUrl().isPresent() ? null : started(
                KeycloakServer.start(config.keycloakHome(), config.keycloakPort(),
                        "jdbc:postgresql://localhost:" + config.dbPort() + "/" + PlatformConfig.KEYCLOAK_DB,
                        config.logDir().resolve("keycloak.log"), extraRealmImports));
        WildFlyServer wildfly = null;
        if (withWildFly) {
            deleteStaleFailureMarker();
            wildfly = started(WildFlyServer.start(config.wildflyHome(), wildflySettings(config),
                    config.logDir().resolve("wildfly.log")));
        }
        if (keycloak != null) {
            keycloak.awaitReady(config.keycloakUrl());
            log("Keycloak siap di " + config.keycloakUrl());
        }
        if (wildfly != null) {
            wildfly.awaitReady(config.appUrl());
            log("WildFly siap di " + config.appUrl());
        }
    }

    /** System properties for the server configuration's expressions (see ear/src/main/wildfly/configure.cli). */
    public static Map<String, String> wildflySettings(PlatformConfig config) {
        Map<String, String> settings = new LinkedHashMap<>();
        settings.put("akuntara.db.url", config.dbUrl());
        settings.put("akuntara.db.user", PlatformConfig.APP_ROLE);
        settings.put("akuntara.db.password", config.appPassword());
        settings.put("akuntara.keycloak.url", config.keycloakUrl());
        settings.put("akuntara.keycloak.secret", config.keycloakSecret());
        settings.put("jboss.http.port", Integer.toString(config.httpPort()));
        settings.put("jboss.management.http.port", Integer.toString(config.managementPort()));
        return settings;
    }

    /** A port taken by a server left over from an earlier run is reported, never silently shared. */
    private static void requireFree(int port, String forWhat) {
        try (var socket = new java.net.ServerSocket()) {
            socket.setReuseAddress(true);
            socket.bind(new java.net.InetSocketAddress("localhost", port));
        } catch (java.io.IOException e) {
            throw new LauncherException("Port " + port + " untuk " + forWhat + " sudah dipakai proses lain "
                    + "(Akuntara yang masih berjalan?). Hentikan proses itu atau pilih port lain (docs/operations.md).");
        }
    }

    private void startDatabase() {
        if (config.externalDbUrl().isPresent()) {
            checkReachable();
            return;
        }
        started(EmbeddedDatabase.start(config.dataDir().resolve("postgres"), config.dbPort(),
                config.logDir().resolve("postgres.log")));
        log("PostgreSQL siap di port " + config.dbPort() + " (data: " + config.dataDir().resolve("postgres") + ")");
    }

    private String migrate() {
        try {
            return SkemaMigrator.migrate(config.dbUrl(), config.ownerUser(), config.ownerPassword(),
                    PlatformConfig.APP_ROLE);
        } catch (RuntimeException e) {
            throw new LauncherException("Migrasi skema gagal (" + config.dbUrl() + "): "
                    + EmbeddedDatabase.rootMessage(e), e);
        }
    }

    private void checkReachable() {
        try (var ignored = DriverManager.getConnection(config.dbUrl(), config.ownerUser(), config.ownerPassword())) {
            // reachable
        } catch (SQLException e) {
            throw new LauncherException("Basis data tidak dapat dihubungi (" + config.dbUrl() + "): "
                    + EmbeddedDatabase.rootMessage(e));
        }
    }

    private void deleteStaleFailureMarker() {
        try {
            Files.deleteIfExists(config.wildflyHome().resolve("standalone/deployments/akuntara.ear.failed"));
        } catch (java.io.IOException e) {
            throw new LauncherException("Tidak dapat membersihkan penanda deployment: " + e.getMessage(), e);
        }
    }

    private <T extends AutoCloseable> T started(T part) {
        if (closed) {
            closeQuietly(part);
            throw new LauncherException("Dihentikan saat mulai.");
        }
        started.push(part);
        return part;
    }

    /** Whether any part is running (the shutdown message is printed only then). */
    public boolean adaYangBerjalan() {
        return !started.isEmpty();
    }

    @Override
    public void close() {
        closed = true;
        while (!started.isEmpty()) {
            closeQuietly(started.pop());
        }
    }

    private static void closeQuietly(AutoCloseable part) {
        try {
            part.close();
        } catch (Exception e) {
            System.err.println("Gagal menghentikan " + part.getClass().getSimpleName() + ": " + e.getMessage());
        }
    }

    private static void log(String line) {
        System.out.println("[akuntara] " + line);
    }
}
