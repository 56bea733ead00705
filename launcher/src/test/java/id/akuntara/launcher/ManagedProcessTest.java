package id.akuntara.launcher;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.TimeUnit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Stopping a server stops its whole process tree: nothing is left behind (Keycloak's kc.sh forks java). */
class ManagedProcessTest {

    @Test
    void menghentikanSeluruhPohonProses(@TempDir Path dir) throws Exception {
        ManagedProcess process = ManagedProcess.start("uji", new ProcessBuilder("bash", "-c",
                "sleep 300 & sleep 300 & wait"), dir.resolve("uji.log"));
        List<ProcessHandle> children = waitForChildren(process, 2);

        process.close();

        assertFalse(process.isAlive());
        for (ProcessHandle child : children) {
            assertFalse(child.isAlive(), "proses anak " + child.pid() + " masih berjalan");
        }
    }

    @Test
    void prosesYangBerhentiSaatMulaiDilaporkanDenganLognya(@TempDir Path dir) {
        ManagedProcess process = ManagedProcess.start("uji", new ProcessBuilder("bash", "-c",
                "echo 'port sudah dipakai'; exit 3"), dir.resolve("uji.log"));
        LauncherException e = assertThrows(LauncherException.class,
                () -> process.awaitReady("http://localhost:1/", Duration.ofSeconds(20)));
        assertTrue(e.getMessage().contains("kode 3"), e.getMessage());
        assertTrue(e.getMessage().contains("port sudah dipakai"), e.getMessage());
    }

    @Test
    void penandaGagalDilaporkanTanpaJejakTumpukan(@TempDir Path dir) throws Exception {
        Path marker = dir.resolve("akuntara.ear.failed");
        Files.writeString(marker, "WFLYCTL0080: Failed services\n\tat org.jboss.Foo.bar(Foo.java:1)\nCaused by: x\n");
        ManagedProcess process = ManagedProcess.start("uji", new ProcessBuilder("sleep", "30"), dir.resolve("uji.log"));
        try {
            LauncherException e = assertThrows(LauncherException.class,
                    () -> process.awaitReady("http://localhost:1/", Duration.ofSeconds(20), marker));
            assertTrue(e.getMessage().contains("WFLYCTL0080"), e.getMessage());
            assertFalse(e.getMessage().contains("Foo.java"), e.getMessage());
        } finally {
            process.close();
        }
    }

    @Test
    void prosesYangMatiSendiriDilaporkanDenganKodeKeluar(@TempDir Path dir) throws Exception {
        ManagedProcess process = ManagedProcess.start("Keycloak", new ProcessBuilder("bash", "-c", "sleep 0.3; exit 7"),
                dir.resolve("uji.log"));
        BlockingQueue<String> reports = new ArrayBlockingQueue<>(2);
        process.awasi(reports::add);

        assertEquals("Keycloak berhenti tanpa diminta (kode keluar 7).", reports.poll(20, TimeUnit.SECONDS));
        assertNull(reports.poll(500, TimeUnit.MILLISECONDS), "dilaporkan lebih dari sekali");
        process.close();
    }

    @Test
    void prosesYangDihentikanLauncherTidakDilaporkan(@TempDir Path dir) throws Exception {
        ManagedProcess process = ManagedProcess.start("WildFly", new ProcessBuilder("sleep", "300"), dir.resolve("uji.log"));
        BlockingQueue<String> reports = new ArrayBlockingQueue<>(2);
        process.awasi(reports::add);

        process.close();

        assertNull(reports.poll(1, TimeUnit.SECONDS));
    }

    private static List<ProcessHandle> waitForChildren(ManagedProcess process, int count) throws InterruptedException {
        for (int i = 0; i < 100; i++) {
            List<ProcessHandle> children = process.descendants();
            if (children.size() >= count) {
                return children;
            }
            Thread.sleep(50);
        }
        throw new AssertionError("proses anak tidak muncul");
    }
}
