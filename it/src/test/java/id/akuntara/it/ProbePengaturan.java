package id.akuntara.it;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;

/**
 * The probe's rows for the pemda's settings: read by the four pemda roles of each pemda (its own settings, the
 * tenant from the token); the change is only ever sent with an empty body, so A's and B's admin get 422 and no
 * pemda's settings change (other tests read their figures).
 */
final class ProbePengaturan implements BagianProbe {

    private static final Set<String> PEMDA = Set.of("admin-pemda", "operator", "verifikator", "pimpinan");

    @Override
    public Map<String, Aturan> baris() {
        Map<String, Aturan> m = new LinkedHashMap<>();
        m.put("GET /v1/pengaturan", Aturan.milikSendiri(PEMDA, 200));
        m.put("PUT /v1/pengaturan", Aturan.milikSendiri(Set.of("admin-pemda"), 422).denganIsi("{}"));
        return m;
    }
}
