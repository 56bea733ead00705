package id.akuntara.it;

import com.fasterxml.jackson.databind.JsonNode;

import java.net.http.HttpResponse;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The probe's rows for the realisasi. Pemda A's record is Pangkalpinang's IT-AKIP 2021 TAHUNAN (a draft in the demo
 * package: AKIP 2021 carried forward); Kalimantan Timur has no indicator of that code, so every call of B's users on
 * A's id or code is 404. The writes send a stale {@code versi} (999999): A's allowed role gets 409 and nothing changes.
 * The evidence upload sends a JSON body, which is no PDF, JPEG, PNG or XLSX: 422. {@link #siapkan} adds one small PNG
 * to A's realisasi once (when it has no evidence yet), so that a download has an id.
 */
final class ProbeRealisasi implements BagianProbe {

    static final String KODE_A = "IT-AKIP";
    private static final String BASI = "{\"versi\": \"999999\", \"statusNilai\": \"ADA\", \"nilai\": \"1\", \"catatan\": \"probe\"}";
    /** The smallest PNG: one transparent pixel. */
    static final byte[] PNG = java.util.Base64.getDecoder().decode(
            "iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAQAAAC1HAwCAAAAC0lEQVR42mNkYAAAAAYAAjCB0C8AAAAASUVORK5CYII=");

    static String idA;
    static String buktiA;

    @Override
    public void siapkan() {
        JsonNode daftar = Api.get("api/v1/realisasi/" + TAHUN_A, Keycloak.token("operator.pangkalpinang")).json();
        assertEquals(PEMDA_A, daftar.get("pemda").asText(), daftar.toString());
        for (JsonNode i : daftar.get("indikator")) {
            if (i.get("kode").asText().equals(KODE_A)) {
                for (JsonNode r : i.get("realisasi")) {
                    if (r.get("periode").asText().equals("TAHUNAN")) {
                        idA = r.get("id").asText();
                    }
                }
            }
        }
        assertTrue(idA != null, "realisasi " + KODE_A + " " + TAHUN_A + " TAHUNAN tidak ada: " + daftar);
        String operator = Keycloak.token("operator.pangkalpinang");
        JsonNode bukti = Api.get("api/v1/realisasi/" + idA + "/bukti", operator).json();
        if (bukti.isEmpty()) {
            HttpResponse<String> unggah = Api.kirimIsi("POST", "api/v1/realisasi/" + idA + "/bukti?nama=probe.png", operator,
                    "image/png", PNG);
            assertEquals(201, unggah.statusCode(), unggah.body());
            bukti = Api.get("api/v1/realisasi/" + idA + "/bukti", operator).json();
        }
        buktiA = bukti.get(0).get("id").asText();
    }

    @Override
    public Map<String, Aturan> baris() {
        Map<String, Aturan> m = new LinkedHashMap<>();
        m.put("GET /v1/realisasi/{tahun}", Aturan.milikSendiri(PEMDA, 200));
        m.put("PUT /v1/realisasi/{tahun}/{kodeIndikator}/{periode}", Aturan.rekamanA(Set.of("operator"), 409).denganIsi(BASI));
        m.put("POST /v1/realisasi/{id}/ajukan", Aturan.rekamanA(Set.of("operator"), 409).denganIsi(BASI));
        m.put("POST /v1/realisasi/{id}/kembalikan", Aturan.rekamanA(Set.of("verifikator"), 409).denganIsi(BASI));
        m.put("POST /v1/realisasi/{id}/verifikasi", Aturan.rekamanA(Set.of("verifikator"), 409).denganIsi(BASI));
        m.put("POST /v1/realisasi/{id}/tetapkan", Aturan.rekamanA(Set.of("pimpinan"), 409).denganIsi(BASI));
        m.put("GET /v1/realisasi/{id}/riwayat", Aturan.rekamanA(Set.of("admin-pemda", "verifikator"), 200));
        m.put("GET /v1/realisasi/{id}/bukti", Aturan.rekamanA(PEMDA, 200));
        m.put("POST /v1/realisasi/{id}/bukti", Aturan.rekamanA(Set.of("operator"), 422).denganIsi(BASI));
        m.put("GET /v1/realisasi/{id}/bukti/{buktiId}", Aturan.rekamanA(PEMDA, 200));
        return m;
    }

    @Override
    public String alamat(String operasi) {
        return BagianProbe.super.alamat(operasi).replace("{kodeIndikator}", KODE_A).replace("{periode}", "tahunan")
                .replace("{buktiId}", buktiA).replace("{id}", idA);
    }
}
