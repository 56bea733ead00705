package id.akuntara.launcher;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Keycloak of a local run: loopback only, no cluster transport. */
class KeycloakServerTest {

    @Test
    void hanyaLoopbackDanTanpaKluster(@TempDir Path home) {
        List<String> command = KeycloakServer.command(home, "127.0.0.1", 18080, "jdbc:postgresql://localhost:15432/keycloak");
        assertTrue(command.contains("--http-host=127.0.0.1"), command.toString());
        assertTrue(command.contains("--http-management-host=127.0.0.1"), command.toString());
        // in production mode the default cache 'ispn' opens JGroups ports 7800 and 57800 on the network
        assertTrue(command.contains("--cache=local"), command.toString());
        assertFalse(command.stream().anyMatch(arg -> arg.startsWith("--cache-stack")), command.toString());
    }
}
