package id.akuntara.launcher;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;

/**
 * A real PostgreSQL server run from the zonky binaries, its data directory kept between runs.
 * On every start it makes sure the roles and databases Akuntara and Keycloak need exist.
 */
public final class EmbeddedDatabase implements AutoCloseable {

    private final EmbeddedPostgres postgres;

    private EmbeddedDatabase(EmbeddedPostgres postgres) {
        this.postgres = postgres;
    }

    public static EmbeddedDatabase start(Path dataDir, int port, Path logFile) {
        try {
            Files.createDirectories(dataDir);
            Files.createDirectories(logFile.getParent());
            EmbeddedPostgres pg = EmbeddedPostgres.builder()
                    .setDataDirectory(dataDir)
                    .setCleanDataDirectory(false)
                    .setPort(port)
                    .setRegisterShutdownHook(false)
                    .setOutputRedirector(ProcessBuilder.Redirect.appendTo(logFile.toFile()))
                    .setErrorRedirector(ProcessBuilder.Redirect.appendTo(logFile.toFile()))
                    .setServerConfig("timezone", "Asia/Jakarta")
                    .start();
            EmbeddedDatabase db = new EmbeddedDatabase(pg);
            db.ensureRolesAndDatabases();
            return db;
        } catch (IOException | SQLException e) {
            throw new LauncherException("PostgreSQL tertanam gagal dijalankan di port " + port + " (data: "
                    + dataDir + "): " + rootMessage(e) + ". Lihat " + logFile, e);
        }
    }

    private void ensureRolesAndDatabases() throws SQLException {
        try (Connection c = postgres.getPostgresDatabase().getConnection(); Statement s = c.createStatement()) {
            ensureRole(s, PlatformConfig.OWNER_ROLE, "");
            ensureRole(s, PlatformConfig.APP_ROLE, "NOBYPASSRLS");
            ensureRole(s, PlatformConfig.KEYCLOAK_DB, "");
            ensureDatabase(s, PlatformConfig.DB_NAME, PlatformConfig.OWNER_ROLE);
            ensureDatabase(s, PlatformConfig.KEYCLOAK_DB, PlatformConfig.KEYCLOAK_DB);
        }
    }

    private static void ensureRole(Statement s, String role, String options) throws SQLException {
        try (var rs = s.executeQuery("SELECT 1 FROM pg_roles WHERE rolname = '" + role + "'")) {
            if (!rs.next()) {
                s.execute("CREATE ROLE " + role + " LOGIN PASSWORD '" + role + "' " + options);
            }
        }
    }

    private static void ensureDatabase(Statement s, String name, String owner) throws SQLException {
        try (var rs = s.executeQuery("SELECT 1 FROM pg_database WHERE datname = '" + name + "'")) {
            if (!rs.next()) {
                s.execute("CREATE DATABASE " + name + " OWNER " + owner + " ENCODING 'UTF8'");
            }
        }
    }

    public int port() {
        return postgres.getPort();
    }

    @Override
    public void close() {
        try {
            postgres.close();
        } catch (IOException e) {
            System.err.println("PostgreSQL tidak berhenti dengan bersih: " + e.getMessage());
        }
    }

    static String rootMessage(Throwable e) {
        Throwable t = e;
        while (t.getCause() != null && t.getCause() != t) {
            t = t.getCause();
        }
        return t.getMessage() == null ? t.getClass().getSimpleName() : t.getMessage();
    }
}
