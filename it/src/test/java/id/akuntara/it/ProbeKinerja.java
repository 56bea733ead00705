package id.akuntara.it;

import com.fasterxml.jackson.databind.JsonNode;

import java.net.http.HttpResponse;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The probe's rows for the figures. {@link #siapkan} fixes 2021 for A and for B first (201 with the snapshot's data,
 * or 409 if already fixed), so every later call finds the year fixed whatever the order of the tests: pimpinan then
 * gets 409 (role passes, the year is fixed) and the differences answer 200. A trace id is one of A's figures: B's
 * users get 404 unless B's figures have the same id.
 */
final class ProbeKinerja implements BagianProbe {

    static String idJejakA;
    private static boolean bPunyaJejakA;

    @Override
    public void siapkan() {
        for (String[] p : new String[][] {{"pimpinan.pangkalpinang", PEMDA_A}, {"pimpinan.kaltim", PEMDA_B}}) {
            HttpResponse<String> jawaban = Api.kirim("POST", "api/v1/kinerja/" + TAHUN_A + "/penetapan", Keycloak.token(p[0]));
            JsonNode json = Api.json(jawaban);
            if (jawaban.statusCode() == 201) {
                assertEquals(p[1], json.get("pemda").asText(), jawaban.body());
                assertEquals(TAHUN_A, json.get("tahun").asInt(), jawaban.body());
                assertEquals(p[0], json.get("ditetapkanOleh").asText(), jawaban.body());
                assertTrue(json.get("sidikMasukan").asText().matches("[0-9a-f]{64}"), jawaban.body());
                assertFalse(json.get("versiAturan").asText().isBlank(), jawaban.body());
                assertFalse(json.get("ditetapkanPada").asText().isBlank(), jawaban.body());
                assertTrue(jawaban.headers().firstValue("Location").orElse("").endsWith("/api/v1/kinerja/" + TAHUN_A),
                        jawaban.headers().toString());
            } else {
                assertEquals(409, jawaban.statusCode(), jawaban.body());
                assertEquals("urn:akuntara:masalah:konflik", json.get("type").asText(), jawaban.body());
            }
        }
        JsonNode a = Api.get("api/v1/kinerja/" + TAHUN_A, Keycloak.token("operator.pangkalpinang")).json();
        idJejakA = a.get("jejak").get(0).get("id").asText();
        assertTrue(idJejakA.contains("/"), idJejakA);
        JsonNode b = Api.get("api/v1/kinerja/" + TAHUN_A, Keycloak.token("operator.kaltim")).json();
        for (JsonNode j : b.get("jejak")) {
            bPunyaJejakA |= j.get("id").asText().equals(idJejakA);
        }
    }

    @Override
    public Map<String, Aturan> baris() {
        Map<String, Aturan> m = new LinkedHashMap<>();
        m.put("GET /v1/kinerja/{tahun}", Aturan.milikSendiri(PEMDA, 200));
        m.put("GET /v1/kinerja/{tahun}/jejak/{id}", Aturan.rekamanA(PEMDA, 200).denganSuksesB(bPunyaJejakA ? 200 : 404));
        // the year is fixed in siapkan(): the role passes and the domain refuses a second fixing
        m.put("POST /v1/kinerja/{tahun}/penetapan", Aturan.milikSendiri(Set.of("pimpinan"), 409));
        m.put("GET /v1/kinerja/{tahun}/selisih", Aturan.milikSendiri(Set.of("admin-pemda", "pimpinan"), 200));
        m.put("GET /v1/kinerja/{tahun}/anggaran", Aturan.milikSendiri(PEMDA, 200));
        m.put("GET /v1/kinerja/{tahun}/sebaran", Aturan.milikSendiri(PEMDA, 200));
        return m;
    }

    @Override
    public String alamat(String operasi) {
        return BagianProbe.super.alamat(operasi).replace("{id}", idJejakA);
    }
}
