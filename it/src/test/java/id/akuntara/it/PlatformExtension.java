package id.akuntara.it;

import id.akuntara.launcher.Platform;
import id.akuntara.launcher.PlatformConfig;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;

/**
 * Starts a real PostgreSQL (fresh data directory) and a real Keycloak with the demo realm plus a
 * second realm {@code lain}, once per test run, before Arquillian starts WildFly; stops them when
 * the run ends. Uses the launcher's own code, so the tests exercise the README's run command path.
 */
public final class PlatformExtension implements BeforeAllCallback {

    private static final Object LOCK = new Object();

    @Override
    public void beforeAll(ExtensionContext context) {
        synchronized (LOCK) {
            context.getRoot().getStore(ExtensionContext.Namespace.GLOBAL)
                    .getOrComputeIfAbsent(PlatformExtension.class, key -> start(), RunningPlatform.class);
        }
    }

    private static RunningPlatform start() {
        PlatformConfig config = config();
        deleteTree(config.dataDir());
        Platform platform = new Platform(config);
        try {
            platform.start(false, List.of(resource("realm-lain.json")));
            Keycloak.ensureRedirectUri(config.appUrl());
        } catch (RuntimeException e) {
            platform.close();
            throw e;
        }
        return new RunningPlatform(platform);
    }

    static PlatformConfig config() {
        return PlatformConfig.fromEnvironment(Path.of(System.getProperty("akuntara.home")).toAbsolutePath().normalize());
    }

    private static Path resource(String name) {
        try {
            return Path.of(PlatformExtension.class.getResource("/" + name).toURI());
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    private static void deleteTree(Path dir) {
        if (!Files.exists(dir)) {
            return;
        }
        try (Stream<Path> paths = Files.walk(dir)) {
            paths.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Closed by JUnit when the root context closes, i.e. after the last test class. */
    record RunningPlatform(Platform platform) implements ExtensionContext.Store.CloseableResource {
        @Override
        public void close() {
            platform.close();
        }
    }
}
