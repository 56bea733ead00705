package id.akuntara.it;

import com.fasterxml.jackson.databind.JsonNode;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * The probe's rows for the budget. A's line is Pangkalpinang's first 2021 program (PB01), read in {@link #siapkan}
 * with its version. 2021 is fixed by {@link ProbeKinerja} first, so a write with the current version reaches the rule
 * that the fixed year's budget is locked (409) and changes nothing; a new line is sent without a year (422). B's users
 * get 404 on A's line before its body is read.
 */
final class ProbeAnggaran implements BagianProbe {

    static String idPosA;
    private static long versiPosA;

    private static final Set<String> MENULIS = Set.of("operator", "admin-pemda");

    @Override
    public void siapkan() {
        JsonNode pohon = Api.get("api/v1/anggaran/" + TAHUN_A, Keycloak.token("operator.pangkalpinang")).json();
        assertEquals(PEMDA_A, pohon.get("pemda").asText(), pohon.toString());
        JsonNode pos = pohon.get("program").get(0);
        idPosA = pos.get("id").asText();
        versiPosA = pos.get("versi").asLong();
    }

    @Override
    public Map<String, Aturan> baris() {
        Map<String, Aturan> m = new LinkedHashMap<>();
        m.put("GET /v1/anggaran/{tahun}", Aturan.milikSendiri(PEMDA, 200));
        m.put("GET /v1/anggaran/pos/{id}", Aturan.rekamanA(PEMDA, 200));
        m.put("POST /v1/anggaran/pos", Aturan.milikSendiri(MENULIS, 422)
                .denganIsi("{\"tingkat\":\"PROGRAM\",\"kodePermendagri\":\"4.1\",\"paguMurni\":\"1,2,3\"}"));
        m.put("PUT /v1/anggaran/pos/{id}", Aturan.rekamanA(MENULIS, 409)
                .denganIsi("{\"versi\":" + versiPosA + ",\"nama\":\"\",\"paguMurni\":\"x\"}"));
        m.put("PUT /v1/anggaran/pos/{id}/realisasi/{triwulan}", Aturan.rekamanA(Set.of("operator"), 409)
                .denganIsi("{\"versi\":" + versiPosA + ",\"nilai\":\"x\"}"));
        return m;
    }

    @Override
    public String alamat(String operasi) {
        return BagianProbe.super.alamat(operasi).replace("{id}", idPosA).replace("{triwulan}", "1");
    }
}
