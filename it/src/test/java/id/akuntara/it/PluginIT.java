package id.akuntara.it;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The deployed EAR loaded the three level plugins from its {@code lib/} (otherwise the deployment would have
 * failed) and lists them to the platform admin, each valid and active for its level.
 */
@UjiIntegrasi
class PluginIT {

    @Test
    void adminPlatformMelihatTigaPluginTingkat() {
        Api.Jawaban jawaban = Api.get("api/v1/plugin", Keycloak.token("admin.platform"));
        assertEquals(200, jawaban.status(), jawaban.body());
        JsonNode daftar = jawaban.json();
        List<String> id = new ArrayList<>();
        for (JsonNode p : daftar) {
            id.add(p.get("id").asText());
            assertEquals("SAH", p.get("status").asText(), p.toString());
            assertTrue(p.get("aktif").asBoolean(), p.toString());
            assertTrue(p.get("versi").asText().matches("\\d+\\.\\d+\\.\\d+"), p.toString());
            assertEquals(p.get("id").asText().toUpperCase(), p.get("tingkat").asText(), p.toString());
            assertTrue(p.get("masalah").isEmpty(), p.toString());
        }
        assertEquals(List.of("kabupaten", "kota", "provinsi"), id);
    }

    @Test
    void operatorPemdaDitolak403() {
        assertEquals(403, Api.get("api/v1/plugin", Keycloak.token("operator.klungkung")).status());
    }

    @Test
    void tanpaTokenDitolak401() {
        assertEquals(401, Api.get("api/v1/plugin", null).status());
    }
}
