package id.akuntara.it;

import com.fasterxml.jackson.databind.JsonNode;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;

/**
 * The probe's rows for the users of a pemda (issue 13): admin-pemda only. Bodies that change nothing: an empty user
 * (422), disabling A's admin themself (409), enabling A's operator who is active (200, no change), the role
 * kementerian (422). Pemda B's admin on A's user ids: 404.
 */
final class ProbePengguna implements BagianProbe {

    private static final Set<String> ADMIN = Set.of("admin-pemda");
    private static String idAdminA;
    private static String idOperatorA;

    @Override
    public void siapkan() {
        Api.Jawaban daftar = Api.get("api/v1/pengguna", Keycloak.token("admin.pangkalpinang"));
        if (daftar.status() != 200) {
            throw new IllegalStateException("Daftar pengguna pemda A: " + daftar.status() + " " + daftar.body());
        }
        for (JsonNode u : daftar.json()) {
            if ("admin.pangkalpinang".equals(u.get("username").asText())) {
                idAdminA = u.get("id").asText();
            } else if ("operator.pangkalpinang".equals(u.get("username").asText())) {
                idOperatorA = u.get("id").asText();
            }
        }
    }

    @Override
    public Map<String, Aturan> baris() {
        Map<String, Aturan> m = new LinkedHashMap<>();
        m.put("GET /v1/pengguna", Aturan.milikSendiri(ADMIN, 200));
        m.put("POST /v1/pengguna", Aturan.milikSendiri(ADMIN, 422).denganIsi("{}"));
        m.put("POST /v1/pengguna/{id}/nonaktifkan", Aturan.rekamanA(ADMIN, 409));
        m.put("POST /v1/pengguna/{id}/aktifkan", Aturan.rekamanA(ADMIN, 200));
        m.put("PUT /v1/pengguna/{id}/peran", Aturan.rekamanA(ADMIN, 422).denganIsi("{\"peran\":[\"kementerian\"]}"));
        return m;
    }

    @Override
    public String alamat(String operasi) {
        String id = operasi.endsWith("/aktifkan") ? idOperatorA : idAdminA;
        return BagianProbe.super.alamat(operasi).replace("{id}", id);
    }
}
