package id.akuntara.launcher;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import java.nio.file.Path;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Settings come from the environment or system properties, with the demo defaults otherwise. */
class PlatformConfigTest {

    @AfterEach
    void bersihkan() {
        System.clearProperty("akuntara.db.port");
        System.clearProperty("akuntara.db.url");
        System.clearProperty("akuntara.bind.address");
    }

    @Test
    void semuaServerHanyaMendengarDiLoopbackSecaraBawaan() {
        PlatformConfig config = PlatformConfig.fromEnvironment(Path.of("/opt/akuntara"));
        assertEquals("127.0.0.1", config.bindAddress());
        assertEquals("127.0.0.1", Platform.wildflySettings(config).get("jboss.bind.address"));
        assertEquals("127.0.0.1", Platform.wildflySettings(config).get("jboss.bind.address.management"));
    }

    @Test
    void alamatDengarDapatDiubah() {
        System.setProperty("akuntara.bind.address", "10.1.2.3");
        PlatformConfig config = PlatformConfig.fromEnvironment(Path.of("/opt/akuntara"));
        assertEquals("10.1.2.3", config.bindAddress());
        assertEquals("10.1.2.3", Platform.wildflySettings(config).get("jboss.bind.address.management"));
        assertEquals("http://10.1.2.3:18080", config.keycloakUrl());
        assertEquals("jdbc:postgresql://10.1.2.3:15432/akuntara", config.dbUrl());

        System.setProperty("akuntara.bind.address", "0.0.0.0");
        assertEquals("http://localhost:8080/", PlatformConfig.fromEnvironment(Path.of("/opt/akuntara")).appUrl());
    }

    @Test
    void nilaiBawaan() {
        PlatformConfig config = PlatformConfig.fromEnvironment(Path.of("/opt/akuntara"));
        assertEquals("jdbc:postgresql://localhost:15432/akuntara", config.dbUrl());
        assertEquals("http://localhost:18080", config.keycloakUrl());
        assertEquals("http://localhost:8080/", config.appUrl());
        assertEquals(Path.of("/opt/akuntara/ear/target/server"), config.wildflyHome());
    }

    @Test
    void propertiSistemMenggantiBawaan() {
        System.setProperty("akuntara.db.port", "25432");
        assertEquals("jdbc:postgresql://localhost:25432/akuntara",
                PlatformConfig.fromEnvironment(Path.of("/opt/akuntara")).dbUrl());
    }

    @Test
    void basisDataLuarMenggantikanYangTertanam() {
        System.setProperty("akuntara.db.url", "jdbc:postgresql://db.example:5432/akuntara");
        PlatformConfig config = PlatformConfig.fromEnvironment(Path.of("/opt/akuntara"));
        assertTrue(config.externalDbUrl().isPresent());
        assertEquals("jdbc:postgresql://db.example:5432/akuntara", config.dbUrl());
        assertEquals("jdbc:postgresql://db.example:5432/akuntara", Platform.wildflySettings(config).get("akuntara.db.url"));
    }

    @Test
    void portYangBukanAngkaDitolakDenganPesan() {
        System.setProperty("akuntara.db.port", "limabelas");
        LauncherException e = assertThrows(LauncherException.class,
                () -> PlatformConfig.fromEnvironment(Path.of("/opt/akuntara")));
        assertTrue(e.getMessage().contains("AKUNTARA_DB_PORT"), e.getMessage());
    }
}
