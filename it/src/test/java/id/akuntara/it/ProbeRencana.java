package id.akuntara.it;

import com.fasterxml.jackson.databind.JsonNode;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

/**
 * The probe's rows for the Renstra, the IKU and the target source. Pemda A's codes (its Renstra, a goal, an objective
 * and an indicator of its tree, its IKU set) are read from A's own answers; B has none of them (404). No write may
 * change A's or B's data, which other tests read: A's Renstra is adopted, so every change of its content is 409
 * before the body is looked at; the writes that would be allowed (a new Renstra, a Perubahan, the IKU choice, the
 * target source) get an empty body and answer 422.
 */
final class ProbeRencana implements BagianProbe {

    private static final Set<String> TULIS = Set.of("operator", "admin-pemda");
    private static final String KOSONG = "{}";

    private String renstra;
    private String tujuan;
    private String sasaran;
    private String indikator;
    private String iku;

    @Override
    public void siapkan() {
        String token = Keycloak.token("operator.pangkalpinang");
        JsonNode daftar = Api.get("api/v1/renstra", token).json();
        renstra = daftar.get(0).get("kode").asText();
        assertEquals("DITETAPKAN", daftar.get(0).get("status").asText(), daftar.toString());
        JsonNode pohon = Api.get("api/v1/renstra/" + renstra, token).json();
        JsonNode t = pohon.get("tujuan").get(0);
        tujuan = t.get("kode").asText();
        JsonNode s = t.get("sasaran").get(0);
        sasaran = s.get("kode").asText();
        indikator = s.get("indikator").get(0).get("kode").asText();
        iku = Api.get("api/v1/iku", token).json().get(0).get("kode").asText();
        String tokenB = Keycloak.token("operator.kaltim");
        for (JsonNode r : Api.get("api/v1/renstra", tokenB).json()) {
            assertFalse(r.get("kode").asText().equals(renstra), "pemda B punya kode Renstra yang sama: " + renstra);
        }
        for (JsonNode r : Api.get("api/v1/iku", tokenB).json()) {
            assertFalse(r.get("kode").asText().equals(iku), "pemda B punya kode IKU yang sama: " + iku);
        }
    }

    @Override
    public Map<String, Aturan> baris() {
        Map<String, Aturan> m = new LinkedHashMap<>();
        m.put("GET /v1/renstra", Aturan.milikSendiri(PEMDA, 200));
        m.put("POST /v1/renstra", Aturan.milikSendiri(TULIS, 422).denganIsi(KOSONG));
        m.put("GET /v1/renstra/{kode}", Aturan.rekamanA(PEMDA, 200));
        m.put("POST /v1/renstra/{kode}/perubahan", Aturan.rekamanA(TULIS, 422).denganIsi(KOSONG));
        // A's Renstra is adopted: adopting it again, and every change of its content, is refused with the reason
        m.put("POST /v1/renstra/{kode}/penetapan", Aturan.rekamanA(Set.of("admin-pemda", "pimpinan"), 409).denganIsi(KOSONG));
        m.put("POST /v1/renstra/{kode}/tujuan", Aturan.rekamanA(TULIS, 409).denganIsi(KOSONG));
        m.put("PUT /v1/renstra/{kode}/tujuan/{kodeTujuan}", Aturan.rekamanA(TULIS, 409).denganIsi(KOSONG));
        m.put("POST /v1/renstra/{kode}/sasaran", Aturan.rekamanA(TULIS, 409).denganIsi(KOSONG));
        m.put("PUT /v1/renstra/{kode}/sasaran/{kodeSasaran}", Aturan.rekamanA(TULIS, 409).denganIsi(KOSONG));
        m.put("POST /v1/renstra/{kode}/indikator", Aturan.rekamanA(TULIS, 409).denganIsi(KOSONG));
        m.put("PUT /v1/renstra/{kode}/indikator/{kodeIndikator}", Aturan.rekamanA(TULIS, 409).denganIsi(KOSONG));
        m.put("PUT /v1/renstra/{kode}/indikator/{kodeIndikator}/target/{tahun}/{sumber}",
                Aturan.rekamanA(TULIS, 409).denganIsi(KOSONG));
        m.put("GET /v1/iku", Aturan.milikSendiri(PEMDA, 200));
        m.put("PUT /v1/iku/{kode}", Aturan.rekamanA(Set.of("admin-pemda"), 422).denganIsi(KOSONG));
        m.put("GET /v1/pengaturan/sumber-target", Aturan.milikSendiri(PEMDA, 200));
        // never a valid body: the probe must not change A's or B's target source (other tests read their figures)
        m.put("PUT /v1/pengaturan/sumber-target", Aturan.milikSendiri(Set.of("admin-pemda"), 422).denganIsi(KOSONG));
        return m;
    }

    @Override
    public String alamat(String operasi) {
        String alamat = BagianProbe.super.alamat(operasi);
        return alamat.replace("/iku/{kode}", "/iku/" + iku).replace("{kode}", renstra).replace("{kodeTujuan}", tujuan)
                .replace("{kodeSasaran}", sasaran).replace("{kodeIndikator}", indikator).replace("{sumber}", "RENSTRA");
    }
}
