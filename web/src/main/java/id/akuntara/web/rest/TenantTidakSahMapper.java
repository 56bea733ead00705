package id.akuntara.web.rest;

import id.akuntara.core.tenancy.TenantTidakSahException;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;

/** A tenant-scoped request without exactly one pemda is forbidden (403), with the reason. */
@Provider
public class TenantTidakSahMapper implements ExceptionMapper<TenantTidakSahException> {
    @Override
    public Response toResponse(TenantTidakSahException e) {
        return Response.status(Response.Status.FORBIDDEN).type(MediaType.APPLICATION_JSON)
                .entity(new Pesan(403, e.getMessage())).build();
    }
}
