package id.akuntara.it;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;

/** The probe's rows for health, the OpenAPI document, the caller's profile, plugins and data quality. */
final class ProbeDasar implements BagianProbe {

    @Override
    public Map<String, Aturan> baris() {
        Map<String, Aturan> m = new LinkedHashMap<>();
        m.put("GET /v1/kesehatan", Aturan.publik());
        m.put("GET /v1/kesehatan/siap", Aturan.publik());
        m.put("GET /v1/openapi", Aturan.publik());
        m.put("GET /v1/saya", Aturan.milikSendiri(SEMUA, 200));
        m.put("GET /v1/pemda-saya", Aturan.milikSendiri(PEMDA, 200));
        m.put("GET /v1/plugin", Aturan.milikSendiri(Set.of("admin-platform"), 200));
        m.put("GET /v1/kualitas-data", Aturan.milikSendiri(Set.of("admin-pemda"), 200));
        return m;
    }
}
