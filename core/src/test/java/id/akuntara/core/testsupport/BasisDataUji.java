package id.akuntara.core.testsupport;

import id.akuntara.core.infrastructure.migration.PenyiapanBasisData;
import id.akuntara.core.infrastructure.migration.SkemaMigrator;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import id.akuntara.core.tenancy.KerjaLatar;
import jakarta.persistence.EntityManager;
import jakarta.persistence.EntityManagerFactory;
import jakarta.persistence.Persistence;
import org.postgresql.ds.PGSimpleDataSource;

import javax.sql.DataSource;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Consumer;
import java.util.function.Function;

/**
 * A real PostgreSQL for repository tests: one embedded server per test JVM, and a fresh database,
 * migrated by Flyway from empty, for every caller of {@link #baru()}. Tests connect as the
 * application's role (subject to row-level security) unless they ask for the owner.
 */
public final class BasisDataUji {

    public static final String OWNER = "akuntara_owner";
    public static final String APP = "akuntara_app";

    private static final AtomicInteger NOMOR = new AtomicInteger();
    private static EmbeddedPostgres server;

    private final String nama;
    private EntityManagerFactory emf;

    private BasisDataUji(String nama) {
        this.nama = nama;
    }

    /** A new, migrated database. */
    public static synchronized BasisDataUji baru() {
        EmbeddedPostgres pg = server();
        String nama = "uji_" + ProcessHandle.current().pid() + "_" + NOMOR.incrementAndGet();
        try (Connection c = pg.getPostgresDatabase().getConnection()) {
            PenyiapanBasisData.siapkan(c, nama, OWNER, APP);
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
        BasisDataUji db = new BasisDataUji(nama);
        SkemaMigrator.migrate(db.url(), OWNER, OWNER, APP);
        return db;
    }

    private static EmbeddedPostgres server() {
        if (server == null) {
            try {
                server = EmbeddedPostgres.builder().start();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            Runtime.getRuntime().addShutdownHook(new Thread(() -> {
                try {
                    server.close();
                } catch (IOException ignored) {
                    // the JVM ends anyway
                }
            }));
        }
        return server;
    }

    public String url() {
        return "jdbc:postgresql://localhost:" + server.getPort() + "/" + nama;
    }

    /** Connections as the application's role. */
    public DataSource app() {
        return dataSource(APP);
    }

    /** Connections as the server's superuser (bypasses row-level security: for counting what is really stored). */
    public DataSource superuser() {
        return server.getDatabase("postgres", nama);
    }

    /** Connections as the schema owner (for arranging data the application may not write). */
    public DataSource owner() {
        return dataSource(OWNER);
    }

    private DataSource dataSource(String role) {
        PGSimpleDataSource ds = new PGSimpleDataSource();
        ds.setUrl(url());
        ds.setUser(role);
        ds.setPassword(role);
        return ds;
    }

    /**
     * The application's persistence unit {@code akuntara} outside the server: resource-local, on the
     * application's role, with Hibernate validating the mapping against the Flyway schema.
     */
    public EntityManagerFactory entityManagerFactory() {
        return Persistence.createEntityManagerFactory("akuntara", Map.of(
                "jakarta.persistence.transactionType", "RESOURCE_LOCAL",
                "jakarta.persistence.nonJtaDataSource", app(),
                "hibernate.hbm2ddl.auto", "validate"));
    }

    /** One shared persistence unit for this database (built on first use, validated against the schema). */
    public synchronized EntityManagerFactory emf() {
        if (emf == null) {
            emf = entityManagerFactory();
        }
        return emf;
    }

    /**
     * Runs {@code kerja} in one transaction for pemda {@code kodePemda} on behalf of {@code username}, the way
     * background work does it ({@link KerjaLatar}): the tenant is explicit, never taken from a shared default.
     * Rolls back and rethrows on failure.
     */
    public <T> T transaksi(String kodePemda, String username, Function<EntityManager, T> kerja) {
        return KerjaLatar.jalankan(kodePemda, username, () -> {
            EntityManager em = emf().createEntityManager();
            try {
                em.getTransaction().begin();
                T hasil = kerja.apply(em);
                em.getTransaction().commit();
                return hasil;
            } catch (RuntimeException e) {
                if (em.getTransaction().isActive()) {
                    em.getTransaction().rollback();
                }
                throw e;
            } finally {
                em.close();
            }
        });
    }

    /** {@link #transaksi(String, String, Function)} as user "uji". */
    public <T> T transaksi(String kodePemda, Function<EntityManager, T> kerja) {
        return transaksi(kodePemda, "uji", kerja);
    }

    /** {@link #transaksi(String, Function)} without a result. */
    public void jalankan(String kodePemda, Consumer<EntityManager> kerja) {
        transaksi(kodePemda, em -> {
            kerja.accept(em);
            return null;
        });
    }

    /** {@link #jalankan(String, Consumer)} on behalf of {@code username}. */
    public void jalankanSebagai(String kodePemda, String username, Consumer<EntityManager> kerja) {
        transaksi(kodePemda, username, em -> {
            kerja.accept(em);
            return null;
        });
    }

    /** A connection as the application's role, marked for {@code kodePemda} (null: unmarked) as KoneksiTenantRls does. */
    public Connection koneksiApp(String kodePemda) throws SQLException {
        Connection c = app().getConnection();
        if (kodePemda != null) {
            try (var ps = c.prepareStatement("select set_config('akuntara.tenant', ?, false)")) {
                ps.setString(1, kodePemda);
                ps.execute();
            }
        }
        return c;
    }
}
