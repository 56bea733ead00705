package id.akuntara.it;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;

/**
 * The probe's rows for onboarding (issue 13 point 4): the pemda registry for admin-platform only, the data package
 * import for a pemda's admin-pemda only. Bodies that change nothing: an empty new pemda (422), an empty package (422,
 * checked before anything is written). Every other role, kementerian included, gets 403.
 */
final class ProbePemda implements BagianProbe {

    private static final Set<String> PLATFORM = Set.of("admin-platform");
    private static final Set<String> ADMIN = Set.of("admin-pemda");

    @Override
    public Map<String, Aturan> baris() {
        Map<String, Aturan> m = new LinkedHashMap<>();
        m.put("GET /v1/pemda", Aturan.milikSendiri(PLATFORM, 200));
        m.put("POST /v1/pemda", Aturan.milikSendiri(PLATFORM, 422).denganIsi("{}"));
        m.put("POST /v1/paket-data", Aturan.milikSendiri(ADMIN, 422).denganIsi("{}"));
        return m;
    }
}
