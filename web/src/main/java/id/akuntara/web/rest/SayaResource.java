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
 * {@code GET /api/v1/saya}: who am I — name, pemda and roles, as the start page shows them. Open to
 * every Akuntara role, including the ministry (whose pemda is empty); a token without any of them
 * gets 403.
 */
@Path("saya")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
public class SayaResource {

    @Inject
    ProfilPenggunaService profil;

    @GET
    @RolesAllowed({Peran.ADMIN_PEMDA, Peran.OPERATOR, Peran.VERIFIKATOR, Peran.PIMPINAN, Peran.KEMENTERIAN,
            Peran.ADMIN_PLATFORM})
    @Operation(extensions = @Extension(name = "x-peran", value = "[\"admin-pemda\",\"operator\",\"verifikator\",\"pimpinan\",\"kementerian\",\"admin-platform\"]", parseValue = true))
    public ProfilPengguna saya() {
        return profil.profil();
    }
}
