package id.akuntara.web.rest;

import id.akuntara.core.application.ProfilPengguna;
import id.akuntara.core.application.ProfilPenggunaService;
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
 * {@code GET /api/v1/pemda-saya}: the current tenant's pemda record. Tenant-scoped: the pemda comes
 * from the token's {@code organization} claim; a user of no or several pemda gets 403.
 */
@Path("pemda-saya")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
public class PemdaSayaResource {

    @Inject
    ProfilPenggunaService profil;

    @GET
    @RolesAllowed({Peran.ADMIN_PEMDA, Peran.OPERATOR, Peran.VERIFIKATOR, Peran.PIMPINAN})
    @Operation(extensions = @Extension(name = "x-peran", value = "[\"admin-pemda\",\"operator\",\"verifikator\",\"pimpinan\"]", parseValue = true))
    public ProfilPengguna.PemdaRingkas pemdaSaya() {
        return profil.pemdaSaya();
    }
}
