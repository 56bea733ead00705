package id.akuntara.web.security;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The security headers of every answer of Akuntara, pages and API alike. The Content-Security-Policy differs:
 * each WAR names its own in the context parameter {@value #PARAM_CSP} of its web.xml; without one the API's
 * (nothing may load, nothing may frame it) applies. HSTS only over TLS: sent over plain HTTP it is ignored by
 * browsers, and a local run has no TLS.
 */
public final class HeaderKeamanan {

    public static final String PARAM_CSP = "akuntara.content-security-policy";
    public static final String CSP_API = "default-src 'none'; frame-ancestors 'none'; base-uri 'none'; form-action 'none'";
    public static final String HSTS = "max-age=31536000; includeSubDomains";

    private HeaderKeamanan() {
    }

    /** The headers to add to an answer; {@code tls} whether the request came over TLS. */
    public static Map<String, String> untuk(String csp, boolean tls) {
        Map<String, String> header = new LinkedHashMap<>();
        header.put("Content-Security-Policy", csp == null || csp.isBlank() ? CSP_API : csp.strip().replaceAll("\\s+", " "));
        header.put("X-Frame-Options", "DENY");
        header.put("X-Content-Type-Options", "nosniff");
        header.put("Referrer-Policy", "strict-origin-when-cross-origin");
        if (tls) {
            header.put("Strict-Transport-Security", HSTS);
        }
        return header;
    }
}
