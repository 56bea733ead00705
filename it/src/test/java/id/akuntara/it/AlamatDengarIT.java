package id.akuntara.it;

import id.akuntara.launcher.PlatformConfig;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

/**
 * What the running platform listens on: every listening TCP socket of PostgreSQL, Keycloak and
 * WildFly (found through /proc: the processes' socket file descriptors matched against
 * /proc/net/tcp and tcp6) is bound to 127.0.0.1, and there is no cluster transport (JGroups 7800,
 * its failure detection 57800).
 */
@UjiIntegrasi
class AlamatDengarIT {

    private static final Set<String> LOOPBACK = Set.of("127.0.0.1", "::ffff:127.0.0.1");

    /** One listening socket: who, address, port. */
    record Dengar(String proses, long pid, String alamat, int port) {
        @Override
        public String toString() {
            return proses + "(" + pid + ") " + alamat + ":" + port;
        }
    }

    @Test
    void setiapServerHanyaMendengarDiLoopback() throws IOException {
        PlatformConfig config = PlatformExtension.config();
        Map<String, List<ProcessHandle>> servers = new HashMap<>();
        servers.put("PostgreSQL", List.of(postmaster(config)));
        // kc.sh and its java (Quarkus); WildFly's command line names Keycloak's URL, so match on the main classes
        servers.put("Keycloak", children(cmd -> cmd.contains("bin/kc.sh") || cmd.contains("QuarkusEntryPoint")));
        servers.put("WildFly", children(cmd -> cmd.contains("jboss-modules.jar")));
        servers.forEach((name, handles) -> assertFalse(handles.isEmpty(), name + " tidak ditemukan"));

        Map<Long, Dengar> listening = listeningSockets();
        List<Dengar> found = new ArrayList<>();
        for (var server : servers.entrySet()) {
            for (ProcessHandle handle : server.getValue()) {
                for (long inode : socketInodes(handle.pid())) {
                    Dengar socket = listening.get(inode);
                    if (socket != null) {
                        found.add(new Dengar(server.getKey(), handle.pid(), socket.alamat(), socket.port()));
                    }
                }
            }
        }
        System.out.println("[AlamatDengarIT] soket yang mendengar: " + found);

        for (Dengar socket : found) {
            assertTrue(LOOPBACK.contains(socket.alamat()), "tidak hanya loopback: " + socket);
            assertFalse(socket.port() == 7800 || socket.port() == 57800
                    || (socket.port() > 7800 && socket.port() < 7900) || (socket.port() > 57800 && socket.port() < 57900),
                    "port transport kluster terbuka: " + socket);
        }
        assertPort(found, "PostgreSQL", config.dbPort());
        assertPort(found, "Keycloak", config.keycloakPort());
        assertPort(found, "WildFly", config.httpPort());
        assertPort(found, "WildFly", config.managementPort());
    }

    private static void assertPort(List<Dengar> found, String server, int port) {
        assertEquals(1, found.stream().filter(s -> s.proses().equals(server) && s.port() == port).count(),
                server + " tidak mendengar di port " + port + " (tepat sekali): " + found);
    }

    /** PostgreSQL runs detached (pg_ctl): its postmaster's PID is the first line of postmaster.pid. */
    private static ProcessHandle postmaster(PlatformConfig config) throws IOException {
        String pid = Files.readAllLines(config.dataDir().resolve("postgres/postmaster.pid")).get(0).strip();
        Optional<ProcessHandle> handle = ProcessHandle.of(Long.parseLong(pid));
        return handle.orElseThrow(() -> new AssertionError("postmaster " + pid + " tidak berjalan"));
    }

    /** Descendants of this test JVM (Keycloak from PlatformExtension, WildFly from Arquillian) by command line. */
    private static List<ProcessHandle> children(java.util.function.Predicate<String> commandLine) {
        return ProcessHandle.current().descendants()
                .filter(p -> commandLine.test(commandLine(p.pid())))
                .toList();
    }

    private static String commandLine(long pid) {
        try {
            return new String(Files.readAllBytes(Path.of("/proc/" + pid + "/cmdline"))).replace('\0', ' ');
        } catch (IOException e) {
            return "";
        }
    }

    private static Set<Long> socketInodes(long pid) throws IOException {
        Pattern socket = Pattern.compile("socket:\\[(\\d+)]");
        Set<Long> inodes = new HashSet<>();
        try (Stream<Path> fds = Files.list(Path.of("/proc/" + pid + "/fd"))) {
            for (Path fd : (Iterable<Path>) fds::iterator) {
                try {
                    Matcher m = socket.matcher(Files.readSymbolicLink(fd).toString());
                    if (m.matches()) {
                        inodes.add(Long.parseLong(m.group(1)));
                    }
                } catch (IOException closedMeanwhile) {
                    // the descriptor was closed while listing
                }
            }
        }
        return inodes;
    }

    /** Listening sockets (state 0A) of /proc/net/tcp and tcp6 by inode. */
    static Map<Long, Dengar> listeningSockets() throws IOException {
        Map<Long, Dengar> byInode = new HashMap<>();
        for (String table : List.of("/proc/net/tcp", "/proc/net/tcp6")) {
            Path file = Path.of(table);
            if (!Files.exists(file)) {
                if (table.endsWith("tcp")) {
                    fail("Tidak ada " + table + ": uji ini butuh Linux");
                }
                continue;
            }
            List<String> lines = Files.readAllLines(file);
            for (String line : lines.subList(1, lines.size())) {
                String[] f = line.trim().split("\\s+");
                if (!f[3].equals("0A")) {
                    continue;
                }
                String[] local = f[1].split(":");
                byInode.put(Long.parseLong(f[9]), new Dengar("?", 0, address(local[0]), Integer.parseInt(local[1], 16)));
            }
        }
        return byInode;
    }

    /** /proc/net's hex address: 32-bit words in host (little-endian) byte order. */
    static String address(String hex) {
        byte[] bytes = new byte[hex.length() / 2];
        for (int word = 0; word < bytes.length / 4; word++) {
            for (int i = 0; i < 4; i++) {
                bytes[word * 4 + i] = (byte) Integer.parseInt(hex.substring(word * 8 + (3 - i) * 2, word * 8 + (3 - i) * 2 + 2), 16);
            }
        }
        if (bytes.length == 4) {
            return (bytes[0] & 0xff) + "." + (bytes[1] & 0xff) + "." + (bytes[2] & 0xff) + "." + (bytes[3] & 0xff);
        }
        boolean mapped = true;
        for (int i = 0; i < 10; i++) {
            mapped &= bytes[i] == 0;
        }
        mapped &= bytes[10] == (byte) 0xff && bytes[11] == (byte) 0xff;
        if (mapped) {
            return "::ffff:" + (bytes[12] & 0xff) + "." + (bytes[13] & 0xff) + "." + (bytes[14] & 0xff) + "." + (bytes[15] & 0xff);
        }
        try {
            return java.net.InetAddress.getByAddress(bytes).getHostAddress();
        } catch (java.net.UnknownHostException e) {
            throw new IllegalStateException(e);
        }
    }
}
