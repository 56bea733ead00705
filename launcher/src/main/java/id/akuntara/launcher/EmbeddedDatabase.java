package id.akuntara.launcher;

import id.akuntara.core.infrastructure.migration.PenyiapanBasisData;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;

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
        try (Connection c = postgres.getPostgresDatabase().getConnection()) {
            PenyiapanBasisData.siapkan(c, PlatformConfig.DB_NAME, PlatformConfig.OWNER_ROLE, PlatformConfig.APP_ROLE);
            PenyiapanBasisData.pastikanPeran(c, PlatformConfig.KEYCLOAK_DB, "");
            PenyiapanBasisData.pastikanBasisData(c, PlatformConfig.KEYCLOAK_DB, PlatformConfig.KEYCLOAK_DB);
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
