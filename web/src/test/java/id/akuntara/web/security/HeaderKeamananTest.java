package id.akuntara.web.security;

import org.junit.jupiter.api.Test;

import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

class HeaderKeamananTest {

    @Test
    void tanpaTlsTanpaHsts() {
        Map<String, String> h = HeaderKeamanan.untuk("default-src 'self';\n   frame-ancestors 'none'", false);
        assertEquals("default-src 'self'; frame-ancestors 'none'", h.get("Content-Security-Policy"));
        assertEquals("DENY", h.get("X-Frame-Options"));
        assertEquals("nosniff", h.get("X-Content-Type-Options"));
        assertEquals("strict-origin-when-cross-origin", h.get("Referrer-Policy"));
        assertFalse(h.containsKey("Strict-Transport-Security"));
    }

    @Test
    void denganTlsDenganHstsDanCspApiSebagaiBawaan() {
        Map<String, String> h = HeaderKeamanan.untuk(null, true);
        assertEquals(HeaderKeamanan.CSP_API, h.get("Content-Security-Policy"));
        assertEquals(HeaderKeamanan.HSTS, h.get("Strict-Transport-Security"));
    }
}
