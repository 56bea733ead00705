package id.akuntara.launcher;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import java.io.IOException;
import java.io.InputStream;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** The start banner: address and the demo users, read from the realm file that Keycloak imports. */
final class DemoLogins {

    private DemoLogins() {
    }

    static String banner(PlatformConfig config, Duration startTime, Optional<KeycloakAdminPassword> adminPassword) {
        StringBuilder out = new StringBuilder();
        out.append("\n================================================================\n");
        out.append(" Akuntara siap dalam ").append(startTime.toSeconds()).append(" detik: ").append(config.appUrl()).append('\n');
        out.append(" Keycloak: ").append(config.keycloakUrl()).append("/admin");
        if (config.externalKeycloakUrl().isPresent()) {
            out.append('\n');
        } else if (adminPassword.map(KeycloakAdminPassword::generated).orElse(false)) {
            out.append(" (").append(PlatformConfig.KEYCLOAK_ADMIN_USER).append(" / ")
                    .append(adminPassword.get().password()).append(")\n")
                    .append("   Kata sandi admin ini hanya ditampilkan sekali; tersimpan di ")
                    .append(config.keycloakAdminPasswordFile()).append('\n');
        } else {
            out.append(" (").append(PlatformConfig.KEYCLOAK_ADMIN_USER).append(", kata sandi di ")
                    .append(config.keycloakAdminPasswordFile()).append(")\n");
        }
        out.append(" Tekan Ctrl-C untuk menghentikan semuanya.\n\n");
        out.append(String.format(" %-28s %-12s %-20s %s%n", "Pengguna", "Kata sandi", "Pemda", "Peran"));
        for (String[] row : users()) {
            out.append(String.format(" %-28s %-12s %-20s %s%n", (Object[]) row));
        }
        out.append("================================================================\n");
        return out.toString();
    }

    /** username, password, organization, roles of every user in the demo realm. */
    static List<String[]> users() {
        try (InputStream in = DemoLogins.class.getResourceAsStream(KeycloakServer.REALM_RESOURCE)) {
            JsonNode realm = new ObjectMapper().readTree(in);
            List<String[]> rows = new ArrayList<>();
            for (JsonNode user : realm.path("users")) {
                if (user.has("serviceAccountClientId")) {
                    continue; // akuntara-admin's service account: no person signs in with it
                }
                String username = user.path("username").asText();
                rows.add(new String[] {username, user.path("credentials").path(0).path("value").asText(),
                        organizationOf(realm, username), join(user.path("realmRoles"))});
            }
            return rows;
        } catch (IOException e) {
            throw new LauncherException("Berkas realm tidak terbaca: " + e.getMessage(), e);
        }
    }

    private static String organizationOf(JsonNode realm, String username) {
        List<String> aliases = new ArrayList<>();
        for (JsonNode org : realm.path("organizations")) {
            for (JsonNode member : org.path("members")) {
                if (username.equals(member.path("username").asText())) {
                    aliases.add(org.path("alias").asText());
                }
            }
        }
        return aliases.isEmpty() ? "-" : String.join(",", aliases);
    }

    private static String join(JsonNode array) {
        List<String> values = new ArrayList<>();
        array.forEach(v -> {
            if (!v.asText().startsWith("default-roles")) {
                values.add(v.asText());
            }
        });
        return String.join(",", values);
    }
}
