package id.akuntara.web.rest.kinerja;

import id.akuntara.core.pengukuran.TahunTidakAdaException;
import id.akuntara.web.rest.JawabanMasalah;
import id.akuntara.web.rest.Masalah;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;

import java.util.stream.Collectors;

/** The pemda's data hold nothing for the year asked: 404, the detail naming the years they do hold. */
@Provider
public class TahunTidakAdaMapper implements ExceptionMapper<TahunTidakAdaException> {

    @Context
    HttpHeaders headers;

    @Context
    UriInfo uri;

    @Override
    public Response toResponse(TahunTidakAdaException e) {
        Masalah masalah = JawabanMasalah.masalah(404, headers, uri);
        String tahun = e.tersedia().isEmpty() ? null
                : e.tersedia().stream().map(String::valueOf).collect(Collectors.joining(", "));
        String rincian = masalah.bahasa() == Masalah.Bahasa.EN
                ? "The pemda's data hold nothing for this year; years there are: " + (tahun == null ? "none" : tahun) + "."
                : e.getMessage() + ".";
        return JawabanMasalah.jawaban(masalah.denganRincian(rincian)).build();
    }
}
