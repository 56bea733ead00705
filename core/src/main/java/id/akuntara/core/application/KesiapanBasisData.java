package id.akuntara.core.application;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;

import javax.sql.DataSource;
import java.sql.Connection;

/** Readiness of the database the application uses: a connection is obtained and answers. */
@ApplicationScoped
public class KesiapanBasisData {

    @Resource(lookup = "java:jboss/datasources/AkuntaraDS")
    DataSource dataSource;

    /** {@code "UP"}, or {@code "DOWN: <reason>"}. */
    public String periksa() {
        try (Connection c = dataSource.getConnection()) {
            return c.isValid(2) ? "UP" : "DOWN: koneksi tidak valid";
        } catch (Exception e) {
            return "DOWN: " + e.getMessage();
        }
    }
}
