package id.akuntara.launcher;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;

/**
 * The real Keycloak server from the Maven Central distribution, storing its data in its own
 * PostgreSQL database so users added later survive restarts. The realm {@code akuntara} is imported
 * on the first start only (Keycloak skips a realm that exists); what later versions of the realm file add is brought
 * into an existing realm by {@link PembaruanRealm}.
 */
public final class KeycloakServer implements AutoCloseable, Diawasi {

    static final String REALM_RESOURCE = "/keycloak/akuntara-realm.json";
    private static final String BUILD_OPTIONS = "--db=postgres --cache=local --health-enabled=false";

    private final ManagedProcess process;

    private KeycloakServer(ManagedProcess process) {
        this.process = process;
    }

    /**
     * @param bindAddress    the only address Keycloak listens on (HTTP and management interface)
     * @param adminPassword  password of the bootstrap admin {@value PlatformConfig#KEYCLOAK_ADMIN_USER}, used
     *                       by Keycloak only while the master realm has no admin yet; empty: no bootstrap admin
     * @param extraImports   further realm files to import (tests add a second realm)
     */
    public static KeycloakServer start(Path home, String bindAddress, int port, String dbUrl, Path logFile,
                                       Optional<String> adminPassword, List<Path> extraImports) {
        installRealmImports(home, extraImports);
        buildOnce(home, logFile);
        ProcessBuilder builder = new ProcessBuilder(command(home, bindAddress, port, dbUrl)).directory(home.toFile());
        builder.environment().put("JAVA_OPTS_KC_HEAP", "-Xms64m -Xmx768m");
        adminPassword.ifPresent(password -> builder.environment().putAll(Map.of(
                "KC_BOOTSTRAP_ADMIN_USERNAME", PlatformConfig.KEYCLOAK_ADMIN_USER,
                "KC_BOOTSTRAP_ADMIN_PASSWORD", password)));
        return new KeycloakServer(ManagedProcess.start("Keycloak", builder, logFile));
    }

    /**
     * The start command: one machine, so a local cache and no cluster transport (in production mode
     * Keycloak otherwise opens JGroups ports 7800 and 57800 on the network); listening on
     * {@code bindAddress} only, never on all interfaces (Keycloak's production default).
     */
    static List<String> command(Path home, String bindAddress, int port, String dbUrl) {
        return new ArrayList<>(List.of(script(home), "start", "--optimized",
                "--cache=local", "--http-enabled=true", "--http-host=" + bindAddress, "--http-port=" + port,
                "--http-management-host=" + bindAddress, "--hostname-strict=false",
                "--db-url=" + dbUrl, "--db-username=" + PlatformConfig.KEYCLOAK_DB,
                "--db-password=" + PlatformConfig.KEYCLOAK_DB, "--import-realm"));
    }

    @Override
    public void awasi(Consumer<String> onDeath) {
        process.awasi(onDeath);
    }

    /** Waits up to 8 minutes: a first start on a busy 2-core machine was measured at 282 s (4 was not enough). */
    public void awaitReady(String baseUrl) {
        process.awaitReady(baseUrl + "/realms/akuntara/.well-known/openid-configuration", Duration.ofSeconds(480));
    }

    /** Keycloak's optimized start needs a build for our build-time options; done once per distribution. */
    private static void buildOnce(Path home, Path logFile) {
        Path marker = home.resolve("data/akuntara-build-options");
        try {
            if (Files.exists(marker) && Files.readString(marker).equals(BUILD_OPTIONS)) {
                return;
            }
            List<String> command = new ArrayList<>(List.of(script(home), "build"));
            command.addAll(List.of(BUILD_OPTIONS.split(" ")));
            Process build = new ProcessBuilder(command).directory(home.toFile()).redirectErrorStream(true)
                    .redirectOutput(ProcessBuilder.Redirect.appendTo(logFile.toFile())).start();
            if (build.waitFor() != 0) {
                throw new LauncherException("Build Keycloak gagal; lihat " + logFile);
            }
            Files.createDirectories(marker.getParent());
            Files.writeString(marker, BUILD_OPTIONS);
        } catch (IOException e) {
            throw new LauncherException("Build Keycloak gagal: " + e.getMessage(), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new LauncherException("Build Keycloak dihentikan.");
        }
    }

    private static void installRealmImports(Path home, List<Path> extraImports) {
        Path importDir = home.resolve("data/import");
        try (InputStream realm = KeycloakServer.class.getResourceAsStream(REALM_RESOURCE)) {
            Files.createDirectories(importDir);
            Files.copy(realm, importDir.resolve("akuntara-realm.json"), StandardCopyOption.REPLACE_EXISTING);
            for (Path extra : extraImports) {
                Files.copy(extra, importDir.resolve(extra.getFileName()), StandardCopyOption.REPLACE_EXISTING);
            }
        } catch (IOException e) {
            throw new LauncherException("Berkas realm Keycloak tidak dapat dipasang: " + e.getMessage(), e);
        }
    }

    private static String script(Path home) {
        Path kc = home.resolve("bin/kc.sh");
        kc.toFile().setExecutable(true);
        return kc.toString();
    }

    @Override
    public void close() {
        process.close();
    }
}
