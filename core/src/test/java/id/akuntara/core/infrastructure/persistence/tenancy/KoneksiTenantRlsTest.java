package id.akuntara.core.infrastructure.persistence.tenancy;

import id.akuntara.core.testsupport.BasisDataUji;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import javax.sql.DataSource;
import java.lang.reflect.Proxy;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * The connection mark in both modes: session-level outside a transaction (resource-local, cleared on release) and
 * transaction-local inside one (JTA: gone at commit, nothing runs on the connection afterwards).
 */
class KoneksiTenantRlsTest {

    private static BasisDataUji db;

    @BeforeAll
    static void siapkan() {
        db = BasisDataUji.baru();
    }

    private static String tanda(Connection c) throws SQLException {
        try (ResultSet rs = c.createStatement().executeQuery("select current_setting('akuntara.tenant', true)")) {
            rs.next();
            return rs.getString(1) == null ? "" : rs.getString(1);
        }
    }

    private static KoneksiTenantRls penyedia(DataSource ds) {
        KoneksiTenantRls k = new KoneksiTenantRls();
        k.configure(Map.of("hibernate.connection.datasource", ds));
        return k;
    }

    @Test
    void diLuarTransaksiTandaDihapusSaatDikembalikan() throws SQLException {
        try (Connection fisik = db.app().getConnection()) {
            DataSource satu = proxy(fisik);
            KoneksiTenantRls k = penyedia(satu);
            Connection c = k.getConnection("prov-kaltim");
            assertEquals("prov-kaltim", tanda(c));
            k.releaseConnection("prov-kaltim", c);
            assertEquals("", tanda(fisik));
        }
    }

    @Test
    void dalamTransaksiTandaBerlakuSampaiCommit() throws SQLException {
        try (Connection fisik = db.app().getConnection()) {
            fisik.setAutoCommit(false);
            KoneksiTenantRls k = penyedia(proxy(fisik));
            Connection c = k.getConnection("kab-klungkung");
            assertEquals("kab-klungkung", tanda(c));
            fisik.commit();
            assertEquals("", tanda(fisik), "tanda lokal transaksi hilang saat commit");
            k.releaseConnection("kab-klungkung", c);
            fisik.commit();
        }
    }

    /** A data source handing out one physical connection whose close() is ignored (a pool's handle). */
    private static DataSource proxy(Connection fisik) {
        Connection handle = (Connection) Proxy.newProxyInstance(KoneksiTenantRlsTest.class.getClassLoader(),
                new Class<?>[]{Connection.class}, (p, m, a) -> m.getName().equals("close") ? null : m.invoke(fisik, a));
        return (DataSource) Proxy.newProxyInstance(KoneksiTenantRlsTest.class.getClassLoader(), new Class<?>[]{DataSource.class},
                (p, m, a) -> m.getName().equals("getConnection") ? handle : null);
    }
}
