package id.akuntara.web.security;

import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import org.wildfly.security.http.oidc.OidcSecurityContext;

import java.io.IOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;

/**
 * Signs the user out of Akuntara and of Keycloak (OpenID Connect RP-initiated logout), then returns
 * to the start page, which asks for a new login.
 */
@WebServlet("/keluar")
public class KeluarServlet extends HttpServlet {

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException, ServletException {
        Object context = request.getAttribute(OidcSecurityContext.class.getName());
        String idToken = context instanceof OidcSecurityContext oidc ? oidc.getIDTokenString() : null;
        String issuer = context instanceof OidcSecurityContext oidc && oidc.getToken() != null
                ? oidc.getToken().getIssuer() : null;
        String beranda = request.getRequestURL().toString().replaceFirst("/keluar$", "/");
        request.logout();
        HttpSession session = request.getSession(false);
        if (session != null) {
            session.invalidate();
        }
        if (issuer == null) {
            response.sendRedirect(beranda);
            return;
        }
        String url = issuer + "/protocol/openid-connect/logout?post_logout_redirect_uri="
                + URLEncoder.encode(beranda, StandardCharsets.UTF_8)
                + (idToken != null ? "&id_token_hint=" + URLEncoder.encode(idToken, StandardCharsets.UTF_8)
                        : "&client_id=akuntara-web");
        response.sendRedirect(url);
    }
}
