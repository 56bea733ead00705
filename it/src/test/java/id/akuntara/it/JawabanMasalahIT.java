package id.akuntara.it;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

import java.net.http.HttpResponse;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Every error of the API is RFC 9457 problem details, in Bahasa Indonesia or, when asked, in English — also the
 * ones the container answers before JAX-RS (401, 403 of a constraint, 404 outside /v1). The health endpoints
 * answer HEAD and OPTIONS too, and the readiness answer names no address.
 */
@UjiIntegrasi
class JawabanMasalahIT {

    @ParameterizedTest
    @CsvSource({
            // status, method, path, token of, title id, title en
            "401, GET, api/v1/saya, , Belum terautentikasi, Not authenticated",
            "401, GET, api/v1/saya, palsu, Belum terautentikasi, Not authenticated",
            "401, GET, api/tidak-ada, , Belum terautentikasi, Not authenticated",
            "403, GET, api/v1/plugin, operator.klungkung, Akses ditolak, Access denied",
            "403, GET, api/v1/pemda-saya, kementerian, Akses ditolak, Access denied",
            "403, POST, api/v1/kesehatan, , Akses ditolak, Access denied",
            "404, GET, api/v1/tidak-ada, operator.klungkung, Tidak ditemukan, Not found",
            "404, GET, api/tidak-ada, operator.klungkung, Tidak ditemukan, Not found",
            "405, DELETE, api/v1/saya, operator.klungkung, Metode tidak diizinkan, Method not allowed"})
    void masalahDalamDuaBahasa(int status, String method, String path, String pengguna, String judulId, String judulEn) {
        String token = pengguna == null ? null
                : "palsu".equals(pengguna) ? Jwt.forged(Keycloak.token("operator.klungkung")) : Keycloak.token(pengguna);
        JsonNode id = masalah(Api.kirim(method, path, token), status, "id");
        assertEquals(judulId, id.get("title").asText(), id.toString());
        JsonNode idDiminta = masalah(Api.kirim(method, path, token, "Accept-Language", "id-ID,id;q=0.9,en;q=0.5"), status, "id");
        assertEquals(judulId, idDiminta.get("title").asText(), idDiminta.toString());
        JsonNode en = masalah(Api.kirim(method, path, token, "Accept-Language", "en"), status, "en");
        assertEquals(judulEn, en.get("title").asText(), en.toString());
        assertFalse(en.get("detail").asText().equals(id.get("detail").asText()), en.toString());
    }

    @Test
    void rincian403TenantDalamDuaBahasa() {
        Keycloak.ensureUser("uji.tanpa-pemda", java.util.List.of("operator"), java.util.List.of());
        String token = Keycloak.token("uji.tanpa-pemda");
        JsonNode id = masalah(Api.kirim("GET", "api/v1/pemda-saya", token), 403, "id");
        assertTrue(id.get("detail").asText().contains("tidak terdaftar pada pemda mana pun"), id.toString());
        JsonNode en = masalah(Api.kirim("GET", "api/v1/pemda-saya", token, "Accept-Language", "en-US"), 403, "en");
        assertTrue(en.get("detail").asText().startsWith("Access denied"), en.toString());
    }

    @ParameterizedTest
    @ValueSource(strings = {"api/v1/kesehatan", "api/v1/kesehatan/siap"})
    void kesehatanMenjawabHeadDanOptions(String path) {
        HttpResponse<String> head = Api.kirim("HEAD", path, null);
        assertEquals(200, head.statusCode(), head.headers().map().toString());
        assertEquals("", head.body());
        HttpResponse<String> options = Api.kirim("OPTIONS", path, null);
        assertEquals(200, options.statusCode(), options.body());
        assertTrue(options.headers().firstValue("Allow").orElse("").contains("GET"), options.headers().map().toString());
    }

    @Test
    void kesiapanTidakMenyebutAlamat() {
        HttpResponse<String> siap = Api.kirim("GET", "api/v1/kesehatan/siap", null);
        assertEquals(200, siap.statusCode(), siap.body());
        assertFalse(siap.body().contains("http") || siap.body().contains("localhost") || siap.body().contains("realms"),
                siap.body());
        JsonNode json = Api.json(siap);
        assertEquals("UP", json.get("keycloak").asText());
        assertEquals("UP", json.get("basisData").asText());
    }

    /** Checks a problem-details answer and returns its body. */
    static JsonNode masalah(HttpResponse<String> jawaban, int status, String bahasa) {
        String apa = jawaban.request().method() + " " + jawaban.uri() + " → " + jawaban.statusCode() + " "
                + jawaban.headers().map() + " " + jawaban.body();
        assertEquals(status, jawaban.statusCode(), apa);
        assertTrue(jawaban.headers().firstValue("Content-Type").orElse("").startsWith("application/problem+json"), apa);
        assertEquals(bahasa, jawaban.headers().firstValue("Content-Language").orElse(null), apa);
        JsonNode json = Api.json(jawaban);
        assertEquals(status, json.get("status").asInt(), apa);
        assertTrue(json.get("type").asText().startsWith("urn:akuntara:masalah:"), apa);
        assertFalse(json.get("title").asText().isBlank(), apa);
        assertFalse(json.get("detail").asText().isBlank(), apa);
        assertTrue(json.get("instance").asText().startsWith("/api/"), apa);
        return json;
    }
}
