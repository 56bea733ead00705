package id.akuntara.core.infrastructure.persistence;

import id.akuntara.core.domain.pemda.Pemda;
import id.akuntara.core.domain.pemda.Tingkat;
import id.akuntara.core.testsupport.BasisDataUji;
import jakarta.persistence.EntityManager;
import jakarta.persistence.EntityManagerFactory;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.ZoneId;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The tenant registry on real PostgreSQL: Flyway schema from empty, JPA mapping validated against it. */
class JpaPemdaRepositoryTest {

    private static BasisDataUji db;
    private static EntityManagerFactory emf;

    @BeforeAll
    static void siapkan() {
        db = BasisDataUji.baru();
        emf = db.entityManagerFactory(); // fails here if the mapping does not match the Flyway schema
    }

    @AfterAll
    static void tutup() {
        emf.close();
    }

    @Test
    void flywayMembangunSkemaDariKosong() throws SQLException {
        try (Connection c = db.owner().getConnection();
             ResultSet rs = c.createStatement().executeQuery(
                     "SELECT count(*) FROM flyway_schema_history WHERE success")) {
            rs.next();
            assertTrue(rs.getInt(1) >= 1);
        }
    }

    @Test
    void empatPemdaAwalTerdaftar() {
        EntityManager em = emf.createEntityManager();
        try {
            JpaPemdaRepository repository = new JpaPemdaRepository(em);
            List<String> kode = repository.semua().stream().map(Pemda::getKode).toList();
            assertEquals(List.of("kab-klungkung", "kota-pangkalpinang", "kota-tanjungpinang", "prov-kaltim"), kode);

            Pemda kaltim = repository.cari("prov-kaltim").orElseThrow();
            assertEquals("Provinsi Kalimantan Timur", kaltim.getNama());
            assertEquals(Tingkat.PROVINSI, kaltim.getTingkat());
            assertEquals(ZoneId.of("Asia/Makassar"), kaltim.getZonaWaktu());
            assertEquals("LKjIP", kaltim.getNamaLaporan());
            assertEquals("LAKIP", repository.cari("kota-pangkalpinang").orElseThrow().getNamaLaporan());
            assertTrue(repository.cari("kota-tidak-ada").isEmpty());
        } finally {
            em.close();
        }
    }

    @Test
    void aplikasiTidakDapatMengubahRegistriPemda() throws SQLException {
        try (Connection c = db.app().getConnection()) {
            SQLException e = assertThrows(SQLException.class, () -> c.createStatement().executeUpdate(
                    "UPDATE pemda SET nama = 'Kota Lain' WHERE kode = 'kota-pangkalpinang'"));
            assertEquals("42501", e.getSQLState(), "permission denied expected: " + e.getMessage());
        }
    }
}
