package id.akuntara.web.rest;

import id.akuntara.core.application.KualitasDataService;
import id.akuntara.core.akses.Peran;
import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.extensions.Extension;

/**
 * {@code GET /api/v1/kualitas-data}: the data-quality findings of the caller's own pemda (the pemda comes from the
 * verified token only): each with the check's id, a description in Bahasa Indonesia, the severity (GALAT,
 * PERINGATAN, INFO) and the offending records as JSON paths into the pemda's data package. For the tenant admin.
 */
@Path("kualitas-data")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
public class KualitasDataResource {

    @Inject
    KualitasDataService layanan;

    @GET
    @RolesAllowed(Peran.ADMIN_PEMDA)
    @Operation(extensions = @Extension(name = "x-peran", value = "[\"admin-pemda\"]", parseValue = true))
    public KualitasDataService.LaporanKualitasData periksa() {
        return layanan.periksa();
    }
}
