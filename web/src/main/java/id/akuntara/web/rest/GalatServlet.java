package id.akuntara.web.rest;

import id.akuntara.web.security.KetersediaanKeycloak;
import jakarta.servlet.DispatcherType;
import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import java.io.IOException;
import java.nio.charset.StandardCharsets;

/**
 * The API's error page (web.xml {@code <error-page>}): the errors that the container answers before JAX-RS — 401
 * from the OIDC mechanism, 403 from a security constraint, 404 outside {@code /v1}, 500 — as problem details too.
 *
 * <p>A 401 (or 500) for a request that carried a bearer token while Keycloak does not answer becomes 503: the
 * token could not be checked (its signing key may be one the server has not fetched yet), which is not the
 * caller's fault and goes away by itself.
 */
@WebServlet(GalatServlet.ALAMAT)
public class GalatServlet extends HttpServlet {

    static final String ALAMAT = "/galat";

    @Override
    protected void service(HttpServletRequest request, HttpServletResponse response) throws IOException {
        boolean galat = request.getDispatcherType() == DispatcherType.ERROR;
        Object kode = request.getAttribute(RequestDispatcher.ERROR_STATUS_CODE);
        int status = galat && kode instanceof Integer k ? k : 404;
        String instance = galat && request.getAttribute(RequestDispatcher.ERROR_REQUEST_URI) instanceof String uri
                ? uri : request.getRequestURI();
        if ((status == 401 || status == 500) && bawaToken(request) && !KetersediaanKeycloak.tersedia()) {
            status = 503;
            response.setHeader("Retry-After", "30");
        }
        Masalah masalah = Masalah.untuk(status, instance, bahasa(request));
        response.setStatus(status);
        response.setContentType(Masalah.MEDIA_TYPE);
        response.setHeader("Content-Language", masalah.bahasa().kode());
        response.setHeader("Vary", "Accept-Language");
        response.setHeader("Cache-Control", "no-store");
        if (!"HEAD".equals(request.getMethod())) {
            response.getOutputStream().write(masalah.json().getBytes(StandardCharsets.UTF_8));
        }
    }

    /** Without an Accept-Language header the container offers its own default locale; Bahasa Indonesia then. */
    private static Masalah.Bahasa bahasa(HttpServletRequest request) {
        return request.getHeader("Accept-Language") == null ? Masalah.Bahasa.ID : Masalah.Bahasa.dari(request.getLocales());
    }

    private static boolean bawaToken(HttpServletRequest request) {
        String authorization = request.getHeader("Authorization");
        return authorization != null && authorization.regionMatches(true, 0, "Bearer ", 0, 7);
    }
}
