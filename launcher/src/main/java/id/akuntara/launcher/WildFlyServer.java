package id.akuntara.launcher;

import org.wildfly.core.launcher.StandaloneCommandBuilder;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import java.util.function.Consumer;

/** The WildFly server provisioned by the build ({@code ear/target/server}) with the EAR deployed. */
public final class WildFlyServer implements AutoCloseable, Diawasi {

    private final ManagedProcess process;
    private final Path home;

    private WildFlyServer(ManagedProcess process, Path home) {
        this.process = process;
        this.home = home;
    }

    /**
     * @param settings system properties read by the server configuration's expressions
     *                 ({@code akuntara.db.url}, {@code akuntara.keycloak.url}, …; see docs/operations.md)
     */
    public static WildFlyServer start(Path home, Map<String, String> settings, Path logFile) {
        if (!Files.isDirectory(home.resolve("standalone"))) {
            throw new LauncherException("Server WildFly tidak ada di " + home
                    + "; jalankan build dulu (./mvnw install -DskipTests).");
        }
        StandaloneCommandBuilder builder = StandaloneCommandBuilder.of(home)
                .addJavaOptions("-Xms128m", "-Xmx1g", "-Duser.language=id", "-Duser.country=ID");
        settings.forEach((key, value) -> builder.addJavaOption("-D" + key + "=" + value));
        ProcessBuilder pb = new ProcessBuilder(builder.build()).directory(home.toFile());
        return new WildFlyServer(ManagedProcess.start("WildFly", pb, logFile), home);
    }

    /** Waits until the application answers; a failed deployment is reported at once. */
    public void awaitReady(String appUrl) {
        process.awaitReady(appUrl + "api/v1/kesehatan", Duration.ofSeconds(180),
                home.resolve("standalone/deployments/akuntara.ear.failed"));
    }

    @Override
    public void awasi(Consumer<String> onDeath) {
        process.awasi(onDeath);
    }

    @Override
    public void close() {
        process.close();
    }

}
