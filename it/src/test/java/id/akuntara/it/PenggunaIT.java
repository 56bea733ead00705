package id.akuntara.it;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.keycloak.representations.idm.UserRepresentation;

import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Issue 13, point 2 and the first "done when": {@code admin.klungkung} manages Klungkung's users through
 * {@code /api/v1/pengguna} against the real Keycloak (adapter module keycloak-admin, service account akuntara-admin).
 * It lists only Klungkung's users; creates an operator with a temporary password and the "update password" required
 * action, who — once the password is changed — signs in and sees only Klungkung; disables them (sign-in refused) and
 * re-enables them; is refused the role kementerian; Kaltim's admin cannot see, disable, enable or re-role that user
 * (404). Last, Keycloak stops during a user creation: 503 in Bahasa Indonesia, nothing made, and the same request
 * succeeds once Keycloak is back (point 6).
 * <p>Isolation: only users named {@code uji.pengguna.<random>} are created; the demo users are read, never changed.
 */
@UjiIntegrasi
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class PenggunaIT {

    private static final String AKHIRAN = UUID.randomUUID().toString().substring(0, 8);
    private static final String OPERATOR_BARU = "uji.pengguna." + AKHIRAN;
    private static final String SANDI_SEMENTARA = "Sementara" + AKHIRAN.hashCode() % 1000 + "x1";
    private static final ObjectMapper JSON = new ObjectMapper();

    private static ExtensionContext konteks;
    private static String idOperatorBaru;

    @RegisterExtension
    static final BeforeAllCallback KONTEKS = context -> konteks = context;

    private static String adminKlungkung() {
        return Keycloak.token("admin.klungkung");
    }

    private static String isiBaru(String username, String peran) {
        return "{\"username\":\"" + username + "\",\"nama\":\"I Made Uji Coba\",\"email\":\"" + username
                + "@klungkungkab.go.id\",\"peran\":[\"" + peran + "\"],\"kataSandiSementara\":\"" + SANDI_SEMENTARA
                + "\",\"nip\":\"19641028 199003 1 009\"}";
    }

    @Test
    @Order(1)
    void adminKlungkungHanyaMelihatPenggunaKlungkung() {
        Api.Jawaban jawaban = Api.get("api/v1/pengguna", adminKlungkung());
        assertEquals(200, jawaban.status(), jawaban.body());
        Set<String> username = new HashSet<>();
        for (JsonNode u : jawaban.json()) {
            username.add(u.get("username").asText());
            assertTrue(u.get("username").asText().endsWith(".klungkung") || u.get("username").asText().startsWith("uji."),
                    u.toString());
            assertFalse(u.get("id").asText().isBlank());
        }
        assertTrue(username.containsAll(Set.of("admin.klungkung", "operator.klungkung", "verifikator.klungkung",
                "pimpinan.klungkung")), username.toString());
        JsonNode operator = cari(jawaban.json(), "operator.klungkung");
        assertEquals("[\"operator\"]", operator.get("peran").toString());
        assertTrue(operator.get("aktif").asBoolean());
        assertFalse(jawaban.body().contains("kaltim") || jawaban.body().contains("pangkalpinang"), jawaban.body());
    }

    @Test
    @Order(2)
    void membuatOperatorYangWajibGantiSandiLaluMasukDanHanyaMelihatKlungkung() {
        HttpResponse<String> dibuat = Api.kirimJson("POST", "api/v1/pengguna", adminKlungkung(),
                isiBaru(OPERATOR_BARU, "operator"));
        assertEquals(201, dibuat.statusCode(), dibuat.body());
        JsonNode akun = Api.json(dibuat);
        idOperatorBaru = akun.get("id").asText();
        assertTrue(dibuat.headers().firstValue("Location").orElse("").endsWith("/api/v1/pengguna/" + idOperatorBaru));
        assertEquals(OPERATOR_BARU, akun.get("username").asText());
        assertEquals("[\"operator\"]", akun.get("peran").toString());
        assertEquals("196410281990031009", akun.get("nip").asText());
        assertTrue(akun.get("aktif").asBoolean());
        assertTrue(akun.get("wajibGantiSandi").asBoolean());
        assertFalse(dibuat.body().contains(SANDI_SEMENTARA), "kata sandi tidak pernah dikembalikan");
        assertEquals(OPERATOR_BARU, cari(Api.get("api/v1/pengguna", adminKlungkung()).json(), OPERATOR_BARU)
                .get("username").asText());

        // in Keycloak: member of kab-klungkung only, realm role operator, temporary password, UPDATE_PASSWORD
        Keycloak.denganAdmin(realm -> {
            UserRepresentation u = realm.users().get(idOperatorBaru).toRepresentation();
            assertEquals(List.of("UPDATE_PASSWORD"), u.getRequiredActions());
            assertTrue(u.isEnabled());
            assertEquals(List.of("196410281990031009"), u.getAttributes().get("nip"));
            assertFalse(u.getAttributes().containsKey("pembuatanTertunda"), u.getAttributes().toString());
            assertEquals(List.of("kab-klungkung"), realm.organizations().members().getOrganizations(idOperatorBaru, false).stream()
                    .map(o -> o.getAlias()).toList());
            return null;
        });
        // the temporary password alone does not give a token: the account must first choose its own password
        HttpResponse<String> sementara = Keycloak.tokenDenganSandi(OPERATOR_BARU, SANDI_SEMENTARA);
        assertEquals(400, sementara.statusCode(), sementara.body());
        assertTrue(sementara.body().contains("not fully set up"), sementara.body());

        // what the user does on Keycloak's "update password" page at the first sign-in
        Keycloak.gantiSandiSepertiPengguna(OPERATOR_BARU, Keycloak.PASSWORD);
        String token = Keycloak.token(OPERATOR_BARU);
        Api.Jawaban saya = Api.get("api/v1/saya", token);
        assertEquals(200, saya.status(), saya.body());
        assertEquals("kab-klungkung", saya.json().get("pemda").get("kode").asText(), saya.body());
        assertEquals("[\"operator\"]", saya.json().get("peran").toString(), saya.body());
        assertEquals("kab-klungkung", Api.get("api/v1/pemda-saya", token).json().get("kode").asText());
        // an operator may not manage users
        assertEquals(403, Api.get("api/v1/pengguna", token).status());
    }

    @Test
    @Order(3)
    void menonaktifkanMenolakMasukLaluMengaktifkanLagi() {
        HttpResponse<String> nonaktif = Api.kirim("POST", "api/v1/pengguna/" + idOperatorBaru + "/nonaktifkan",
                adminKlungkung());
        assertEquals(200, nonaktif.statusCode(), nonaktif.body());
        assertFalse(Api.json(nonaktif).get("aktif").asBoolean());
        HttpResponse<String> ditolak = Keycloak.tokenDenganSandi(OPERATOR_BARU, Keycloak.PASSWORD);
        assertEquals(400, ditolak.statusCode(), ditolak.body());
        assertTrue(ditolak.body().toLowerCase().contains("disabled"), ditolak.body());

        HttpResponse<String> aktif = Api.kirim("POST", "api/v1/pengguna/" + idOperatorBaru + "/aktifkan", adminKlungkung());
        assertEquals(200, aktif.statusCode(), aktif.body());
        assertTrue(Api.json(aktif).get("aktif").asBoolean());
        assertEquals(200, Keycloak.tokenDenganSandi(OPERATOR_BARU, Keycloak.PASSWORD).statusCode());
    }

    @Test
    @Order(4)
    void peranKementerianDanAdminPlatformDitolak() {
        HttpResponse<String> buat = Api.kirimJson("POST", "api/v1/pengguna", adminKlungkung(),
                isiBaru("uji.pengguna.k" + AKHIRAN, "kementerian"));
        assertEquals(422, buat.statusCode(), buat.body());
        JsonNode galat = Api.json(buat).get("errors");
        assertEquals(1, galat.size(), buat.body());
        assertEquals("peran[0]", galat.get(0).get("field").asText());
        assertTrue(galat.get(0).get("pesan").asText().contains("kementerian tidak dapat diberikan"), buat.body());
        assertEquals(0, (int) Keycloak.denganAdmin(realm -> realm.users().searchByUsername("uji.pengguna.k" + AKHIRAN, true).size()));

        HttpResponse<String> ubah = Api.kirimJson("PUT", "api/v1/pengguna/" + idOperatorBaru + "/peran", adminKlungkung(),
                "{\"peran\":[\"operator\",\"admin-platform\"]}");
        assertEquals(422, ubah.statusCode(), ubah.body());
        assertTrue(ubah.body().contains("peran[1]"), ubah.body());

        // every wrong field at once
        HttpResponse<String> salah = Api.kirimJson("POST", "api/v1/pengguna", adminKlungkung(),
                "{\"username\":\"X\",\"email\":\"bukan\",\"peran\":[],\"kataSandiSementara\":\"a\",\"nip\":\"123\"}");
        assertEquals(422, salah.statusCode(), salah.body());
        Set<String> field = new HashSet<>();
        Api.json(salah).get("errors").forEach(g -> field.add(g.get("field").asText()));
        assertEquals(Set.of("username", "nama", "email", "peran", "kataSandiSementara", "nip"), field);

        // a role among the four is given, and the list shows it
        HttpResponse<String> sah = Api.kirimJson("PUT", "api/v1/pengguna/" + idOperatorBaru + "/peran", adminKlungkung(),
                "{\"peran\":[\"verifikator\",\"operator\"]}");
        assertEquals(200, sah.statusCode(), sah.body());
        assertEquals("[\"operator\",\"verifikator\"]", Api.json(sah).get("peran").toString());
    }

    @Test
    @Order(5)
    void adminKaltimTidakMelihatAtauMengubahPenggunaKlungkung() {
        String kaltim = Keycloak.token("admin.kaltim");
        Api.Jawaban daftar = Api.get("api/v1/pengguna", kaltim);
        assertEquals(200, daftar.status(), daftar.body());
        assertFalse(daftar.body().contains(OPERATOR_BARU) || daftar.body().contains("klungkung"), daftar.body());
        assertEquals(404, Api.kirim("POST", "api/v1/pengguna/" + idOperatorBaru + "/nonaktifkan", kaltim).statusCode());
        assertEquals(404, Api.kirim("POST", "api/v1/pengguna/" + idOperatorBaru + "/aktifkan", kaltim).statusCode());
        HttpResponse<String> peran = Api.kirimJson("PUT", "api/v1/pengguna/" + idOperatorBaru + "/peran", kaltim,
                "{\"peran\":[\"admin-pemda\"]}");
        assertEquals(404, peran.statusCode(), peran.body());
        assertTrue(peran.headers().firstValue("Content-Type").orElse("").startsWith("application/problem+json"));
        // unchanged
        JsonNode u = cari(Api.get("api/v1/pengguna", adminKlungkung()).json(), OPERATOR_BARU);
        assertTrue(u.get("aktif").asBoolean());
        assertEquals("[\"operator\",\"verifikator\"]", u.get("peran").toString());
        // and the admin cannot lock themself out
        String idAdmin = cari(Api.get("api/v1/pengguna", adminKlungkung()).json(), "admin.klungkung").get("id").asText();
        HttpResponse<String> diriSendiri = Api.kirim("POST", "api/v1/pengguna/" + idAdmin + "/nonaktifkan", adminKlungkung());
        assertEquals(409, diriSendiri.statusCode(), diriSendiri.body());
    }

    @Test
    @Order(6)
    void keycloakMatiSaatMembuatPengguna503LaluPermintaanYangSamaBerhasil() {
        String username = "uji.pengguna.m" + AKHIRAN;
        String isi = isiBaru(username, "pimpinan");
        String token = adminKlungkung(); // the API already holds Keycloak's key: this token stays valid
        KeycloakMati.hentikan();
        try {
            HttpResponse<String> mati = Api.kirimJson("POST", "api/v1/pengguna", token, isi);
            assertEquals(503, mati.statusCode(), mati.body());
            assertTrue(mati.headers().firstValue("Content-Type").orElse("").startsWith("application/problem+json"));
            assertTrue(mati.body().contains("tidak dapat dihubungi") || mati.body().contains("tidak tersedia"), mati.body());
            HttpResponse<String> daftar = Api.kirim("GET", "api/v1/pengguna", token);
            assertEquals(503, daftar.statusCode(), daftar.body());
        } finally {
            KeycloakMati.mulaiLagi(konteks);
        }
        // nothing half-made
        assertEquals(0, (int) Keycloak.denganAdmin(realm -> realm.users().searchByUsername(username, true).size()));
        // the same request, once Keycloak is back (a fresh token: the old one may have expired meanwhile)
        HttpResponse<String> lagi = tunggu(() -> Api.kirimJson("POST", "api/v1/pengguna", adminKlungkung(), isi), 201);
        assertEquals("[\"pimpinan\"]", Api.json(lagi).get("peran").toString());
        assertEquals(1, (int) Keycloak.denganAdmin(realm -> realm.users().searchByUsername(username, true).size()));
    }

    // --- helpers ---------------------------------------------------------------------------------------------------

    private static JsonNode cari(JsonNode daftar, String username) {
        for (JsonNode u : daftar) {
            if (username.equals(u.get("username").asText())) {
                return u;
            }
        }
        throw new AssertionError(username + " tidak ada di " + daftar);
    }

    private static HttpResponse<String> tunggu(java.util.function.Supplier<HttpResponse<String>> permintaan, int status) {
        Instant batas = Instant.now().plus(Duration.ofSeconds(30));
        HttpResponse<String> jawaban = permintaan.get();
        while (jawaban.statusCode() != status && Instant.now().isBefore(batas)) {
            try {
                Thread.sleep(1000);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
            jawaban = permintaan.get();
        }
        assertEquals(status, jawaban.statusCode(), jawaban.body());
        return jawaban;
    }
}
