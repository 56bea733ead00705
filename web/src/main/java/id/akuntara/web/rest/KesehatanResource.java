package id.akuntara.web.rest;

import id.akuntara.core.application.KesiapanBasisData;
import id.akuntara.web.security.KetersediaanKeycloak;
import jakarta.annotation.security.PermitAll;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.extensions.Extension;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.logging.Logger;

/**
 * Liveness ({@code GET /api/v1/kesehatan}) and readiness ({@code GET /api/v1/kesehatan/siap}: the
 * database and Keycloak are reachable). Public on purpose: load balancers call them without a token (also with
 * {@code HEAD}), so they tell the state of each part only ({@code UP}/{@code DOWN}), never an address or an
 * error text.
 */
@Path("kesehatan")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
public class KesehatanResource {

    private static final Logger LOG = Logger.getLogger(KesehatanResource.class.getName());

    @Inject
    KesiapanBasisData basisData;

    @Context
    HttpHeaders headers;

    @Context
    UriInfo uri;

    @GET
    @PermitAll
    @Operation(extensions = {@Extension(name = "x-peran", value = "[]", parseValue = true), @Extension(name = "x-publik", value = "true", parseValue = true)})
    public Map<String, String> hidup() {
        return Map.of("status", "UP");
    }

    @GET
    @Path("siap")
    @PermitAll
    @Produces({MediaType.APPLICATION_JSON, Masalah.MEDIA_TYPE})
    @Operation(extensions = {@Extension(name = "x-peran", value = "[]", parseValue = true), @Extension(name = "x-publik", value = "true", parseValue = true)})
    public Response siap() {
        Map<String, String> bagian = new LinkedHashMap<>();
        String db = basisData.periksa();
        if (!"UP".equals(db)) {
            LOG.warning("Kesiapan: basis data " + db);
        }
        bagian.put("basisData", "UP".equals(db) ? "UP" : "DOWN");
        bagian.put("keycloak", KetersediaanKeycloak.tersedia() ? "UP" : "DOWN");
        if (bagian.values().stream().allMatch("UP"::equals)) {
            Map<String, String> hasil = new LinkedHashMap<>(bagian);
            hasil.put("status", "UP");
            return Response.ok(hasil, MediaType.APPLICATION_JSON_TYPE).build();
        }
        Masalah masalah = JawabanMasalah.masalah(503, headers, uri);
        masalah = masalah.denganRincian(masalah.bahasa() == Masalah.Bahasa.EN
                ? "Akuntara is not ready: a part it needs does not answer." : "Akuntara belum siap: ada bagian yang tidak menjawab.")
                .denganTambahan(bagian);
        return JawabanMasalah.jawaban(masalah).header("Retry-After", "30").build();
    }
}
