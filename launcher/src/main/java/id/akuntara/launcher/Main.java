package id.akuntara.launcher;

import java.net.URISyntaxException;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.CompletableFuture;

/**
 * The README's run command: starts PostgreSQL, Keycloak and WildFly with the demo realm, prints the
 * address and the demo logins, and on Ctrl-C stops all three. When one of them ends on its own, says
 * which and with what exit code, stops the other two and exits with status 1.
 */
public final class Main {

    private Main() {
    }

    public static void main(String[] args) {
        PlatformConfig config;
        try {
            config = PlatformConfig.fromEnvironment(projectDir());
        } catch (LauncherException e) {
            fail(e);
            return;
        }
        Platform platform = new Platform(config);
        CompletableFuture<Void> stopped = new CompletableFuture<>();
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            if (platform.adaYangBerjalan()) {
                System.out.println("\n[akuntara] Menghentikan WildFly, Keycloak dan PostgreSQL …");
                platform.close();
                System.out.println("[akuntara] Akuntara berhenti.");
            }
            stopped.complete(null);
        }, "akuntara-stop"));
        Instant begin = Instant.now();
        try {
            platform.start(true, List.of());
        } catch (LauncherException e) {
            fail(e);
            return;
        }
        CompletableFuture<String> death = platform.awasi(message -> System.err.println(
                "[akuntara] GALAT: " + message + " Menghentikan yang lain …"));
        System.out.println(DemoLogins.banner(config, Duration.between(begin, Instant.now()),
                platform.keycloakAdminPassword()));
        CompletableFuture.anyOf(stopped, death).join();
        if (death.isDone()) {
            System.err.println("[akuntara] Akuntara berhenti karena " + death.join());
            System.exit(1);
        }
    }

    private static void fail(LauncherException e) {
        System.err.println("[akuntara] GALAT: " + e.getMessage());
        System.exit(1);
    }

    /** The checkout: {@code AKUNTARA_HOME}, else three levels above launcher/target/akuntara-launcher.jar. */
    static Path projectDir() {
        String home = System.getenv("AKUNTARA_HOME");
        if (home != null && !home.isBlank()) {
            return Path.of(home).toAbsolutePath();
        }
        try {
            Path location = Path.of(Main.class.getProtectionDomain().getCodeSource().getLocation().toURI());
            return location.getParent().getParent().getParent().toAbsolutePath();
        } catch (URISyntaxException e) {
            throw new LauncherException("Lokasi Akuntara tidak diketahui; setel AKUNTARA_HOME.");
        }
    }
}
