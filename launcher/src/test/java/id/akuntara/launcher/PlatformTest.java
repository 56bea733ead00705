package id.akuntara.launcher;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.nio.file.Path;
import java.util.List;

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
}
