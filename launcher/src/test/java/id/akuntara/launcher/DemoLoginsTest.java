package id.akuntara.launcher;

import org.junit.jupiter.api.Test;

import java.nio.file.Path;
import java.time.Duration;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The banner shows a new Keycloak admin password once, afterwards only where it is kept. */
class DemoLoginsTest {

    private final PlatformConfig config = PlatformConfig.fromEnvironment(Path.of("/opt/akuntara"));

    @Test
    void kataSandiBaruDitampilkanSekali() {
        String banner = DemoLogins.banner(config, Duration.ofSeconds(3),
                Optional.of(new KeycloakAdminPassword("Xy7-rahasia", true)));
        assertTrue(banner.contains("admin / Xy7-rahasia"), banner);
        assertTrue(banner.contains("/opt/akuntara/data/keycloak-admin-password"), banner);
        assertFalse(banner.contains("admin / admin"), banner);
    }

    @Test
    void kataSandiLamaTidakDitampilkan() {
        String banner = DemoLogins.banner(config, Duration.ofSeconds(3),
                Optional.of(new KeycloakAdminPassword("Xy7-rahasia", false)));
        assertFalse(banner.contains("Xy7-rahasia"), banner);
        assertTrue(banner.contains("kata sandi di /opt/akuntara/data/keycloak-admin-password"), banner);
    }
}
