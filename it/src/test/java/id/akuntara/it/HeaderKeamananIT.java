package id.akuntara.it;

import org.junit.jupiter.api.Test;

import java.net.URI;
import java.net.http.HttpResponse;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Security headers on every answer of the pages and of the API (error answers included), the session cookie's
 * flags, and PKCE (S256) on the pages' login. Over plain HTTP, as here, no HSTS header and no {@code Secure}.
 */
@UjiIntegrasi
class HeaderKeamananIT {

    @Test
    void halamanSetelahMasuk() {
        MasukHttp peramban = new MasukHttp();
        HttpResponse<String> beranda = peramban.masuk(Api.baseUrl(), "operator.klungkung", Keycloak.PASSWORD);
        assertEquals(200, beranda.statusCode(), beranda.body());
        assertTrue(beranda.body().contains("Kabupaten Klungkung"), beranda.body());
        assertHeaderKeamanan(beranda);
        String csp = beranda.headers().firstValue("Content-Security-Policy").orElseThrow();
        assertTrue(csp.contains("default-src 'self'") && csp.contains("script-src 'self'")
                && !csp.contains("unsafe-eval"), csp);

        // the CSS the page links to, and a page that does not exist (the container's error page)
        HttpResponse<String> css = peramban.buka(Api.baseUrl() + "jakarta.faces.resource/akuntara.css.xhtml");
        assertEquals(200, css.statusCode());
        assertHeaderKeamanan(css);
        HttpResponse<String> tidakAda = peramban.buka(Api.baseUrl() + "tidak-ada.xhtml");
        assertEquals(404, tidakAda.statusCode());
        assertHeaderKeamanan(tidakAda);

        // the session cookie, set when the login returns to Akuntara
        List<String> sesi = peramban.jawaban.stream().filter(j -> j.uri().toString().startsWith(Api.baseUrl()))
                .flatMap(j -> j.headers().allValues("Set-Cookie").stream())
                .filter(c -> c.startsWith("JSESSIONID=")).map(String::toLowerCase).toList();
        assertFalse(sesi.isEmpty(), "tidak ada cookie sesi");
        for (String cookie : sesi) {
            assertTrue(cookie.contains("; httponly"), cookie);
            assertTrue(cookie.contains("; samesite=lax"), cookie);
            assertFalse(cookie.contains("; secure"), "tanpa TLS tidak Secure: " + cookie);
        }
    }

    @Test
    void loginMemakaiPkceS256DanCookieHttpOnly() {
        HttpResponse<String> redirect = Api.kirim("GET", "", null);
        assertEquals(302, redirect.statusCode());
        assertHeaderKeamanan(redirect);
        String location = redirect.headers().firstValue("Location").orElseThrow();
        assertTrue(location.startsWith(Keycloak.url() + "/realms/akuntara/protocol/openid-connect/auth"), location);
        String query = URI.create(location).getRawQuery();
        assertTrue(List.of(query.split("&")).contains("code_challenge_method=S256"), location);
        assertTrue(query.matches(".*(^|&)code_challenge=[A-Za-z0-9_-]{43}(&|$).*"), location);

        // the login's own cookies (state, PKCE verifier) are HttpOnly as well
        List<String> cookies = redirect.headers().allValues("Set-Cookie");
        assertFalse(cookies.isEmpty());
        for (String cookie : cookies) {
            assertTrue(cookie.toLowerCase().contains("; httponly"), cookie);
        }
    }

    @Test
    void apiJawabanBaikDanGalat() {
        String token = Keycloak.token("operator.klungkung");
        for (HttpResponse<String> jawaban : List.of(
                Api.kirim("GET", "api/v1/kesehatan", null),
                Api.kirim("GET", "api/v1/saya", token),
                Api.kirim("GET", "api/v1/saya", null),
                Api.kirim("GET", "api/v1/plugin", token),
                Api.kirim("GET", "api/v1/tidak-ada", token),
                Api.kirim("GET", "api/tidak-ada", token),
                Api.kirim("DELETE", "api/v1/saya", token))) {
            assertHeaderKeamanan(jawaban);
            assertEquals(HeaderKeamananIT.CSP_API, jawaban.headers().firstValue("Content-Security-Policy").orElseThrow(),
                    jawaban.uri().toString());
        }
    }

    static final String CSP_API = "default-src 'none'; frame-ancestors 'none'; base-uri 'none'; form-action 'none'";

    static void assertHeaderKeamanan(HttpResponse<?> jawaban) {
        String apa = jawaban.request().method() + " " + jawaban.uri() + " → " + jawaban.statusCode() + " " + jawaban.headers().map();
        String csp = jawaban.headers().firstValue("Content-Security-Policy").orElse("");
        assertTrue(csp.contains("frame-ancestors 'none'"), apa);
        assertEquals("DENY", jawaban.headers().firstValue("X-Frame-Options").orElse(null), apa);
        assertEquals("nosniff", jawaban.headers().firstValue("X-Content-Type-Options").orElse(null), apa);
        assertEquals("strict-origin-when-cross-origin", jawaban.headers().firstValue("Referrer-Policy").orElse(null), apa);
        assertTrue(jawaban.headers().firstValue("Strict-Transport-Security").isEmpty(), "HSTS tanpa TLS: " + apa);
    }
}
