package id.akuntara.it;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Keycloak's account REST API (what the account console uses) with the user's own token: the user may
 * change their name, but not the email or username the platform relies on (realm user profile).
 */
@UjiIntegrasi
class AkunPenggunaIT {

    private static final String USER = "uji.akun";
    private static final HttpClient HTTP = HttpClient.newHttpClient();
    private static final ObjectMapper JSON = new ObjectMapper();

    @BeforeAll
    static void penggunaUji() {
        Keycloak.ensureUser(USER, List.of("operator"), List.of("kab-klungkung"));
    }

    @Test
    void penggunaTidakDapatMengubahEmailnya() throws Exception {
        String token = Keycloak.token(USER);
        ObjectNode account = akun(token);
        String email = account.get("email").asText();

        account.put("email", "penyusup@contoh.id");
        HttpResponse<String> answer = simpan(token, account);

        assertTrue(answer.statusCode() >= 400 && answer.statusCode() < 500,
                "perubahan email diterima: HTTP " + answer.statusCode() + " " + answer.body());
        assertEquals(email, akun(token).get("email").asText());
    }

    @Test
    void penggunaTidakDapatMengubahUsernamenya() throws Exception {
        String token = Keycloak.token(USER);
        ObjectNode account = akun(token);

        account.put("username", "uji.akun-lain");
        simpan(token, account);

        assertEquals(USER, akun(token).get("username").asText());
    }

    @Test
    void penggunaMasihDapatMengubahNamanya() throws Exception {
        String token = Keycloak.token(USER);
        ObjectNode account = akun(token);

        account.put("firstName", "Nama Baru");
        HttpResponse<String> answer = simpan(token, account);

        assertEquals(204, answer.statusCode(), answer.body());
        assertEquals("Nama Baru", akun(token).get("firstName").asText());
    }

    private static ObjectNode akun(String token) throws IOException, InterruptedException {
        HttpResponse<String> answer = HTTP.send(request(token).GET().build(), HttpResponse.BodyHandlers.ofString());
        assertEquals(200, answer.statusCode(), answer.body());
        return (ObjectNode) JSON.readTree(answer.body());
    }

    private static HttpResponse<String> simpan(String token, ObjectNode account) throws IOException, InterruptedException {
        return HTTP.send(request(token).header("Content-Type", "application/json")
                        .POST(HttpRequest.BodyPublishers.ofString(JSON.writeValueAsString(account))).build(),
                HttpResponse.BodyHandlers.ofString());
    }

    private static HttpRequest.Builder request(String token) {
        return HttpRequest.newBuilder(URI.create(Keycloak.url() + "/realms/akuntara/account/"))
                .header("Authorization", "Bearer " + token).header("Accept", "application/json");
    }
}
