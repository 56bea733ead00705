package id.akuntara.it;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The login rules of the REST API against the deployed EAR with real Keycloak tokens: no token,
 * a forged or tampered token and a token of another realm get 401; a valid token without the needed
 * role gets 403; the tenant comes from the token's organization claim only, and a user of no or
 * several pemda is refused tenant data.
 */
@UjiIntegrasi
class KeamananApiIT {

    /** Every endpoint that needs a token. Health endpoints are public on purpose. */
    static final List<String> ENDPOINT_TERLINDUNG = List.of("api/v1/saya", "api/v1/pemda-saya", "api/v1/plugin",
            "api/v1/kualitas-data");

    @BeforeAll
    static void penggunaUji() {
        Keycloak.ensureUser("uji.tanpa-peran", List.of(), List.of("kab-klungkung"));
        Keycloak.ensureUser("uji.tanpa-pemda", List.of("operator"), List.of());
        Keycloak.ensureUser("uji.dua-pemda", List.of("operator"), List.of("kota-pangkalpinang", "kab-klungkung"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"api/v1/saya", "api/v1/pemda-saya"})
    void tanpaTokenDitolak401(String endpoint) {
        assertEquals(401, Api.get(endpoint, null).status());
    }

    @Test
    void setiapEndpointTerlindungDiuji() {
        for (String endpoint : ENDPOINT_TERLINDUNG) {
            assertEquals(401, Api.get(endpoint, null).status(), endpoint);
            assertEquals(401, Api.get(endpoint, "bukan.token.sah").status(), endpoint);
        }
    }

    @Test
    void tokenPalsuDitolak401() {
        String forged = Jwt.forged(Keycloak.token("operator.klungkung"));
        for (String endpoint : ENDPOINT_TERLINDUNG) {
            assertEquals(401, Api.get(endpoint, forged).status(), endpoint);
        }
    }

    @Test
    void tokenYangDiubahDitolak401() {
        String tampered = Jwt.tampered(Keycloak.token("operator.klungkung"), "kab-klungkung", "prov-kaltim");
        for (String endpoint : ENDPOINT_TERLINDUNG) {
            assertEquals(401, Api.get(endpoint, tampered).status(), endpoint);
        }
    }

    @Test
    void tokenRealmLainDitolak401() {
        String otherRealm = Keycloak.token("lain", "operator.klungkung");
        for (String endpoint : ENDPOINT_TERLINDUNG) {
            assertEquals(401, Api.get(endpoint, otherRealm).status(), endpoint);
        }
    }

    @Test
    void tokenTanpaPeranDitolak403() {
        String token = Keycloak.token("uji.tanpa-peran");
        for (String endpoint : ENDPOINT_TERLINDUNG) {
            Api.Jawaban jawaban = Api.get(endpoint, token);
            assertEquals(403, jawaban.status(), endpoint);
            assertTrue(jawaban.json().get("detail").asText().startsWith("Akses ditolak"), jawaban.body());
        }
    }

    @Test
    void kementerianTidakMembacaDataPemda() {
        String token = Keycloak.token("kementerian");
        Api.Jawaban saya = Api.get("api/v1/saya", token);
        assertEquals(200, saya.status());
        assertTrue(saya.json().get("pemda") == null || saya.json().get("pemda").isNull(), saya.body());
        assertEquals(403, Api.get("api/v1/pemda-saya", token).status());
    }

    @Test
    void penggunaTanpaPemdaDitolak() {
        Api.Jawaban jawaban = Api.get("api/v1/pemda-saya", Keycloak.token("uji.tanpa-pemda"));
        assertEquals(403, jawaban.status());
        assertTrue(jawaban.json().get("detail").asText().contains("tidak terdaftar pada pemda mana pun"), jawaban.body());
    }

    @Test
    void penggunaDuaPemdaDitolak() {
        // Keycloak leaves the claim empty for a member of several organizations unless the client asks
        // for all of them; both tokens must be refused.
        assertEquals(403, Api.get("api/v1/pemda-saya", Keycloak.token("uji.dua-pemda")).status());

        String semuaOrganisasi = Keycloak.token("akuntara", "uji.dua-pemda", "openid organization:*");
        Api.Jawaban jawaban = Api.get("api/v1/pemda-saya", semuaOrganisasi);
        assertEquals(403, jawaban.status());
        assertTrue(jawaban.json().get("detail").asText().contains("lebih dari satu pemda"), jawaban.body());
    }

    @ParameterizedTest
    @CsvSource({
            "operator.pangkalpinang, kota-pangkalpinang, Kota Pangkalpinang",
            "pimpinan.tanjungpinang, kota-tanjungpinang, Kota Tanjungpinang",
            "verifikator.klungkung, kab-klungkung, Kabupaten Klungkung",
            "admin.kaltim, prov-kaltim, Provinsi Kalimantan Timur"})
    void setiapPemdaHanyaMelihatPemdanyaSendiri(String username, String kode, String nama) {
        String token = Keycloak.token(username);
        Api.Jawaban saya = Api.get("api/v1/saya", token);
        assertEquals(200, saya.status(), saya.body());
        assertEquals(username, saya.json().get("username").asText());
        assertEquals(kode, saya.json().get("pemda").get("kode").asText());
        assertEquals(nama, saya.json().get("pemda").get("nama").asText());

        Api.Jawaban pemda = Api.get("api/v1/pemda-saya", token);
        assertEquals(200, pemda.status(), pemda.body());
        assertEquals(kode, pemda.json().get("kode").asText());
    }

    @Test
    void kesiapanMelaporkanBasisDataDanKeycloak() {
        Api.Jawaban siap = Api.get("api/v1/kesehatan/siap", null);
        assertEquals(200, siap.status(), siap.body());
        assertEquals("UP", siap.json().get("basisData").asText());
        assertEquals("UP", siap.json().get("keycloak").asText());
        assertEquals("UP", siap.json().get("status").asText());
    }
}
