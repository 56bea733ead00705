package id.akuntara.web.rest;

import id.akuntara.core.tenancy.TenantTidakSahException;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;

/** A tenant-scoped request without exactly one pemda is forbidden (403), with the reason. */
@Provider
public class TenantTidakSahMapper implements ExceptionMapper<TenantTidakSahException> {

    static final String RINCIAN_EN = "Access denied: this data belongs to one pemda, and your account is not tied to"
            + " exactly one pemda.";

    @Context
    HttpHeaders headers;

    @Context
    UriInfo uri;

    @Override
    public Response toResponse(TenantTidakSahException e) {
        Masalah masalah = JawabanMasalah.masalah(403, headers, uri);
        return JawabanMasalah.jawaban(masalah.denganRincian(masalah.bahasa() == Masalah.Bahasa.EN ? RINCIAN_EN
                : e.getMessage())).build();
    }
}
