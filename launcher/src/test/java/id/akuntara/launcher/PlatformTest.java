package id.akuntara.launcher;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.TimeUnit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** A port held by a leftover server stops the start with a clear message, before anything is started. */
class PlatformTest {

    @AfterEach
    void bersihkan() {
        System.clearProperty("akuntara.db.port");
    }

    @Test
    void portTerpakaiDilaporkan() throws Exception {
        try (ServerSocket taken = new ServerSocket()) {
            taken.bind(new InetSocketAddress("localhost", 0));
            System.setProperty("akuntara.db.port", Integer.toString(taken.getLocalPort()));
            Platform platform = new Platform(PlatformConfig.fromEnvironment(Path.of("/tidak/ada")));
            LauncherException e = assertThrows(LauncherException.class, () -> platform.start(true, List.of()));
            assertTrue(e.getMessage().contains("Port " + taken.getLocalPort() + " untuk PostgreSQL sudah dipakai"),
                    e.getMessage());
            assertFalse(platform.adaYangBerjalan());
        }
    }

    @Test
    void anakYangMatiDilaporkanLaluSisanyaDihentikan(@TempDir Path dir) throws Exception {
        Platform platform = new Platform(PlatformConfig.fromEnvironment(dir));
        ManagedProcess wildfly = platform.started(ManagedProcess.start("WildFly", new ProcessBuilder("sleep", "300"),
                dir.resolve("wildfly.log")));
        platform.started(ManagedProcess.start("Keycloak", new ProcessBuilder("bash", "-c", "sleep 0.5; exit 137"),
                dir.resolve("keycloak.log")));
        BlockingQueue<String> lines = new ArrayBlockingQueue<>(4);

        var death = platform.awasi(lines::add);

        assertEquals("Keycloak berhenti tanpa diminta (kode keluar 137).", death.get(30, TimeUnit.SECONDS));
        assertEquals(List.of("Keycloak berhenti tanpa diminta (kode keluar 137)."), List.copyOf(lines));
        assertFalse(wildfly.isAlive(), "WildFly masih berjalan");
        assertFalse(platform.adaYangBerjalan());
    }

    @Test
    void berhentiAtasPermintaanTidakDilaporkan(@TempDir Path dir) throws Exception {
        Platform platform = new Platform(PlatformConfig.fromEnvironment(dir));
        platform.started(ManagedProcess.start("WildFly", new ProcessBuilder("sleep", "300"), dir.resolve("wildfly.log")));
        BlockingQueue<String> lines = new ArrayBlockingQueue<>(4);
        var death = platform.awasi(lines::add);

        platform.close();

        Thread.sleep(Platform.GRACE_MILLIS + 500);
        assertTrue(lines.isEmpty(), lines.toString());
        assertFalse(death.isDone());
    }
}
