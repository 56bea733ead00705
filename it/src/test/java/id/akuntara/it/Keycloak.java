package id.akuntara.it;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import id.akuntara.launcher.KeycloakAdminPassword;
import id.akuntara.launcher.PlatformConfig;
import org.keycloak.admin.client.KeycloakBuilder;
import org.keycloak.admin.client.resource.RealmResource;
import org.keycloak.representations.idm.CredentialRepresentation;
import org.keycloak.representations.idm.OrganizationRepresentation;
import org.keycloak.representations.idm.UserRepresentation;

import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.function.Function;

/** Real tokens from the test Keycloak, and test users made through the admin API. */
final class Keycloak {

    static final String PASSWORD = "akuntara";
    private static final HttpClient HTTP = HttpClient.newHttpClient();
    private static final ObjectMapper JSON = new ObjectMapper();

    private Keycloak() {
    }

    static String url() {
        return PlatformExtension.config().keycloakUrl();
    }

    /** An access token for {@code username} of {@code realm} (password grant, public client akuntara-cli). */
    static String token(String realm, String username) {
        return token(realm, username, "openid");
    }

    /** As {@link #token(String, String)} with an explicit scope, e.g. {@code organization:*} for all organizations. */
    static String token(String realm, String username, String scope) {
        String form = "grant_type=password&client_id=akuntara-cli&username=" + enc(username) + "&password=" + enc(PASSWORD)
                + "&scope=" + enc(scope);
        try {
            HttpResponse<String> response = HTTP.send(HttpRequest.newBuilder(
                            URI.create(url() + "/realms/" + realm + "/protocol/openid-connect/token"))
                    .header("Content-Type", "application/x-www-form-urlencoded")
                    .POST(HttpRequest.BodyPublishers.ofString(form)).build(), HttpResponse.BodyHandlers.ofString());
            JsonNode body = JSON.readTree(response.body());
            if (!body.hasNonNull("access_token")) {
                throw new IllegalStateException("Tidak ada token untuk " + username + ": " + response.body());
            }
            return body.get("access_token").asText();
        } catch (IOException e) {
            throw new IllegalStateException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** Runs {@code kerja} on realm akuntara as the master realm's admin (to look at what the platform made). */
    static <T> T denganAdmin(Function<RealmResource, T> kerja) {
        try (org.keycloak.admin.client.Keycloak admin = KeycloakBuilder.builder().serverUrl(url()).realm("master")
                .clientId("admin-cli").username(PlatformConfig.KEYCLOAK_ADMIN_USER).password(adminPassword()).build()) {
            return kerja.apply(admin.realm("akuntara"));
        }
    }

    /** The user's own step at the first sign-in: a new password, the required action done. */
    static void gantiSandiSepertiPengguna(String username, String sandiBaru) {
        denganAdmin(realm -> {
            String id = realm.users().searchByUsername(username, true).get(0).getId();
            CredentialRepresentation sandi = new CredentialRepresentation();
            sandi.setType(CredentialRepresentation.PASSWORD);
            sandi.setValue(sandiBaru);
            sandi.setTemporary(false);
            realm.users().get(id).resetPassword(sandi);
            UserRepresentation u = realm.users().get(id).toRepresentation();
            u.setRequiredActions(List.of());
            realm.users().get(id).update(u);
            return null;
        });
    }

    /** The password grant's raw answer (200 with a token, 400 when refused, e.g. a required action pending). */
    static HttpResponse<String> tokenDenganSandi(String username, String sandi) {
        String form = "grant_type=password&client_id=akuntara-cli&scope=openid&username=" + enc(username)
                + "&password=" + enc(sandi);
        try {
            return HTTP.send(HttpRequest.newBuilder(URI.create(url() + "/realms/akuntara/protocol/openid-connect/token"))
                    .header("Content-Type", "application/x-www-form-urlencoded")
                    .POST(HttpRequest.BodyPublishers.ofString(form)).build(), HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new IllegalStateException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    static String token(String username) {
        return token("akuntara", username);
    }

    /**
     * Makes (once) a user of realm akuntara with the given realm roles, member of the given
     * organizations (by alias). Used for the negative cases the demo realm does not contain.
     */
    static void ensureUser(String username, List<String> roles, List<String> organizationAliases) {
        try (org.keycloak.admin.client.Keycloak admin = KeycloakBuilder.builder().serverUrl(url()).realm("master")
                .clientId("admin-cli").username(PlatformConfig.KEYCLOAK_ADMIN_USER).password(adminPassword()).build()) {
            RealmResource realm = admin.realm("akuntara");
            if (!realm.users().searchByUsername(username, true).isEmpty()) {
                return;
            }
            UserRepresentation user = new UserRepresentation();
            user.setUsername(username);
            user.setEnabled(true);
            user.setEmail(username + "@uji.akuntara.id");
            user.setEmailVerified(true);
            user.setFirstName("Uji");
            user.setLastName(username);
            CredentialRepresentation password = new CredentialRepresentation();
            password.setType(CredentialRepresentation.PASSWORD);
            password.setValue(PASSWORD);
            password.setTemporary(false);
            user.setCredentials(List.of(password));
            try (var created = realm.users().create(user)) {
                if (created.getStatus() != 201) {
                    throw new IllegalStateException("Pengguna uji " + username + " gagal dibuat: " + created.getStatus());
                }
            }
            String id = realm.users().searchByUsername(username, true).get(0).getId();
            for (String role : roles) {
                realm.users().get(id).roles().realmLevel().add(List.of(realm.roles().get(role).toRepresentation()));
            }
            for (String alias : organizationAliases) {
                OrganizationRepresentation org = realm.organizations().getAll().stream()
                        .filter(o -> alias.equals(o.getAlias())).findFirst().orElseThrow();
                try (var added = realm.organizations().get(org.getId()).members().addMember(id)) {
                    if (added.getStatus() >= 300) {
                        throw new IllegalStateException("Keanggotaan " + alias + " gagal: " + added.getStatus());
                    }
                }
            }
        }
    }

    /** The bootstrap admin's password the launcher generated into the test data directory. */
    static String adminPassword() {
        return KeycloakAdminPassword.read(PlatformExtension.config().keycloakAdminPasswordFile());
    }

    /**
     * Lets the pages' client {@code akuntara-web} send the browser back to {@code appUrl} (the realm file lists the
     * default test port only; a run with other ports, e.g. {@code -Dit.http.port}, needs its own).
     */
    static void ensureRedirectUri(String appUrl) {
        try (org.keycloak.admin.client.Keycloak admin = KeycloakBuilder.builder().serverUrl(url()).realm("master")
                .clientId("admin-cli").username(PlatformConfig.KEYCLOAK_ADMIN_USER).password(adminPassword()).build()) {
            var clients = admin.realm("akuntara").clients();
            var client = clients.findByClientId("akuntara-web").get(0);
            String uri = appUrl + "*";
            if (!client.getRedirectUris().contains(uri)) {
                client.setRedirectUris(new java.util.ArrayList<>(client.getRedirectUris()));
                client.getRedirectUris().add(uri);
                clients.get(client.getId()).update(client);
            }
        }
    }

    private static String enc(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }
}
