package id.akuntara.core.infrastructure.persistence.tenancy;

import org.hibernate.HibernateException;
import org.hibernate.engine.jdbc.connections.spi.MultiTenantConnectionProvider;
import org.hibernate.service.spi.Configurable;

import javax.naming.InitialContext;
import javax.naming.NamingException;
import javax.sql.DataSource;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.List;
import java.util.Map;

/**
 * The second wall between pemda: every connection Hibernate takes for a session is marked with the session's
 * pemda ({@code select set_config('akuntara.tenant', ?, lokal)}). Inside a transaction (JTA in WildFly: the
 * connection is enlisted, auto-commit off) the mark is transaction-local, so PostgreSQL drops it at commit or
 * rollback and nothing has to run on the connection after the transaction ended. Outside a transaction
 * (resource-local sessions take their connection before {@code begin}) it is session-level and cleared when the
 * connection goes back to the pool. PostgreSQL's row-level security policies (migration V2) compare each row's
 * {@code tenant_id} with that setting, so even native SQL run by the application's role cannot read or write
 * another pemda's rows. Configured in persistence.xml ({@code hibernate.multi_tenant_connection_provider}); the
 * connections come from the persistence unit's own data source (the JTA data source inside WildFly, the
 * non-JTA one in repository tests).
 */
public class KoneksiTenantRls implements MultiTenantConnectionProvider<String>, Configurable {

    /** The PostgreSQL setting the policies read. */
    public static final String SETTING = "akuntara.tenant";

    private static final List<String> KUNCI_DATA_SOURCE = List.of("hibernate.connection.datasource",
            "jakarta.persistence.jtaDataSource", "jakarta.persistence.nonJtaDataSource",
            "javax.persistence.jtaDataSource", "javax.persistence.nonJtaDataSource");

    private transient DataSource dataSource;

    @Override
    public void configure(Map<String, Object> settings) {
        for (String kunci : KUNCI_DATA_SOURCE) {
            Object nilai = settings.get(kunci);
            if (nilai instanceof DataSource ds) {
                dataSource = ds;
                return;
            }
            if (nilai instanceof String jndi && !jndi.isBlank()) {
                dataSource = cari(jndi);
                return;
            }
        }
        throw new HibernateException("KoneksiTenantRls: persistence unit tanpa data source");
    }

    private static DataSource cari(String jndi) {
        try {
            return (DataSource) new InitialContext().lookup(jndi);
        } catch (NamingException e) {
            throw new HibernateException("Data source " + jndi + " tidak ditemukan", e);
        }
    }

    @Override
    public Connection getAnyConnection() throws SQLException {
        return dataSource.getConnection();
    }

    @Override
    public void releaseAnyConnection(Connection connection) throws SQLException {
        connection.close();
    }

    @Override
    public Connection getConnection(String tenantIdentifier) throws SQLException {
        Connection c = dataSource.getConnection();
        try {
            tandai(c, tenantIdentifier, !c.getAutoCommit());
        } catch (SQLException e) {
            c.close();
            throw e;
        }
        return c;
    }

    @Override
    public void releaseConnection(String tenantIdentifier, Connection connection) throws SQLException {
        try {
            if (connection.getAutoCommit()) {
                tandai(connection, "", false);
            }
        } catch (SQLException e) {
            // the connection belongs to a finished JTA transaction: its mark was transaction-local and is gone
        } finally {
            connection.close();
        }
    }

    private static void tandai(Connection c, String kodePemda, boolean lokal) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("select set_config('" + SETTING + "', ?, " + lokal + ")")) {
            ps.setString(1, kodePemda);
            ps.execute();
        }
    }

    @Override
    public boolean supportsAggressiveRelease() {
        return false;
    }

    @Override
    public boolean isUnwrappableAs(Class<?> unwrapType) {
        return unwrapType.isInstance(this) || (dataSource != null && unwrapType.isInstance(dataSource));
    }

    @Override
    @SuppressWarnings("unchecked")
    public <T> T unwrap(Class<T> unwrapType) {
        if (unwrapType.isInstance(this)) {
            return (T) this;
        }
        if (dataSource != null && unwrapType.isInstance(dataSource)) {
            return (T) dataSource;
        }
        throw new HibernateException("Tidak dapat di-unwrap sebagai " + unwrapType);
    }
}
