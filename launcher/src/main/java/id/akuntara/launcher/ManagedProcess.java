package id.akuntara.launcher;

import java.io.IOException;
import java.net.HttpURLConnection;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;

/**
 * A child server process (Keycloak, WildFly) with its output in a log file. Stopping it stops its
 * whole process tree, so no process is left behind when the launcher exits.
 */
final class ManagedProcess implements AutoCloseable, Diawasi {

    private final String name;
    private final Process process;
    private final Path logFile;
    private volatile boolean stopping;

    private ManagedProcess(String name, Process process, Path logFile) {
        this.name = name;
        this.process = process;
        this.logFile = logFile;
    }

    static ManagedProcess start(String name, ProcessBuilder builder, Path logFile) {
        try {
            Files.createDirectories(logFile.getParent());
            builder.redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.appendTo(logFile.toFile()));
            return new ManagedProcess(name, builder.start(), logFile);
        } catch (IOException e) {
            throw new LauncherException(name + " tidak dapat dijalankan: " + e.getMessage(), e);
        }
    }

    /** Waits until {@code url} answers with HTTP 200, failing early when the process dies. */
    void awaitReady(String url, Duration timeout) {
        awaitReady(url, timeout, null);
    }

    /** As {@link #awaitReady(String, Duration)}, failing as soon as {@code failureMarker} exists. */
    void awaitReady(String url, Duration timeout, Path failureMarker) {
        Instant deadline = Instant.now().plus(timeout);
        while (Instant.now().isBefore(deadline)) {
            if (!process.isAlive()) {
                throw new LauncherException(name + " berhenti saat mulai (kode " + process.exitValue() + "). "
                        + "Baris terakhir " + logFile + ":\n" + tail(15));
            }
            if (failureMarker != null && Files.exists(failureMarker)) {
                throw new LauncherException(name + " gagal memasang aplikasi: "
                        + readQuietly(failureMarker) + "\nLihat " + logFile);
            }
            if (answersOk(url)) {
                return;
            }
            sleep(250);
        }
        throw new LauncherException(name + " belum siap setelah " + timeout.toSeconds() + " detik (" + url
                + "). Baris terakhir " + logFile + ":\n" + tail(15));
    }

    static boolean answersOk(String url) {
        try {
            HttpURLConnection c = (HttpURLConnection) URI.create(url).toURL().openConnection();
            c.setConnectTimeout(1000);
            c.setReadTimeout(3000);
            int status = c.getResponseCode();
            c.disconnect();
            return status == 200;
        } catch (IOException e) {
            return false;
        }
    }

    private static String readQuietly(Path file) {
        try {
            // the marker holds the whole failure with stack traces: keep the messages only
            return Files.readAllLines(file, StandardCharsets.UTF_8).stream()
                    .filter(line -> !line.isBlank() && !line.strip().startsWith("at "))
                    .limit(12).collect(java.util.stream.Collectors.joining("\n"));
        } catch (IOException e) {
            return file.toString();
        }
    }

    String tail(int lines) {
        try {
            List<String> all = Files.readAllLines(logFile, StandardCharsets.UTF_8);
            return String.join("\n", all.subList(Math.max(0, all.size() - lines), all.size()));
        } catch (IOException e) {
            return "(log tidak terbaca: " + e.getMessage() + ")";
        }
    }

    /** Reports the process ending before {@link #close()}, with its exit code (see {@link Diawasi}). */
    @Override
    public void awasi(Consumer<String> onDeath) {
        process.onExit().thenRun(() -> {
            if (!stopping) {
                Thread reporter = new Thread(() -> onDeath.accept(pesanBerhenti(name, process.exitValue())),
                        "akuntara-awasi-" + name);
                reporter.setDaemon(true);
                reporter.start();
            }
        });
    }

    static String pesanBerhenti(String name, int exitCode) {
        return name + " berhenti tanpa diminta (kode keluar " + exitCode + ").";
    }

    List<ProcessHandle> descendants() {
        return process.descendants().toList();
    }

    boolean isAlive() {
        return process.isAlive();
    }

    @Override
    public void close() {
        stopping = true;
        List<ProcessHandle> tree = process.descendants().toList();
        process.destroy();
        tree.forEach(ProcessHandle::destroy);
        try {
            if (!process.waitFor(30, TimeUnit.SECONDS)) {
                process.destroyForcibly();
            }
            for (ProcessHandle child : tree) {
                child.onExit().get(15, TimeUnit.SECONDS);
            }
        } catch (Exception e) {
            tree.forEach(ProcessHandle::destroyForcibly);
            process.destroyForcibly();
        }
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new LauncherException("Dihentikan saat menunggu server siap.");
        }
    }
}
