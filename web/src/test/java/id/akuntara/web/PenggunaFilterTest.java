package id.akuntara.web;

import id.akuntara.web.security.PenggunaFilter;
import jakarta.json.Json;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** Keycloak writes the organization claim as a list of aliases, or as an object keyed by alias. */
class PenggunaFilterTest {

    @Test
    void daftarAlias() {
        assertEquals(List.of("kab-klungkung"), PenggunaFilter.organisasi(List.of("kab-klungkung")));
    }

    @Test
    void daftarJson() {
        assertEquals(List.of("kab-klungkung", "prov-kaltim"), PenggunaFilter.organisasi(
                Json.createArrayBuilder().add("kab-klungkung").add("prov-kaltim").build()));
    }

    @Test
    void objekDenganAtribut() {
        assertEquals(List.of("prov-kaltim"), PenggunaFilter.organisasi(Map.of("prov-kaltim", Map.of("id", "x"))));
    }

    @Test
    void tanpaKlaim() {
        assertEquals(List.of(), PenggunaFilter.organisasi(null));
    }
}
