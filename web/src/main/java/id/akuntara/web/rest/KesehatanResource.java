package id.akuntara.web.rest;

import id.akuntara.core.application.KesiapanBasisData;
import jakarta.annotation.security.PermitAll;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Liveness ({@code GET /api/v1/kesehatan}) and readiness ({@code GET /api/v1/kesehatan/siap}: the
 * database and Keycloak are reachable). Public on purpose: load balancers call them without a token,
 * and they reveal no tenant data.
 */
@Path("kesehatan")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
public class KesehatanResource {

    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();

    @Inject
    KesiapanBasisData basisData;

    @GET
    @PermitAll
    public Map<String, String> hidup() {
        return Map.of("status", "UP");
    }

    @GET
    @Path("siap")
    @PermitAll
    public Response siap() {
        Map<String, String> hasil = new LinkedHashMap<>();
        hasil.put("basisData", basisData.periksa());
        hasil.put("keycloak", keycloak());
        boolean siap = hasil.values().stream().allMatch("UP"::equals);
        hasil.put("status", siap ? "UP" : "DOWN");
        return Response.status(siap ? 200 : 503).entity(hasil).build();
    }

    private String keycloak() {
        String url = KeycloakSetting.realmUrl() + "/.well-known/openid-configuration";
        try {
            HttpResponse<Void> response = HTTP.send(HttpRequest.newBuilder(URI.create(url))
                    .timeout(Duration.ofSeconds(3)).GET().build(), HttpResponse.BodyHandlers.discarding());
            return response.statusCode() == 200 ? "UP" : "DOWN: HTTP " + response.statusCode() + " dari " + url;
        } catch (Exception e) {
            if (e instanceof InterruptedException) {
                Thread.currentThread().interrupt();
            }
            return "DOWN: " + url + " tidak dapat dihubungi";
        }
    }
}
