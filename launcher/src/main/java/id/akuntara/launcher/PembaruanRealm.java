package id.akuntara.launcher;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Brings a realm {@code akuntara} made by an earlier version up to the realm file. Keycloak imports the realm file only
 * when the realm does not exist yet (the first start with a fresh data directory), so a data directory from before
 * the users page (issue 13) lacks its service-account client {@code akuntara-admin}, that account's
 * {@code realm-management} roles and the user-profile attributes {@code nip} and {@code pembuatanTertunda}; the users
 * page then answers 503.
 *
 * <p>Only what is missing is added: clients by a partial import that skips every client that exists, the service
 * accounts' client roles, and the user-profile attributes the realm does not have. Nothing that exists is changed or
 * removed, so users, passwords and settings made since stay as they are. Signs in to Keycloak's master realm as its
 * bootstrap admin; when that fails (a password changed in the console) the caller says so and the platform runs on.
 */
final class PembaruanRealm {

    private static final String REALM = "akuntara";

    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    private final ObjectMapper json = new ObjectMapper();
    private final String baseUrl;
    private String token;

    PembaruanRealm(String baseUrl) {
        this.baseUrl = baseUrl.endsWith("/") ? baseUrl.substring(0, baseUrl.length() - 1) : baseUrl;
    }

    /** Adds what the realm file has and the realm lacks; returns what was added, empty when nothing was missing. */
    List<String> perbarui(String adminUser, String adminPassword) throws IOException, InterruptedException {
        JsonNode berkas;
        try (InputStream in = PembaruanRealm.class.getResourceAsStream(KeycloakServer.REALM_RESOURCE)) {
            berkas = json.readTree(in);
        }
        masuk(adminUser, adminPassword);
        List<String> ditambah = new ArrayList<>();
        tambahKlien(berkas, ditambah);
        tambahAtributProfil(berkas, ditambah);
        return ditambah;
    }

    private void masuk(String adminUser, String adminPassword) throws IOException, InterruptedException {
        String form = "grant_type=password&client_id=admin-cli&username=" + enc(adminUser) + "&password=" + enc(adminPassword);
        HttpResponse<String> r = http.send(HttpRequest.newBuilder(URI.create(baseUrl + "/realms/master/protocol/openid-connect/token"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form)).build(), HttpResponse.BodyHandlers.ofString());
        periksa(r, "masuk sebagai admin Keycloak");
        token = json.readTree(r.body()).path("access_token").asText();
    }

    /** The realm file's clients the realm lacks, with their service accounts and those accounts' client roles. */
    private void tambahKlien(JsonNode berkas, List<String> ditambah) throws IOException, InterruptedException {
        Set<String> ada = new HashSet<>();
        for (JsonNode c : get("/clients?briefRepresentation=true")) {
            ada.add(c.path("clientId").asText());
        }
        ArrayNode klienBaru = json.createArrayNode();
        for (JsonNode c : berkas.path("clients")) {
            if (!ada.contains(c.path("clientId").asText())) {
                klienBaru.add(c);
            }
        }
        if (klienBaru.isEmpty()) {
            return;
        }
        ObjectNode impor = json.createObjectNode().put("ifResourceExists", "SKIP");
        impor.set("clients", klienBaru);
        kirim("POST", "/partialImport", impor);
        for (JsonNode c : klienBaru) {
            String clientId = c.path("clientId").asText();
            ditambah.add("klien " + clientId);
            for (JsonNode u : berkas.path("users")) {
                if (clientId.equals(u.path("serviceAccountClientId").asText())) {
                    beriPeranKlien(clientId, u.path("clientRoles"));
                }
            }
        }
    }

    /** Maps a service account to its client roles as the realm file names them (e.g. realm-management). */
    private void beriPeranKlien(String clientId, JsonNode peranKlien) throws IOException, InterruptedException {
        String idKlien = idKlien(clientId);
        String idPengguna = get("/clients/" + idKlien + "/service-account-user").path("id").asText();
        Iterator<Map.Entry<String, JsonNode>> it = peranKlien.fields();
        while (it.hasNext()) {
            Map.Entry<String, JsonNode> e = it.next();
            String idPemilik = idKlien(e.getKey());
            ArrayNode peran = json.createArrayNode();
            for (JsonNode nama : e.getValue()) {
                peran.add(get("/clients/" + idPemilik + "/roles/" + enc(nama.asText())));
            }
            kirim("POST", "/users/" + idPengguna + "/role-mappings/clients/" + idPemilik, peran);
        }
    }

    /** The user-profile attributes of the realm file the realm's profile lacks, appended; the others untouched. */
    private void tambahAtributProfil(JsonNode berkas, List<String> ditambah) throws IOException, InterruptedException {
        JsonNode komponen = berkas.path("components").path("org.keycloak.userprofile.UserProfileProvider");
        if (komponen.isEmpty()) {
            return;
        }
        JsonNode profilBerkas = json.readTree(komponen.get(0).path("config").path("kc.user.profile.config").get(0).asText());
        ObjectNode profil = (ObjectNode) get("/users/profile");
        ArrayNode atribut = (ArrayNode) profil.path("attributes");
        Set<String> ada = new HashSet<>();
        atribut.forEach(a -> ada.add(a.path("name").asText()));
        boolean berubah = false;
        for (JsonNode a : profilBerkas.path("attributes")) {
            if (!ada.contains(a.path("name").asText())) {
                atribut.add(a);
                ditambah.add("atribut profil " + a.path("name").asText());
                berubah = true;
            }
        }
        if (berubah) {
            kirim("PUT", "/users/profile", profil);
        }
    }

    private String idKlien(String clientId) throws IOException, InterruptedException {
        JsonNode daftar = get("/clients?clientId=" + enc(clientId));
        if (daftar.isEmpty()) {
            throw new IOException("klien " + clientId + " tidak ada di realm " + REALM);
        }
        return daftar.get(0).path("id").asText();
    }

    private JsonNode get(String jalur) throws IOException, InterruptedException {
        HttpResponse<String> r = http.send(admin(jalur).GET().build(), HttpResponse.BodyHandlers.ofString());
        periksa(r, "GET " + jalur);
        return json.readTree(r.body());
    }

    private void kirim(String metode, String jalur, JsonNode isi) throws IOException, InterruptedException {
        HttpResponse<String> r = http.send(admin(jalur).header("Content-Type", "application/json")
                .method(metode, HttpRequest.BodyPublishers.ofString(json.writeValueAsString(isi))).build(),
                HttpResponse.BodyHandlers.ofString());
        periksa(r, metode + " " + jalur);
    }

    private HttpRequest.Builder admin(String jalur) {
        return HttpRequest.newBuilder(URI.create(baseUrl + "/admin/realms/" + REALM + jalur))
                .header("Authorization", "Bearer " + token).timeout(Duration.ofSeconds(30));
    }

    private static void periksa(HttpResponse<String> r, String apa) throws IOException {
        if (r.statusCode() / 100 != 2) {
            throw new IOException(apa + ": HTTP " + r.statusCode() + " " + r.body());
        }
    }

    private static String enc(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8);
    }
}
