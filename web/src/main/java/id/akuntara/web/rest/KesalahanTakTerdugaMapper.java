package id.akuntara.web.rest;

import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;

import java.util.logging.Level;
import java.util.logging.Logger;

/** Any other failure: 500 as problem details, without the exception's text; the server log has it. */
@Provider
public class KesalahanTakTerdugaMapper implements ExceptionMapper<Throwable> {

    private static final Logger LOG = Logger.getLogger(KesalahanTakTerdugaMapper.class.getName());

    @Context
    HttpHeaders headers;

    @Context
    UriInfo uri;

    @Override
    public Response toResponse(Throwable e) {
        Masalah masalah = JawabanMasalah.masalah(500, headers, uri);
        LOG.log(Level.SEVERE, "Kesalahan tak terduga pada " + masalah.instance(), e);
        return JawabanMasalah.jawaban(masalah).build();
    }
}
