package id.akuntara.web.rest;

import jakarta.annotation.security.PermitAll;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.extensions.Extension;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

/**
 * {@code GET /api/v1/openapi}: the API's OpenAPI document, generated from the resources' annotations at build time
 * (smallrye-open-api-maven-plugin, web/pom.xml) and served as built. Public. Each operation names its roles in
 * {@code x-peran} (WebArchitectureTest checks them against {@code @RolesAllowed}); public ones have
 * {@code x-publik: true}.
 */
@Path("openapi")
@ApplicationScoped
public class OpenApiResource {

    /** Where the build writes the document, next to this class. */
    public static final String BERKAS = "openapi.json";

    private volatile String dokumen;

    @GET
    @PermitAll
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "Dokumen OpenAPI API ini", description = "Publik.", extensions = {@Extension(name = "x-peran", value = "[]", parseValue = true), @Extension(name = "x-publik", value = "true", parseValue = true)})
    public Response dokumen() {
        return Response.ok(baca(), MediaType.APPLICATION_JSON_TYPE).build();
    }

    private String baca() {
        String isi = dokumen;
        if (isi == null) {
            try (InputStream in = OpenApiResource.class.getResourceAsStream(BERKAS)) {
                if (in == null) {
                    throw new IllegalStateException(BERKAS + " tidak ada di samping " + OpenApiResource.class.getName());
                }
                isi = new String(in.readAllBytes(), StandardCharsets.UTF_8);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            dokumen = isi;
        }
        return isi;
    }
}
