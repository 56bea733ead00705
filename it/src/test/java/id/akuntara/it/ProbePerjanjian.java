package id.akuntara.it;

import com.fasterxml.jackson.databind.JsonNode;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * The probe's rows for the Perjanjian Kinerja. Pemda A's PK is Kota Pangkalpinang's 2021 PK (PK-2021-SETDA, a draft
 * in the seed package kota-pangkalpinang.json); {@link #siapkan} checks it is there and still a draft, since the
 * statuses below rely on it. Writes send bodies that change nothing: {@code {}} lacks the required fields (422) or, for
 * a PK Perubahan of a draft, the rule refuses it first (409). Pemda B's users get 404 on A's code, before the body is
 * looked at.
 */
final class ProbePerjanjian implements BagianProbe {

    static final String KODE_A = "PK-2021-SETDA";
    private static final Set<String> PENYUSUN = Set.of("operator", "admin-pemda");

    @Override
    public void siapkan() {
        JsonNode pk = Api.get("api/v1/perjanjian-kinerja/" + KODE_A, Keycloak.token("operator.pangkalpinang")).json();
        assertEquals(KODE_A, pk.path("kode").asText(), pk.toString());
        assertEquals(TAHUN_A, pk.path("tahun").asInt(), pk.toString());
        assertEquals("DRAFT", pk.path("status").asText(), pk.toString());
    }

    @Override
    public Map<String, Aturan> baris() {
        Map<String, Aturan> m = new LinkedHashMap<>();
        m.put("GET /v1/perjanjian-kinerja", Aturan.milikSendiri(PEMDA, 200));
        m.put("GET /v1/perjanjian-kinerja/{kode}", Aturan.rekamanA(PEMDA, 200));
        m.put("GET /v1/perjanjian-kinerja/{kode}/kaskade", Aturan.rekamanA(PEMDA, 200));
        // no versi: 422 for A, nothing written
        m.put("PUT /v1/perjanjian-kinerja/{kode}", Aturan.rekamanA(PENYUSUN, 422).denganIsi("{}"));
        // no kode, unit, pihakPertama, baris: 422
        m.put("POST /v1/perjanjian-kinerja/{kode}/anak", Aturan.rekamanA(PENYUSUN, 422).denganIsi("{}"));
        // no versi: 422
        m.put("POST /v1/perjanjian-kinerja/{kode}/tanda-tangan", Aturan.rekamanA(Set.of("pimpinan"), 422).denganIsi("{}"));
        // A's PK is a draft: a PK Perubahan is refused (409) before the body is checked
        m.put("POST /v1/perjanjian-kinerja/{kode}/perubahan", Aturan.rekamanA(PENYUSUN, 409).denganIsi("{}"));
        return m;
    }

    @Override
    public String alamat(String operasi) {
        String alamat = BagianProbe.super.alamat(operasi).replace("{kode}", KODE_A);
        return operasi.equals("GET /v1/perjanjian-kinerja") ? alamat + "?tahun=" + TAHUN_A : alamat;
    }
}
