package id.akuntara.web.rest;

import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;

/** Turns a {@link Masalah} into the JAX-RS answer. */
public final class JawabanMasalah {

    private JawabanMasalah() {
    }

    public static Masalah masalah(int status, HttpHeaders headers, UriInfo uri) {
        Masalah.Bahasa bahasa = headers == null ? Masalah.Bahasa.ID : Masalah.Bahasa.dari(headers.getAcceptableLanguages());
        return Masalah.untuk(status, uri == null ? null : uri.getRequestUri().getRawPath(), bahasa);
    }

    public static Response.ResponseBuilder jawaban(Masalah masalah) {
        return Response.status(masalah.status()).type(Masalah.MEDIA_TYPE)
                .header(HttpHeaders.CONTENT_LANGUAGE, masalah.bahasa().kode())
                .header(HttpHeaders.VARY, HttpHeaders.ACCEPT_LANGUAGE)
                .entity(masalah.json());
    }
}
