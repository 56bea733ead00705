package id.akuntara.launcher;

import id.akuntara.core.infrastructure.migration.SkemaMigrator;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.Deque;
import java.util.concurrent.ConcurrentLinkedDeque;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Consumer;

/**
 * The whole local platform: PostgreSQL (embedded unless an external database is configured), the
 * schema migrated by Flyway, Keycloak (local unless an external one is configured) and WildFly.
 * Every server listens on {@link PlatformConfig#bindAddress()} only (127.0.0.1 unless configured).
 * {@link #close()} stops whatever was started, in reverse order; it is safe to call at any time.
 */
public final class Platform implements AutoCloseable {

    /** Ctrl-C reaches the children too: a child ending this soon after is not reported if the stop began. */
    static final long GRACE_MILLIS = 500;

    private final PlatformConfig config;
    private final Deque<AutoCloseable> started = new ConcurrentLinkedDeque<>();
    private final AtomicBoolean deathReported = new AtomicBoolean();
    private final CompletableFuture<String> death = new CompletableFuture<>();
    private volatile boolean closed;
    private volatile KeycloakAdminPassword adminPassword;

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
                KeycloakServer.start(config.keycloakHome(), config.bindAddress(), config.keycloakPort(),
                        keycloakDbUrl(), config.logDir().resolve("keycloak.log"),
                        bootstrapAdminPassword(), extraRealmImports));
        WildFlyServer wildfly = null;
        if (withWildFly) {
            deleteStaleFailureMarker();
            wildfly = started(WildFlyServer.start(config.wildflyHome(), wildflySettings(config),
                    config.logDir().resolve("wildfly.log")));
        }
        if (keycloak != null) {
            keycloak.awaitReady(config.keycloakUrl());
            log("Keycloak siap di " + config.keycloakUrl());
            perbaruiRealm();
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
        settings.put("jboss.bind.address", config.bindAddress());
        settings.put("jboss.bind.address.management", config.bindAddress());
        settings.put("jboss.http.port", Integer.toString(config.httpPort()));
        settings.put("jboss.management.http.port", Integer.toString(config.managementPort()));
        return settings;
    }

    /** A port taken by a server left over from an earlier run is reported, never silently shared. */
    private void requireFree(int port, String forWhat) {
        try (var socket = new java.net.ServerSocket()) {
            socket.setReuseAddress(true);
            socket.bind(new java.net.InetSocketAddress(config.bindAddress(), port));
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
        started(EmbeddedDatabase.start(config.dataDir().resolve("postgres"), config.bindAddress(), config.dbPort(),
                config.logDir().resolve("postgres.log")));
        log("PostgreSQL siap di port " + config.dbPort() + " (data: " + config.dataDir().resolve("postgres") + ")");
    }

    private String keycloakDbUrl() {
        return "jdbc:postgresql://" + config.connectHost() + ":" + config.dbPort() + "/" + PlatformConfig.KEYCLOAK_DB;
    }

    /**
     * The bootstrap admin's password: the stored one, else a new one, unless the Keycloak database was
     * set up by an earlier version (whose admin is {@code admin}/{@code admin}): Keycloak would ignore a
     * new password then, so none is made and the operator is told to change the old one.
     */
    /**
     * Adds to an existing realm what the realm file has and it lacks ({@link PembaruanRealm}); a data directory from an
     * earlier version keeps its users and settings. Signs in as the bootstrap admin (the generated password, or the
     * old default {@code admin} of a data directory without the password file); when that fails the platform runs on
     * with a warning, as only the users page needs what was added.
     */
    private void perbaruiRealm() {
        String sandi = adminPassword != null ? adminPassword.password() : PlatformConfig.KEYCLOAK_ADMIN_USER;
        try {
            List<String> ditambah = new PembaruanRealm(config.keycloakUrl()).perbarui(PlatformConfig.KEYCLOAK_ADMIN_USER, sandi);
            if (!ditambah.isEmpty()) {
                log("Realm akuntara diperbarui dari berkas realm: " + String.join(", ", ditambah) + ".");
            }
        } catch (IOException | RuntimeException e) {
            log("PERINGATAN: realm akuntara tidak dapat diperbarui dari berkas realm (" + e.getMessage() + "); halaman "
                    + "pengguna mungkin menjawab 503. Lihat docs/operations.md.");
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private Optional<String> bootstrapAdminPassword() {
        java.nio.file.Path file = config.keycloakAdminPasswordFile();
        if (!Files.exists(file) && keycloakAlreadySetUp()) {
            log("PERINGATAN: Keycloak di " + config.dataDir() + " dibuat oleh versi lama Akuntara dengan admin "
                    + "'admin'/'admin'. Ganti kata sandi itu di konsol admin Keycloak, atau hentikan Akuntara dan "
                    + "hapus " + config.dataDir() + " untuk mulai baru dengan kata sandi acak.");
            return Optional.empty();
        }
        adminPassword = KeycloakAdminPassword.obtain(file);
        return Optional.of(adminPassword.password());
    }

    private boolean keycloakAlreadySetUp() {
        if (config.externalDbUrl().isPresent()) {
            return false;
        }
        try (var c = DriverManager.getConnection(keycloakDbUrl(), PlatformConfig.KEYCLOAK_DB, PlatformConfig.KEYCLOAK_DB);
             var rs = c.createStatement().executeQuery("SELECT to_regclass('public.realm') IS NOT NULL")) {
            return rs.next() && rs.getBoolean(1);
        } catch (SQLException e) {
            return false;
        }
    }

    /** The Keycloak admin password if this run knows it; {@code generated} when made by this start. */
    public Optional<KeycloakAdminPassword> keycloakAdminPassword() {
        return Optional.ofNullable(adminPassword);
    }

    /**
     * Watches every started server. The first one that ends on its own is reported to {@code onDeath}
     * (one line naming it and its exit code), then the rest are stopped; the returned future then
     * completes with that line. Nothing is reported once {@link #close()} has begun.
     */
    public CompletableFuture<String> awasi(Consumer<String> onDeath) {
        for (AutoCloseable part : started) {
            if (part instanceof Diawasi watched) {
                watched.awasi(message -> died(message, onDeath));
            }
        }
        return death;
    }

    private void died(String message, Consumer<String> onDeath) {
        if (closed) {
            return;
        }
        try {
            Thread.sleep(GRACE_MILLIS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        if (closed || !deathReported.compareAndSet(false, true)) {
            return;
        }
        onDeath.accept(message);
        close();
        death.complete(message);
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

    /** Registers a started part (package-private for tests with stand-in processes). */
    <T extends AutoCloseable> T started(T part) {
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
    public synchronized void close() {
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
