package id.akuntara.web.rest;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import org.junit.jupiter.api.Test;

import java.io.StringReader;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;

class MasalahTest {

    @Test
    void bahasaIndonesiaKecualiDimintaInggris() {
        assertEquals(Masalah.Bahasa.ID, Masalah.Bahasa.dari(List.of()));
        assertEquals(Masalah.Bahasa.ID, Masalah.Bahasa.dari(List.of(Locale.FRENCH)));
        assertEquals(Masalah.Bahasa.EN, Masalah.Bahasa.dari(List.of(Locale.forLanguageTag("en-GB"))));
        assertEquals(Masalah.Bahasa.ID, Masalah.Bahasa.dari(List.of(Locale.forLanguageTag("id-ID"), Locale.ENGLISH)));
        assertEquals(Masalah.Bahasa.EN, Masalah.Bahasa.dari(List.of(Locale.GERMAN, Locale.ENGLISH)));
    }

    @Test
    void rfc9457() {
        JsonObject json = baca(Masalah.untuk(401, "/api/v1/saya", Masalah.Bahasa.ID).json());
        assertEquals("urn:akuntara:masalah:belum-masuk", json.getString("type"));
        assertEquals("Belum terautentikasi", json.getString("title"));
        assertEquals(401, json.getInt("status"));
        assertEquals("/api/v1/saya", json.getString("instance"));
        assertEquals("Not found", baca(Masalah.untuk(404, "/x", Masalah.Bahasa.EN).json()).getString("title"));
        assertEquals(409, baca(Masalah.untuk(409, null, Masalah.Bahasa.ID).json()).getInt("status"));
    }

    @Test
    void anggotaTambahan() {
        JsonObject json = baca(Masalah.untuk(503, "/api/v1/kesehatan/siap", Masalah.Bahasa.ID)
                .denganTambahan(Map.of("keycloak", "DOWN")).json());
        assertEquals("DOWN", json.getString("keycloak"));
        assertEquals(503, json.getInt("status"));
    }

    private static JsonObject baca(String json) {
        return Json.createReader(new StringReader(json)).readObject();
    }
}
