package id.akuntara.keycloak;

import com.sun.net.httpserver.HttpServer;
import id.akuntara.core.galat.LayananTidakTersediaException;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.atomic.AtomicInteger;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The two ways the admin API can fail the users page, over real HTTP: nothing listening (Keycloak down: wait and try
 * again) and a token endpoint that refuses the service account (wrong secret: the platform operator must act). Both
 * are 503 with nothing changed, but the message tells the admin which one it is.
 */
class DirektoriKeycloakGangguanTest {

    private HttpServer server;

    @AfterEach
    void hentikan() {
        if (server != null) {
            server.stop(0);
        }
    }

    @Test
    void keycloakTidakMenjawabBerartiCobaLagiNanti() throws IOException {
        int portKosong;
        try (ServerSocket s = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            portKosong = s.getLocalPort();
        }
        DirektoriKeycloak direktori = direktori("http://127.0.0.1:" + portKosong);

        LayananTidakTersediaException e = assertThrows(LayananTidakTersediaException.class,
                () -> direktori.daftar("kab-klungkung"));

        assertTrue(e.getMessage().contains("tidak dapat dihubungi"), e.getMessage());
        assertTrue(e.pesanEn().contains("cannot be reached"), e.pesanEn());
    }

    @Test
    void rahasiaAkunLayananDitolakDisebutDanBukanKeycloakMati() throws IOException {
        AtomicInteger permintaanToken = new AtomicInteger();
        server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        server.createContext("/realms/akuntara/protocol/openid-connect/token", tukar -> {
            permintaanToken.incrementAndGet();
            byte[] isi = "{\"error\":\"unauthorized_client\",\"error_description\":\"Invalid client or Invalid client credentials\"}"
                    .getBytes(StandardCharsets.UTF_8);
            tukar.getResponseHeaders().add("Content-Type", "application/json");
            tukar.sendResponseHeaders(401, isi.length);
            try (OutputStream out = tukar.getResponseBody()) {
                out.write(isi);
            }
        });
        server.start();
        DirektoriKeycloak direktori = direktori("http://127.0.0.1:" + server.getAddress().getPort());

        LayananTidakTersediaException e = assertThrows(LayananTidakTersediaException.class,
                () -> direktori.daftar("kab-klungkung"));

        assertTrue(e.getMessage().contains("menolak akun layanan"), e.getMessage());
        assertTrue(e.getMessage().contains("Hubungi admin platform"), e.getMessage());
        assertTrue(e.pesanEn().contains("refused Akuntara's service account"), e.pesanEn());
        assertTrue(permintaanToken.get() >= 1, "the token endpoint was asked");
    }

    private static DirektoriKeycloak direktori(String url) {
        return new DirektoriKeycloak(new PengaturanKeycloakAdmin(url, "akuntara", "akuntara-admin", "rahasia-salah"));
    }
}
