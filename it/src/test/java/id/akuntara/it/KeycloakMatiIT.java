package id.akuntara.it;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.RegisterExtension;

import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Keycloak goes down and comes back. Meanwhile a token the API cannot check gets 503 problem details (not 401), a
 * token whose key the API already holds is still accepted, the readiness check says which part is down (and no
 * address), and the pages answer with a 503 page in Bahasa Indonesia instead of sending the browser to a dead
 * login. Afterwards all of it recovers by itself.
 *
 * <p>Isolation: the outage is one test method that restarts Keycloak (same port, same database) in
 * {@code finally} and waits until it answers, so the test classes after it find Keycloak as before; test classes
 * run one after the other (Failsafe's default), so none runs during the outage.
 */
@UjiIntegrasi
class KeycloakMatiIT {

    private static ExtensionContext konteks;

    @RegisterExtension
    static final BeforeAllCallback KONTEKS = context -> konteks = context;

    @Test
    void apiDanHalamanMenjawab503LaluPulihSendiri() {
        String token = Keycloak.token("operator.klungkung");
        // the API holds Keycloak's signing key, the pages know its endpoints
        assertEquals(200, Api.get("api/v1/saya", token).status());
        assertEquals(302, Api.kirim("GET", "", null).statusCode());
        String kunciTakDikenal = Jwt.forgedWithUnknownKey(token);

        KeycloakMati.hentikan();
        try {
            // the server keeps its view of Keycloak for a few seconds: the outage shows after at most that long
            JsonNode id = JawabanMasalahIT.masalah(tunggu(() -> Api.kirim("GET", "api/v1/saya", kunciTakDikenal), 503),
                    503, "id");
            assertEquals("Layanan tidak tersedia", id.get("title").asText());
            assertTrue(id.get("detail").asText().contains("Layanan masuk sedang tidak tersedia"), id.toString());
            JsonNode en = JawabanMasalahIT.masalah(Api.kirim("GET", "api/v1/pemda-saya", kunciTakDikenal,
                    "Accept-Language", "en"), 503, "en");
            assertEquals("Service unavailable", en.get("title").asText());

            assertEquals(200, Api.get("api/v1/saya", token).status(), "kunci yang sudah dikenal tetap diperiksa");
            JawabanMasalahIT.masalah(Api.kirim("GET", "api/v1/saya", null), 401, "id");

            HttpResponse<String> siap = Api.kirim("GET", "api/v1/kesehatan/siap", null);
            JsonNode kesiapan = JawabanMasalahIT.masalah(siap, 503, "id");
            assertEquals("DOWN", kesiapan.get("keycloak").asText(), siap.body());
            assertEquals("UP", kesiapan.get("basisData").asText(), siap.body());
            assertFalse(siap.body().contains("http") || siap.body().contains("localhost"), siap.body());

            // the pages keep their own view of Keycloak (KetersediaanKeycloak, 3 s): it may still be "up" when the
            // outage above took less than that
            HttpResponse<String> halaman = tunggu(() -> Api.kirim("GET", "", null), 503);
            assertTrue(halaman.headers().firstValue("Content-Type").orElse("").startsWith("text/html"));
            assertTrue(halaman.body().contains("Layanan masuk sedang tidak tersedia"), halaman.body());
            HeaderKeamananIT.assertHeaderKeamanan(halaman);
        } finally {
            KeycloakMati.mulaiLagi(konteks);
        }

        HttpResponse<String> halaman = tunggu(() -> Api.kirim("GET", "", null), 302);
        assertTrue(halaman.headers().firstValue("Location").orElse("").startsWith(Keycloak.url()), halaman.headers().map().toString());
        tunggu(() -> Api.kirim("GET", "api/v1/kesehatan/siap", null), 200);
        JawabanMasalahIT.masalah(Api.kirim("GET", "api/v1/saya", kunciTakDikenal), 401, "id");
        assertEquals(200, Api.get("api/v1/saya", Keycloak.token("operator.klungkung")).status());
    }

    /** Asks until the answer has {@code status} (the server keeps its view of Keycloak for a few seconds). */
    private static HttpResponse<String> tunggu(java.util.function.Supplier<HttpResponse<String>> permintaan, int status) {
        Instant batas = Instant.now().plus(Duration.ofSeconds(20));
        HttpResponse<String> jawaban = permintaan.get();
        while (jawaban.statusCode() != status && Instant.now().isBefore(batas)) {
            try {
                Thread.sleep(500);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
            jawaban = permintaan.get();
        }
        assertEquals(status, jawaban.statusCode(), jawaban.uri() + " " + jawaban.headers().map() + " " + jawaban.body());
        return jawaban;
    }
}
