package id.akuntara.web.rest;

import jakarta.ws.rs.ForbiddenException;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;

/** A valid token without the role a method requires gets 403 with a message in Bahasa Indonesia. */
@Provider
public class AksesDitolakMapper implements ExceptionMapper<ForbiddenException> {
    @Override
    public Response toResponse(ForbiddenException e) {
        return Response.status(Response.Status.FORBIDDEN).type(MediaType.APPLICATION_JSON)
                .entity(new Pesan(403, "Akses ditolak: peran Anda tidak mengizinkan permintaan ini.")).build();
    }
}
