package id.akuntara.web.security;

import io.undertow.server.HttpHandler;
import io.undertow.server.HttpServerExchange;
import io.undertow.server.handlers.Cookie;
import io.undertow.servlet.ServletExtension;
import io.undertow.servlet.api.DeploymentInfo;
import io.undertow.util.HeaderMap;
import io.undertow.util.Headers;
import io.undertow.util.HttpString;
import jakarta.servlet.ServletContext;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Map;

/**
 * Wraps each WAR's whole handler chain (outside the OIDC mechanism), so that every answer gets the security
 * headers — the login redirect, the 401 challenge and the container's error pages too —, over TLS every
 * cookie the flag {@code Secure}, and the session cookie {@code SameSite=Lax} (Undertow ignores web.xml's cookie
 * attributes). The headers are added just before the answer is committed, so a
 * {@code response.reset()} on the way (the container does one before an error page) cannot drop them.
 *
 * <p>And when the OIDC mechanism is about to send a browser to Keycloak's login while Keycloak does not answer,
 * the browser gets a 503 page in Bahasa Indonesia instead (instead of a connection error at Keycloak); the next
 * request after Keycloak returns goes to the login again.
 *
 * <p>Registered in {@code META-INF/services/io.undertow.servlet.ServletExtension}.
 */
public class KeamananUndertow implements ServletExtension {

    static final String HALAMAN_MASUK_TIDAK_TERSEDIA = bacaHalaman();
    static final String COOKIE_SESI = "JSESSIONID";

    @Override
    public void handleDeployment(DeploymentInfo deploymentInfo, ServletContext servletContext) {
        String csp = deploymentInfo.getInitParameters().get(HeaderKeamanan.PARAM_CSP);
        deploymentInfo.addOuterHandlerChainWrapper(next -> new Penangan(next, csp));
    }

    static final class Penangan implements HttpHandler {
        private final HttpHandler next;
        private final String csp;

        Penangan(HttpHandler next, String csp) {
            this.next = next;
            this.csp = csp;
        }

        @Override
        public void handleRequest(HttpServerExchange exchange) throws Exception {
            exchange.addResponseCommitListener(this::tambahHeader);
            exchange.addDefaultResponseListener(KeamananUndertow::loginSaatKeycloakMati);
            next.handleRequest(exchange);
        }

        private void tambahHeader(HttpServerExchange exchange) {
            HeaderMap headers = exchange.getResponseHeaders();
            for (Map.Entry<String, String> h : HeaderKeamanan.untuk(csp, exchange.isSecure()).entrySet()) {
                HttpString nama = HttpString.tryFromString(h.getKey());
                if (!headers.contains(nama)) {
                    headers.put(nama, h.getValue());
                }
            }
            for (Cookie cookie : exchange.responseCookies()) {
                if (exchange.isSecure()) {
                    cookie.setSecure(true);
                }
                if (COOKIE_SESI.equals(cookie.getName()) && cookie.getSameSiteMode() == null) {
                    cookie.setSameSiteMode("Lax");
                }
            }
        }
    }

    /** A redirect to Keycloak's authorization endpoint while Keycloak does not answer becomes a 503 page. */
    static boolean loginSaatKeycloakMati(HttpServerExchange exchange) {
        if (exchange.getStatusCode() != 302 && exchange.getStatusCode() != 303) {
            return false;
        }
        String location = exchange.getResponseHeaders().getFirst(Headers.LOCATION);
        if (location == null || !location.contains("/protocol/openid-connect/auth") || KetersediaanKeycloak.tersedia()) {
            return false;
        }
        exchange.setStatusCode(503);
        HeaderMap headers = exchange.getResponseHeaders();
        headers.remove(Headers.LOCATION);
        headers.put(Headers.CONTENT_TYPE, "text/html; charset=UTF-8");
        headers.put(Headers.CACHE_CONTROL, "no-store");
        headers.put(Headers.RETRY_AFTER, "30");
        headers.put(Headers.CONTENT_LANGUAGE, "id");
        exchange.getResponseSender().send(HALAMAN_MASUK_TIDAK_TERSEDIA, StandardCharsets.UTF_8);
        return true;
    }

    private static String bacaHalaman() {
        try (InputStream in = KeamananUndertow.class.getResourceAsStream("masuk-tidak-tersedia.html")) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
