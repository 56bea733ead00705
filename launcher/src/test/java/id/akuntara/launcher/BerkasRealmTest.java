package id.akuntara.launcher;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;

import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The realm file: the identity attributes the platform relies on (username, email) are edited by
 * admins only, never by users in Keycloak's account console; the access-token lifetime is explicit.
 */
class BerkasRealmTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    @Test
    void penggunaTidakDapatMengubahUsernameDanEmail() throws Exception {
        JsonNode profile = userProfile();
        assertEquals(List.of("admin"), edit(profile, "username"));
        assertEquals(List.of("admin"), edit(profile, "email"));
        assertEquals(List.of("admin", "user"), edit(profile, "firstName"));
        assertEquals(List.of("admin", "user"), edit(profile, "lastName"));
        assertFalse(realm().path("editUsernameAllowed").asBoolean(true));
        assertTrue(profile.path("unmanagedAttributePolicy").isMissingNode(), "atribut tak terkelola harus mati");
    }

    @Test
    void akunLayananAdminPenggunaDenganHakTersempit() throws Exception {
        // issue 13: the user directory's adapter (module keycloak-admin) signs in as akuntara-admin's service account;
        // docs/keycloak-admin.md explains why exactly these two realm-management roles
        JsonNode klien = null;
        for (JsonNode c : realm().path("clients")) {
            if ("akuntara-admin".equals(c.path("clientId").asText())) {
                klien = c;
            }
        }
        assertTrue(klien != null, "klien akuntara-admin tidak ada");
        assertTrue(klien.path("serviceAccountsEnabled").asBoolean());
        assertFalse(klien.path("publicClient").asBoolean(true));
        assertFalse(klien.path("standardFlowEnabled").asBoolean(true));
        assertFalse(klien.path("directAccessGrantsEnabled").asBoolean(true));
        JsonNode akun = null;
        for (JsonNode u : realm().path("users")) {
            if ("akuntara-admin".equals(u.path("serviceAccountClientId").asText())) {
                akun = u;
            }
        }
        assertTrue(akun != null, "akun layanan akuntara-admin tidak ada");
        List<String> hak = new ArrayList<>();
        akun.path("clientRoles").path("realm-management").forEach(r -> hak.add(r.asText()));
        assertEquals(List.of("manage-users", "manage-organizations"), hak);
        assertEquals(1, akun.path("clientRoles").size(), "hanya realm-management");
        assertEquals(List.of("admin"), edit(userProfile(), "nip"));
        assertEquals(List.of("admin"), edit(userProfile(), "pembuatanTertunda"));
    }

    @Test
    void umurTokenAksesTertulis() throws Exception {
        // docs/operations.md: a disabled user's API token works until it expires, at most this long
        assertEquals(300, realm().path("accessTokenLifespan").asInt(-1));
    }

    private static List<String> edit(JsonNode profile, String attribute) {
        for (JsonNode a : profile.path("attributes")) {
            if (attribute.equals(a.path("name").asText())) {
                List<String> roles = new ArrayList<>();
                a.path("permissions").path("edit").forEach(r -> roles.add(r.asText()));
                return roles;
            }
        }
        throw new AssertionError("atribut " + attribute + " tidak ada di profil pengguna");
    }

    private static JsonNode userProfile() throws Exception {
        JsonNode provider = realm().path("components").path("org.keycloak.userprofile.UserProfileProvider").path(0);
        assertEquals("declarative-user-profile", provider.path("providerId").asText());
        return JSON.readTree(provider.path("config").path("kc.user.profile.config").path(0).asText());
    }

    private static JsonNode realm() throws Exception {
        try (InputStream in = BerkasRealmTest.class.getResourceAsStream(KeycloakServer.REALM_RESOURCE)) {
            return JSON.readTree(in);
        }
    }
}
