package id.akuntara.it;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.keycloak.representations.idm.UserRepresentation;

import java.io.IOException;
import java.io.InputStream;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Issue 13 point 4's "done when": {@code admin.platform} onboards {@code kab-contoh} (Kabupaten Contoh, Bali) through
 * {@code POST /api/v1/pemda} against the real Keycloak and PostgreSQL — no migration, no realm file edit, no rebuild;
 * its first admin gets a temporary password with "update password" required, chooses a password (as PenggunaIT does),
 * signs in, sees its own empty pemda, imports a data package ({@code POST /api/v1/paket-data}, the package of
 * core's tests: {@code it/src/test/resources/paket/kab-contoh.json}) and reads figures that match it
 * ({@code /api/v1/kinerja/2022}: KC-IKM PK target 81, realisasi 85,05 → 105,00 Sangat Baik; lower-is-better KC-MISKIN
 * (2 × 5,8 − 6,1) / 5,8 → 94,83 Baik; S1 = mean → 99,92). It sees nothing of Klungkung, and Klungkung nothing of it.
 * A second onboarding of the same code is 409, a second import 409. Last (point 6), Keycloak stops during an
 * onboarding: 503 in Bahasa Indonesia, no registry row, no organization, no user; the same request succeeds once
 * Keycloak is back.
 * <p>Isolation: creates the pemda {@code kab-contoh} and {@code kab-contoh-dua} and their admins only; the four demo pemda are
 * read, never changed.
 */
@UjiIntegrasi
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class OnboardingIT {

    static final String KODE = "kab-contoh";
    static final String ADMIN = "admin.contoh";
    private static final String SANDI_SEMENTARA = "Sementara2026x";

    static String isiPemda(String kode) {
        return "{\"kode\":\"" + kode + "\",\"nama\":\"Kabupaten Contoh\",\"tingkat\":\"KABUPATEN\",\"provinsi\":\"Bali\","
                + "\"zonaWaktu\":\"Asia/Makassar\",\"namaLaporan\":\"LKjIP\",\"admin\":{\"username\":\"" + ADMIN + "\","
                + "\"nama\":\"Admin Kabupaten Contoh\",\"email\":\"admin@contohkab.go.id\",\"kataSandiSementara\":\""
                + SANDI_SEMENTARA + "\"}}";
    }

    private static ExtensionContext konteks;

    @RegisterExtension
    static final BeforeAllCallback KONTEKS = context -> konteks = context;

    private static String platform() {
        return Keycloak.token("admin.platform");
    }

    @Test
    @Order(1)
    void adminPlatformMendaftarkanKabContoh() {
        Api.Jawaban sebelum = Api.get("api/v1/pemda", platform());
        assertEquals(200, sebelum.status(), sebelum.body());
        Set<String> kode = new HashSet<>();
        sebelum.json().forEach(p -> kode.add(p.get("kode").asText()));
        assertTrue(kode.containsAll(Set.of("kota-pangkalpinang", "kota-tanjungpinang", "kab-klungkung", "prov-kaltim")), kode.toString());
        assertFalse(kode.contains(KODE), "kab-contoh belum terdaftar");

        // every wrong field at once, nothing made
        HttpResponse<String> salah = Api.kirimJson("POST", "api/v1/pemda", platform(),
                "{\"kode\":\"kota-contoh\",\"tingkat\":\"KABUPATEN\",\"zonaWaktu\":\"UTC\",\"admin\":{}}");
        assertEquals(422, salah.statusCode(), salah.body());
        Set<String> field = new HashSet<>();
        Api.json(salah).get("errors").forEach(g -> field.add(g.get("field").asText()));
        assertTrue(field.containsAll(Set.of("kode", "nama", "provinsi", "zonaWaktu", "namaLaporan", "admin.username",
                "admin.email", "admin.kataSandiSementara")), field.toString());

        HttpResponse<String> dibuat = Api.kirimJson("POST", "api/v1/pemda", platform(), isiPemda(KODE));
        assertEquals(201, dibuat.statusCode(), dibuat.body());
        assertTrue(dibuat.headers().firstValue("Location").orElse("").endsWith("/api/v1/pemda/" + KODE));
        JsonNode hasil = Api.json(dibuat);
        assertEquals(KODE, hasil.get("pemda").get("kode").asText());
        assertEquals("KABUPATEN", hasil.get("pemda").get("tingkat").asText());
        assertEquals("Bali", hasil.get("pemda").get("provinsi").asText());
        assertEquals("kabupaten", hasil.get("plugin").asText(), "the level plugin supplied the defaults");
        assertEquals(ADMIN, hasil.get("admin").get("username").asText());
        assertEquals("[\"admin-pemda\"]", hasil.get("admin").get("peran").toString());
        assertTrue(hasil.get("admin").get("wajibGantiSandi").asBoolean());
        assertFalse(dibuat.body().contains(SANDI_SEMENTARA), "kata sandi tidak pernah dikembalikan");

        // in Keycloak: the organization (alias = code) and its member with the required action
        Keycloak.denganAdmin(realm -> {
            UserRepresentation u = realm.users().searchByUsername(ADMIN, true).get(0);
            assertEquals(List.of("UPDATE_PASSWORD"), u.getRequiredActions());
            assertTrue(u.isEnabled());
            assertEquals(List.of(KODE), realm.organizations().members().getOrganizations(u.getId(), false).stream()
                    .map(o -> o.getAlias()).toList());
            assertEquals("Kabupaten Contoh", realm.organizations().list(0, 1000).stream()
                    .filter(o -> KODE.equals(o.getAlias())).findFirst().orElseThrow().getName());
            return null;
        });
        Api.Jawaban sesudah = Api.get("api/v1/pemda", platform());
        assertTrue(sesudah.body().contains("\"kode\":\"" + KODE + "\""), sesudah.body());
    }

    @Test
    @Order(2)
    void kodeYangSamaDitolak409DanPeranLainDitolak403() {
        HttpResponse<String> lagi = Api.kirimJson("POST", "api/v1/pemda", platform(), isiPemda(KODE));
        assertEquals(409, lagi.statusCode(), lagi.body());
        assertTrue(lagi.headers().firstValue("Content-Type").orElse("").startsWith("application/problem+json"));
        assertTrue(lagi.body().contains("sudah terdaftar"), lagi.body());
        for (String user : List.of("admin.klungkung", "kementerian")) {
            String token = tokenAtauNull(user);
            if (token != null) {
                assertEquals(403, Api.kirimJson("POST", "api/v1/pemda", token, isiPemda("kab-lain")).statusCode(), user);
                assertEquals(403, Api.get("api/v1/pemda", token).status(), user);
            }
        }
        Keycloak.denganAdmin(realm -> {
            assertEquals(1, realm.organizations().list(0, 1000).stream().filter(o -> KODE.equals(o.getAlias())).count());
            assertTrue(realm.organizations().list(0, 1000).stream().noneMatch(o -> "kab-lain".equals(o.getAlias())));
            return null;
        });
    }

    @Test
    @Order(3)
    void adminPertamaMasukMelihatPemdaKosongMengimporPaketDanMembacaAngkanya() throws IOException {
        // the temporary password alone gives no token; the user chooses their own first
        HttpResponse<String> sementara = Keycloak.tokenDenganSandi(ADMIN, SANDI_SEMENTARA);
        assertEquals(400, sementara.statusCode(), sementara.body());
        assertTrue(sementara.body().contains("not fully set up"), sementara.body());
        Keycloak.gantiSandiSepertiPengguna(ADMIN, Keycloak.PASSWORD);
        String token = Keycloak.token(ADMIN);

        assertEquals(KODE, Api.get("api/v1/pemda-saya", token).json().get("kode").asText());
        Api.Jawaban pengguna = Api.get("api/v1/pengguna", token);
        assertEquals(200, pengguna.status(), pengguna.body());
        assertEquals(1, pengguna.json().size(), pengguna.body());
        assertEquals(ADMIN, pengguna.json().get(0).get("username").asText());
        Api.Jawaban kosong = Api.get("api/v1/kinerja/2022", token);
        assertTrue(kosong.status() == 404 || kosong.json().get("indikator").isEmpty(), kosong.body());

        // an invalid package: every error, nothing written; Klungkung's code in the package: refused too
        HttpResponse<String> tidakSah = Api.kirimJson("POST", "api/v1/paket-data", token, "{\"format\":\"lain\"}");
        assertEquals(422, tidakSah.statusCode(), tidakSah.body());
        assertTrue(Api.json(tidakSah).get("errors").size() >= 1, tidakSah.body());
        String paket = baca("/paket/kab-contoh.json");
        HttpResponse<String> pemdaLain = Api.kirimJson("POST", "api/v1/paket-data", token,
                paket.replace("\"pemda\": \"kab-contoh\"", "\"pemda\": \"kab-klungkung\""));
        assertEquals(422, pemdaLain.statusCode(), pemdaLain.body());
        assertTrue(pemdaLain.body().contains("$.pemda"), pemdaLain.body());

        HttpResponse<String> impor = Api.kirimJson("POST", "api/v1/paket-data", token, paket);
        assertEquals(201, impor.statusCode(), impor.body());
        assertEquals(KODE, Api.json(impor).get("pemda").asText());
        assertTrue(Api.json(impor).get("indikator").asInt() >= 3, impor.body());

        JsonNode kinerja = Api.get("api/v1/kinerja/2022", token).json();
        JsonNode ikm = cari(kinerja.get("indikator"), "KC-IKM");
        assertEquals("105,00", ikm.get("capaian").get("tampil").asText(), ikm.toString());
        assertEquals("Sangat Baik", ikm.get("predikat").asText());
        assertEquals("81", ikm.get("target").get("tampil").asText());
        assertEquals("85,05", ikm.get("realisasi").get("tampil").asText());
        JsonNode miskin = cari(kinerja.get("indikator"), "KC-MISKIN");
        assertEquals("94,83", miskin.get("capaian").get("tampil").asText());
        assertEquals("Baik", miskin.get("predikat").asText());
        assertEquals("99,92", cari(kinerja.get("sasaran"), "S1").get("capaian").get("tampil").asText());

        // a second import: the pemda has data now
        HttpResponse<String> kedua = Api.kirimJson("POST", "api/v1/paket-data", token, paket);
        assertEquals(409, kedua.statusCode(), kedua.body());
        assertTrue(kedua.body().contains("sudah memiliki data"), kedua.body());
    }

    @Test
    @Order(4)
    void kabContohDanKlungkungTidakSalingMelihat() {
        String contoh = Keycloak.token(ADMIN);
        Api.Jawaban klungkungTahun = Api.get("api/v1/kinerja/2020", contoh);
        assertTrue(klungkungTahun.status() == 404 || klungkungTahun.json().get("indikator").isEmpty(), klungkungTahun.body());
        assertFalse(Api.get("api/v1/kinerja/2022", contoh).body().toLowerCase().contains("klungkung"));

        String klungkung = Keycloak.token("admin.klungkung");
        Api.Jawaban dariKlungkung = Api.get("api/v1/kinerja/2022", klungkung);
        assertFalse(dariKlungkung.body().contains("KC-IKM"), dariKlungkung.body());
        Api.Jawaban penggunaKlungkung = Api.get("api/v1/pengguna", klungkung);
        assertEquals(200, penggunaKlungkung.status());
        assertFalse(penggunaKlungkung.body().contains(ADMIN), penggunaKlungkung.body());
        assertEquals("kab-klungkung", Api.get("api/v1/pemda-saya", klungkung).json().get("kode").asText());
    }

    @Test
    @Order(5)
    void keycloakMatiSaatMendaftarkan503TanpaSisaLaluPermintaanYangSamaBerhasil() {
        String kode = "kab-contoh-dua";
        String isi = isiPemda(kode).replace("Kabupaten Contoh", "Kabupaten Contoh Dua").replace(ADMIN, "admin.contohdua")
                .replace("admin@contohkab", "admin@contohduakab");
        String token = platform(); // the API holds Keycloak's key already: this token stays valid
        KeycloakMati.hentikan();
        try {
            HttpResponse<String> mati = Api.kirimJson("POST", "api/v1/pemda", token, isi);
            assertEquals(503, mati.statusCode(), mati.body());
            assertTrue(mati.headers().firstValue("Content-Type").orElse("").startsWith("application/problem+json"));
            assertTrue(mati.body().contains("tidak dapat dihubungi"), mati.body());
            Api.Jawaban daftar = Api.get("api/v1/pemda", token);
            assertEquals(200, daftar.status(), daftar.body());
            assertFalse(daftar.body().contains(kode), "no registry row: " + daftar.body());
        } finally {
            KeycloakMati.mulaiLagi(konteks);
        }
        Keycloak.denganAdmin(realm -> {
            assertTrue(realm.organizations().list(0, 1000).stream().noneMatch(o -> kode.equals(o.getAlias())));
            assertTrue(realm.users().searchByUsername("admin.contohdua", true).isEmpty());
            return null;
        });
        HttpResponse<String> lagi = tunggu(() -> Api.kirimJson("POST", "api/v1/pemda", platform(), isi), 201);
        assertEquals(kode, Api.json(lagi).get("pemda").get("kode").asText());
        assertTrue(Api.get("api/v1/pemda", platform()).body().contains("\"kode\":\"" + kode + "\""));
    }

    // --- helpers ---------------------------------------------------------------------------------------------------

    private static HttpResponse<String> tunggu(java.util.function.Supplier<HttpResponse<String>> permintaan, int status) {
        java.time.Instant batas = java.time.Instant.now().plusSeconds(30);
        HttpResponse<String> jawaban = permintaan.get();
        while (jawaban.statusCode() != status && java.time.Instant.now().isBefore(batas)) {
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

    private static String tokenAtauNull(String username) {
        try {
            return Keycloak.token(username);
        } catch (IllegalStateException e) {
            return null;
        }
    }

    private static String baca(String sumber) throws IOException {
        try (InputStream in = OnboardingIT.class.getResourceAsStream(sumber)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    private static JsonNode cari(JsonNode daftar, String kode) {
        for (JsonNode n : daftar) {
            if (kode.equals(n.path("kode").asText())) {
                return n;
            }
        }
        throw new AssertionError(kode + " tidak ada di " + daftar);
    }

}
