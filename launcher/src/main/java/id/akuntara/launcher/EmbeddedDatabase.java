package id.akuntara.launcher;

import id.akuntara.core.infrastructure.migration.PenyiapanBasisData;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.Optional;
import java.util.function.Consumer;

/**
 * A real PostgreSQL server run from the zonky binaries, its data directory kept between runs.
 * On every start it makes sure the roles and databases Akuntara and Keycloak need exist.
 */
public final class EmbeddedDatabase implements AutoCloseable, Diawasi {

    private final EmbeddedPostgres postgres;
    private final Path dataDir;
    private volatile boolean stopping;

    private EmbeddedDatabase(EmbeddedPostgres postgres, Path dataDir) {
        this.postgres = postgres;
        this.dataDir = dataDir;
    }

    /** @param bindAddress the only address PostgreSQL listens on ({@code listen_addresses}) */
    public static EmbeddedDatabase start(Path dataDir, String bindAddress, int port, Path logFile) {
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
                    .setServerConfig("listen_addresses", bindAddress)
                    .start();
            EmbeddedDatabase db = new EmbeddedDatabase(pg, dataDir);
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

    /** The postmaster's process (pg_ctl starts it detached, so it is no child of the launcher). */
    public Optional<ProcessHandle> postmaster() {
        return postmasterPid(dataDir).flatMap(ProcessHandle::of);
    }

    static Optional<Long> postmasterPid(Path dataDir) {
        try {
            return Files.readAllLines(dataDir.resolve("postmaster.pid")).stream().findFirst()
                    .map(String::strip).map(Long::valueOf);
        } catch (IOException | NumberFormatException e) {
            return Optional.empty();
        }
    }

    /** The postmaster is not the launcher's child: its exit code is unknown, its PID is reported instead. */
    @Override
    public void awasi(Consumer<String> onDeath) {
        Optional<ProcessHandle> postmaster = postmaster();
        if (postmaster.isEmpty()) {
            onDeath.accept("PostgreSQL tidak berjalan (tidak ada postmaster.pid di " + dataDir + ").");
            return;
        }
        long pid = postmaster.get().pid();
        postmaster.get().onExit().thenRun(() -> {
            if (!stopping) {
                Thread reporter = new Thread(() -> onDeath.accept(
                        "PostgreSQL berhenti tanpa diminta (PID " + pid + ", kode keluar tidak diketahui)."),
                        "akuntara-awasi-PostgreSQL");
                reporter.setDaemon(true);
                reporter.start();
            }
        });
    }

    @Override
    public void close() {
        stopping = true;
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
