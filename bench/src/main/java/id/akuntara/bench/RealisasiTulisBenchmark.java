package id.akuntara.bench;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import id.akuntara.core.application.realisasi.IsianRealisasi;
import id.akuntara.core.application.realisasi.LayananRealisasi;
import id.akuntara.core.application.realisasi.PengukuranRealisasi;
import id.akuntara.core.application.realisasi.RincianRealisasi;
import id.akuntara.core.domain.pengukuran.Periode;
import id.akuntara.core.domain.pengukuran.RealisasiIndikator;
import id.akuntara.core.domain.rencana.IndikatorKinerja;
import id.akuntara.core.infrastructure.migration.PenyiapanBasisData;
import id.akuntara.core.infrastructure.migration.SkemaMigrator;
import id.akuntara.core.infrastructure.paket.MuatPaketBawaan;
import id.akuntara.core.infrastructure.persistence.JpaRealisasiRepository;
import id.akuntara.core.infrastructure.persistence.audit.JpaRiwayatRepository;
import id.akuntara.core.pengukuran.KinerjaTahunan;
import id.akuntara.core.tenancy.KerjaLatar;
import id.akuntara.core.tenancy.PenggunaSaatIni;
import id.akuntara.core.tenancy.PenggunaTerverifikasi;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import jakarta.persistence.EntityManager;
import jakarta.persistence.EntityManagerFactory;
import jakarta.persistence.Persistence;
import org.hibernate.engine.jdbc.connections.spi.MultiTenantConnectionProvider;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Threads;
import org.openjdk.jmh.annotations.Warmup;

import javax.sql.DataSource;
import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;

/**
 * The realisation write path (issue 10, "done when"): one realisasi entered through the use case
 * ({@link LayananRealisasi#isi}) against a bare JPA insert of the same row, in one JMH run, on a real PostgreSQL
 * (embedded, started in the setup, schema by Flyway, Kaltim's built-in package loaded) with a connection pool on both
 * sides (HikariCP, as WildFly's data source pools; connections handed out with auto-commit off, as WildFly's JTA data
 * source hands them out inside a transaction).
 *
 * <ul>
 *   <li>{@code kasusPenggunaan}: one transaction as the server runs it — role check, indicator found by code,
 *       existing realisasi looked up, every field validated ({@code "81,65"} read by {@code AngkaParser}), version
 *       rule, the entity's state machine, insert and flush, the Envers revision and audit row, the tenant filter
 *       and PostgreSQL row-level security (each connection marked by {@code KoneksiTenantRls}, as the application's
 *       role {@code akuntara_app}).</li>
 *   <li>{@code jpaPolos}: one transaction that persists the same new {@code RealisasiIndikator} (a reference to its
 *       indicator by id, value 81,65), through a second persistence unit with Envers disabled, a connection provider
 *       that marks nothing, and the superuser's connections (row-level security does not apply to a superuser).</li>
 *   <li>{@code jpaDenganAuditDanRls}: the bare insert through the platform's persistence unit (audit and row-level
 *       security, no use case), to split the ratio.</li>
 * </ul>
 * Each call writes a new row (a new year, indicator and period); neither side measures figures (a write never does).
 * What the CDI container adds on the server (interceptor for {@code @Transactional}, request-scoped proxies) is not
 * in either side: the use case is constructed as the repository tests construct it.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 8, time = 5)
@Measurement(iterations = 5, time = 5)
@Fork(value = 1, jvmArgs = {"-Xmx1g"})
@Threads(1)
public class RealisasiTulisBenchmark {

    static final String PEMDA = "prov-kaltim";
    private static final String OWNER = "akuntara_owner";
    private static final String APP = "akuntara_app";

    private EmbeddedPostgres pg;
    private HikariDataSource app;
    private HikariDataSource superuser;
    private EntityManagerFactory platform;
    private EntityManagerFactory polos;
    private final List<String> kode = new ArrayList<>();
    private final Map<String, UUID> idIndikator = new HashMap<>();
    private int nomor;

    @Setup(Level.Trial)
    public void siapkan() throws IOException, SQLException {
        pg = EmbeddedPostgres.builder().start();
        try (Connection c = pg.getPostgresDatabase().getConnection()) {
            PenyiapanBasisData.siapkan(c, "akuntara", OWNER, APP);
        }
        String url = "jdbc:postgresql://localhost:" + pg.getPort() + "/akuntara";
        SkemaMigrator.migrate(url, OWNER, OWNER, APP);
        app = kolam(url, APP, APP);
        superuser = kolam(url, "postgres", "postgres");
        platform = Persistence.createEntityManagerFactory("akuntara", Map.of(
                "jakarta.persistence.transactionType", "RESOURCE_LOCAL",
                "jakarta.persistence.nonJtaDataSource", app));
        polos = Persistence.createEntityManagerFactory("akuntara", Map.of(
                "jakarta.persistence.transactionType", "RESOURCE_LOCAL",
                "jakarta.persistence.nonJtaDataSource", superuser,
                "hibernate.multi_tenant_connection_provider", new KoneksiPolos(superuser),
                "hibernate.integration.envers.enabled", "false"));
        String json;
        try (InputStream in = getClass().getClassLoader().getResourceAsStream(PaketKelipatan.KALTIM)) {
            json = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
        transaksi(platform, "uji:paket", em -> new MuatPaketBawaan(em).muat(PEMDA, "bench:" + PEMDA, json));
        transaksi(platform, "uji", em -> {
            for (IndikatorKinerja i : em.createQuery("select i from IndikatorKinerja i order by i.kode", IndikatorKinerja.class)
                    .getResultList()) {
                kode.add(i.getKode());
                idIndikator.put(i.getKode(), i.getId());
            }
            return null;
        });
        periksaKeduaJalur();
    }

    private static HikariDataSource kolam(String url, String user, String sandi) {
        HikariConfig k = new HikariConfig();
        k.setJdbcUrl(url);
        k.setUsername(user);
        k.setPassword(sandi);
        k.setMaximumPoolSize(4);
        // connections handed out inside a transaction, as WildFly's JTA data source does: KoneksiTenantRls then marks
        // the connection transaction-locally (one statement, dropped at commit), exactly as on the server
        k.setAutoCommit(false);
        return new HikariDataSource(k);
    }

    /** Both sides write what they claim: the use case's row with its audit, the bare row without. */
    private void periksaKeduaJalur() throws SQLException {
        RincianRealisasi r = kasusPenggunaan();
        UUID polosId = jpaPolos();
        try (Connection c = superuser.getConnection(); Statement s = c.createStatement()) {
            try (ResultSet rs = s.executeQuery("select count(*) from realisasi_indikator_aud where id = '" + r.id() + "'")) {
                rs.next();
                if (rs.getInt(1) != 1) {
                    throw new IllegalStateException("kasus penggunaan tanpa revisi audit");
                }
            }
            try (ResultSet rs = s.executeQuery("select count(*), min(nilai), min(tenant_id) from realisasi_indikator"
                    + " where id in ('" + r.id() + "', '" + polosId + "')")) {
                rs.next();
                if (rs.getInt(1) != 2 || new BigDecimal("81.65").compareTo(rs.getBigDecimal(2)) != 0
                        || !PEMDA.equals(rs.getString(3))) {
                    throw new IllegalStateException("baris kedua jalur tidak sama");
                }
            }
            try (ResultSet rs = s.executeQuery("select count(*) from realisasi_indikator_aud where id = '" + polosId + "'")) {
                rs.next();
                if (rs.getInt(1) != 0) {
                    throw new IllegalStateException("JPA polos ikut teraudit");
                }
            }
        }
    }

    /** The next new key: every call writes a row that does not exist yet. */
    private Object[] kunci() {
        int n = nomor++;
        int perTahun = kode.size() * Periode.values().length;
        return new Object[] {3000 + n / perTahun, kode.get((n % perTahun) / Periode.values().length),
            Periode.values()[n % Periode.values().length]};
    }

    @Benchmark
    public RincianRealisasi kasusPenggunaan() {
        Object[] k = kunci();
        return transaksi(platform, "operator.kaltim", em -> layanan(em).isi((Integer) k[0], (String) k[1],
                ((Periode) k[2]).name(), new IsianRealisasi(null, "ADA", "81,65", null, null, null)));
    }

    @Benchmark
    public UUID jpaPolos() {
        return simpanLangsung(polos);
    }

    /**
     * The same bare insert through the platform's persistence unit (Envers audit, row-level security as the
     * application's role), without the use case: splits the ratio into what audit and RLS cost and what the use case
     * adds on top.
     */
    @Benchmark
    public UUID jpaDenganAuditDanRls() {
        return simpanLangsung(platform);
    }

    private UUID simpanLangsung(EntityManagerFactory emf) {
        Object[] k = kunci();
        return transaksi(emf, "operator.kaltim", em -> {
            RealisasiIndikator r = new RealisasiIndikator(em.getReference(IndikatorKinerja.class, idIndikator.get((String) k[1])),
                    (Integer) k[0], (Periode) k[2]);
            r.isiNilai(new BigDecimal("81.65"), "81,65");
            em.persist(r);
            return r.getId();
        });
    }

    private static LayananRealisasi layanan(EntityManager em) {
        PenggunaSaatIni pengguna = new PenggunaSaatIni();
        pengguna.tetapkan(new PenggunaTerverifikasi("operator.kaltim", "Operator Kaltim", null, List.of(PEMDA), Set.of("operator")));
        return new LayananRealisasi(new JpaRealisasiRepository(em), new JpaRiwayatRepository(em),
                new TanpaPengukuran(), pengguna);
    }

    private static <T> T transaksi(EntityManagerFactory emf, String user, java.util.function.Function<EntityManager, T> kerja) {
        Supplier<T> s = () -> {
            EntityManager em = emf.createEntityManager();
            try {
                em.getTransaction().begin();
                T hasil = kerja.apply(em);
                em.getTransaction().commit();
                return hasil;
            } finally {
                if (em.getTransaction().isActive()) {
                    em.getTransaction().rollback();
                }
                em.close();
            }
        };
        return KerjaLatar.jalankan(PEMDA, user, s);
    }

    @TearDown(Level.Trial)
    public void tutup() throws IOException {
        platform.close();
        polos.close();
        app.close();
        superuser.close();
        pg.close();
    }

    /** A write never measures figures. */
    private static final class TanpaPengukuran implements PengukuranRealisasi {
        @Override
        public KinerjaTahunan hitung(int tahun) {
            throw new IllegalStateException("menulis tidak mengukur");
        }

        @Override
        public KinerjaTahunan kinerja(int tahun) {
            throw new IllegalStateException("menulis tidak mengukur");
        }

        @Override
        public boolean ditetapkan(int tahun) {
            throw new IllegalStateException("menulis tidak mengukur");
        }
    }

    /** Connections straight from the pool, not marked for row-level security (the bare side). */
    public static final class KoneksiPolos implements MultiTenantConnectionProvider<String> {
        private final transient DataSource ds;

        KoneksiPolos(DataSource ds) {
            this.ds = ds;
        }

        @Override
        public Connection getAnyConnection() throws SQLException {
            return ds.getConnection();
        }

        @Override
        public void releaseAnyConnection(Connection c) throws SQLException {
            c.close();
        }

        @Override
        public Connection getConnection(String tenant) throws SQLException {
            return ds.getConnection();
        }

        @Override
        public void releaseConnection(String tenant, Connection c) throws SQLException {
            c.close();
        }

        @Override
        public boolean supportsAggressiveRelease() {
            return false;
        }

        @Override
        public boolean isUnwrappableAs(Class<?> t) {
            return false;
        }

        @Override
        public <T> T unwrap(Class<T> t) {
            throw new UnsupportedOperationException();
        }
    }

    /** Runs the three once each outside JMH (a smoke check of the setup), with wall-clock averages. */
    public static void main(String[] args) throws Exception {
        RealisasiTulisBenchmark b = new RealisasiTulisBenchmark();
        b.siapkan();
        try {
            for (int i = 0; i < 200; i++) {
                b.kasusPenggunaan();
                b.jpaDenganAuditDanRls();
                b.jpaPolos();
            }
            long t0 = System.nanoTime();
            for (int i = 0; i < 500; i++) {
                b.kasusPenggunaan();
            }
            long t1 = System.nanoTime();
            for (int i = 0; i < 500; i++) {
                b.jpaDenganAuditDanRls();
            }
            long t2 = System.nanoTime();
            for (int i = 0; i < 500; i++) {
                b.jpaPolos();
            }
            long t3 = System.nanoTime();
            System.out.printf("kasusPenggunaan %.0f µs, jpaDenganAuditDanRls %.0f µs, jpaPolos %.0f µs, rasio %.2f%n",
                    (t1 - t0) / 500e3, (t2 - t1) / 500e3, (t3 - t2) / 500e3, (double) (t1 - t0) / (t3 - t2));
        } finally {
            b.tutup();
        }
    }
}
