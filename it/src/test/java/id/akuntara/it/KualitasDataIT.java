package id.akuntara.it;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;

import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * {@code GET /api/v1/kualitas-data}: the tenant admin sees the data-quality findings of their own pemda only; the
 * checks run on the pemda's data as loaded at first start from the built-in packages.
 */
@UjiIntegrasi
class KualitasDataIT {

    private static final Set<String> KEPARAHAN = Set.of("GALAT", "PERINGATAN", "INFO");

    @Test
    void adminPemdaMelihatTemuanPemdanyaSendiri() {
        java.util.Map<String, String> isi = new java.util.HashMap<>();
        for (String[] kasus : new String[][] {{"admin.klungkung", "kab-klungkung"}, {"admin.kaltim", "prov-kaltim"}}) {
            Api.Jawaban jawaban = Api.get("api/v1/kualitas-data", Keycloak.token(kasus[0]));
            isi.put(kasus[1], jawaban.body());
            assertEquals(200, jawaban.status(), jawaban.body());
            JsonNode j = jawaban.json();
            assertEquals(kasus[1], j.get("pemda").asText(), j.toString());
            assertEquals(j.get("temuan").size(), j.get("jumlahTemuan").asInt());
            for (JsonNode t : j.get("temuan")) {
                assertTrue(KEPARAHAN.contains(t.get("keparahan").asText()), t.toString());
                assertTrue(!t.get("idPemeriksaan").asText().isBlank() && !t.get("deskripsi").asText().isBlank(), t.toString());
                assertTrue(t.get("rujukan").isArray(), t.toString());
            }
        }
        // Kaltim's EKPPD realisasi is the 2018 score carried forward (LKjIP 2021 Tabel 3.3): an INFO finding of
        // Kaltim's, never shown to Klungkung's admin
        assertTrue(isi.get("prov-kaltim").contains("realisasi-dibawa") && isi.get("prov-kaltim").contains("EKPPD"),
                isi.get("prov-kaltim"));
        assertTrue(!isi.get("kab-klungkung").contains("EKPPD") && !isi.get("kab-klungkung").contains("prov-kaltim"),
                isi.get("kab-klungkung"));
    }

    @Test
    void operatorDitolak403() {
        assertEquals(403, Api.get("api/v1/kualitas-data", Keycloak.token("operator.klungkung")).status());
    }

    @Test
    void tanpaTokenDitolak401() {
        assertEquals(401, Api.get("api/v1/kualitas-data", null).status());
    }
}
