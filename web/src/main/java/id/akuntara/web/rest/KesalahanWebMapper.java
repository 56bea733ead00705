package id.akuntara.web.rest;

import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;

/**
 * Every HTTP error that JAX-RS raises (403 for a missing role, 404, 405, 406, 415, …) as problem details. An
 * answer below 400 is passed through untouched: RESTEasy answers {@code OPTIONS} with such an exception.
 */
@Provider
public class KesalahanWebMapper implements ExceptionMapper<WebApplicationException> {

    @Context
    HttpHeaders headers;

    @Context
    UriInfo uri;

    @Override
    public Response toResponse(WebApplicationException e) {
        Response asli = e.getResponse();
        if (asli == null || asli.getStatus() < 400) {
            return asli;
        }
        Response.ResponseBuilder jawaban = JawabanMasalah.jawaban(JawabanMasalah.masalah(asli.getStatus(), headers, uri));
        for (String header : new String[] {HttpHeaders.ALLOW, HttpHeaders.WWW_AUTHENTICATE, HttpHeaders.RETRY_AFTER}) {
            if (asli.getHeaders().containsKey(header)) {
                jawaban.header(header, asli.getHeaderString(header));
            }
        }
        return jawaban.build();
    }
}
