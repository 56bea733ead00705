package id.akuntara.web.security;

import id.akuntara.core.akses.Peran;
import id.akuntara.core.tenancy.PenggunaSaatIni;
import id.akuntara.core.tenancy.PenggunaTerverifikasi;
import jakarta.inject.Inject;
import jakarta.servlet.DispatcherType;
import jakarta.json.JsonString;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.wildfly.security.http.oidc.AccessToken;
import org.wildfly.security.http.oidc.OidcPrincipal;
import org.wildfly.security.http.oidc.OidcSecurityContext;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * Fills {@link PenggunaSaatIni} from the access token that WildFly's OIDC mechanism has
 * already verified (signature, issuer, expiry). The pemda comes from the {@code organization} claim
 * only — Keycloak writes it either as a list of aliases or as an object keyed by alias. Also on the error dispatch:
 * a page refused by a security constraint (403) never ran the filter, and its error page (terlarang.xhtml, in the
 * layout) needs the user too.
 */
@WebFilter(urlPatterns = "/*", dispatcherTypes = {DispatcherType.REQUEST, DispatcherType.ERROR})
public class PenggunaFilter extends HttpFilter {

    @Inject
    PenggunaSaatIni penggunaSaatIni;

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        AccessToken token = token(request);
        if (token != null) {
            if (request.getDispatcherType() != DispatcherType.ERROR) {
                penggunaSaatIni.tetapkan(pengguna(token));
            } else {
                try {
                    penggunaSaatIni.tetapkan(pengguna(token));
                } catch (IllegalStateException sudahDitetapkan) {
                    // the failed request itself passed the filter: the same user, already set
                }
            }
        }
        chain.doFilter(request, response);
    }

    static PenggunaTerverifikasi pengguna(AccessToken token) {
        Set<String> peran = new TreeSet<>();
        if (token.getRealmAccessClaim() != null && token.getRealmAccessClaim().getRoles() != null) {
            token.getRealmAccessClaim().getRoles().stream().filter(Peran.SEMUA::contains).forEach(peran::add);
        }
        String nama = token.getName() != null ? token.getName() : token.getPreferredUsername();
        return new PenggunaTerverifikasi(token.getPreferredUsername(), nama, token.getEmail(),
                organisasi(token.getClaimValue("organization")), peran);
    }

    public static List<String> organisasi(Object claim) {
        List<String> aliases = new ArrayList<>();
        if (claim instanceof Map<?, ?> map) {
            map.keySet().forEach(k -> aliases.add(String.valueOf(k)));
        } else if (claim instanceof Iterable<?> list) {
            list.forEach(v -> aliases.add(v instanceof JsonString js ? js.getString() : String.valueOf(v)));
        } else if (claim instanceof JsonString js) {
            aliases.add(js.getString());
        } else if (claim instanceof String single) {
            aliases.add(single);
        }
        return aliases;
    }

    private static AccessToken token(HttpServletRequest request) {
        Object context = request.getAttribute(OidcSecurityContext.class.getName());
        if (context instanceof OidcSecurityContext oidc && oidc.getToken() != null) {
            return oidc.getToken();
        }
        if (request.getUserPrincipal() instanceof OidcPrincipal<?> principal) {
            return principal.getOidcSecurityContext().getToken();
        }
        return null;
    }
}
