package id.akuntara.it;

import id.akuntara.launcher.KeycloakServer;
import id.akuntara.launcher.PlatformConfig;
import org.junit.jupiter.api.extension.ExtensionContext;

import java.net.URISyntaxException;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * Stops the test platform's Keycloak (a child process of this JVM, started by {@link PlatformExtension}) and
 * starts it again on the same port and database, for the tests of an outage. The restarted Keycloak is stopped
 * with the rest of the platform when the test run ends.
 */
final class KeycloakMati {

    private KeycloakMati() {
    }

    static void hentikan() {
        String port = "--http-port=" + PlatformExtension.config().keycloakPort();
        List<ProcessHandle> keycloak = ProcessHandle.current().descendants()
                .filter(p -> p.info().commandLine().map(c -> c.contains("keycloak") && c.contains(port)).orElse(false))
                .toList();
        if (keycloak.isEmpty()) {
            throw new IllegalStateException("Proses Keycloak uji (" + port + ") tidak ditemukan");
        }
        for (ProcessHandle p : keycloak) {
            p.descendants().forEach(ProcessHandle::destroy);
            p.destroy();
        }
        for (ProcessHandle p : keycloak) {
            try {
                p.onExit().get(60, TimeUnit.SECONDS);
            } catch (Exception e) {
                p.destroyForcibly();
            }
        }
    }

    static void mulaiLagi(ExtensionContext context) {
        PlatformConfig config = PlatformExtension.config();
        // same database: the bootstrap admin already exists, so no new bootstrap password is given
        KeycloakServer keycloak = KeycloakServer.start(config.keycloakHome(), config.bindAddress(), config.keycloakPort(),
                "jdbc:postgresql://localhost:" + config.dbPort() + "/keycloak", config.logDir().resolve("keycloak.log"),
                java.util.Optional.empty(), List.of(realmLain()));
        context.getRoot().getStore(ExtensionContext.Namespace.GLOBAL)
                .put(KeycloakMati.class.getName() + System.nanoTime(), (ExtensionContext.Store.CloseableResource) keycloak::close);
        keycloak.awaitReady(config.keycloakUrl());
    }

    private static Path realmLain() {
        try {
            return Path.of(KeycloakMati.class.getResource("/realm-lain.json").toURI());
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }
}
