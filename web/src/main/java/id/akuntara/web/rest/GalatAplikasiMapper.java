package id.akuntara.web.rest;

import id.akuntara.core.akses.AksesDitolakException;
import id.akuntara.core.domain.bersama.AturanDilanggarException;
import id.akuntara.core.galat.GalatIsian;
import id.akuntara.core.galat.KonflikVersiException;
import id.akuntara.core.galat.LayananTidakTersediaException;
import id.akuntara.core.galat.TidakDitemukanException;
import id.akuntara.core.galat.ValidasiGagalException;
import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObjectBuilder;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;

/**
 * The refusals of the application use cases as problem details, in the caller's language. One mapper per kind (JAX-RS
 * picks the closest type):
 * <ul>
 *   <li>{@link ValidasiGagalException} → 422 with {@code errors}: every invalid field with its value and message;</li>
 *   <li>{@link TidakDitemukanException} → 404 (another pemda's id answers the same);</li>
 *   <li>{@link KonflikVersiException} → 409 with {@code versiSaatIni};</li>
 *   <li>{@link AturanDilanggarException} → 409 with the rule's reason (e.g. a signed PK cannot change);</li>
 *   <li>{@link AksesDitolakException} → 403;</li>
 *   <li>{@link LayananTidakTersediaException} → 503 with {@code Retry-After} (e.g. Keycloak down while managing
 *       users; nothing was written).</li>
 * </ul>
 */
public final class GalatAplikasiMapper {

    private GalatAplikasiMapper() {
    }

    /** The problem of the status in the caller's language, with the refusal's own detail. */
    static Masalah masalah(int status, HttpHeaders headers, UriInfo uri, String rincianId, String rincianEn) {
        return JawabanMasalah.masalah(status, headers, uri).denganRincian(rincianId, rincianEn);
    }

    @Provider
    public static class Validasi implements ExceptionMapper<ValidasiGagalException> {
        @Context
        HttpHeaders headers;

        @Context
        UriInfo uri;

        @Override
        public Response toResponse(ValidasiGagalException e) {
            return JawabanMasalah.jawaban(validasi(e, JawabanMasalah.masalah(422, headers, uri))).build();
        }

        /** The 422 problem with {@code errors}: every invalid field with its value and message. */
        static Masalah validasi(ValidasiGagalException e, Masalah dasar) {
            Masalah masalah = dasar.denganRincian(e.galat().size() + " isian tidak sah.", e.galat().size() + " invalid field(s).");
            boolean en = masalah.bahasa() == Masalah.Bahasa.EN;
            JsonArrayBuilder daftar = Json.createArrayBuilder();
            for (GalatIsian g : e.galat()) {
                JsonObjectBuilder o = Json.createObjectBuilder().add("field", g.field());
                if (g.nilai() == null) {
                    o.addNull("nilai");
                } else {
                    o.add("nilai", g.nilai());
                }
                daftar.add(o.add("pesan", en ? g.pesanEn() : g.pesan()));
            }
            return masalah.denganAnggota("errors", daftar.build());
        }
    }

    @Provider
    public static class TidakDitemukan implements ExceptionMapper<TidakDitemukanException> {
        @Context
        HttpHeaders headers;

        @Context
        UriInfo uri;

        @Override
        public Response toResponse(TidakDitemukanException e) {
            return JawabanMasalah.jawaban(masalah(404, headers, uri, e.getMessage(), e.pesanEn())).build();
        }
    }

    @Provider
    public static class KonflikVersi implements ExceptionMapper<KonflikVersiException> {
        @Context
        HttpHeaders headers;

        @Context
        UriInfo uri;

        @Override
        public Response toResponse(KonflikVersiException e) {
            return JawabanMasalah.jawaban(konflik(e, JawabanMasalah.masalah(409, headers, uri))).build();
        }

        /** The 409 problem with {@code versiSaatIni}. */
        static Masalah konflik(KonflikVersiException e, Masalah dasar) {
            Masalah masalah = dasar.denganRincian(e.getMessage(), e.pesanEn());
            return e.versiSaatIni() < 0 ? masalah : masalah.denganAnggota("versiSaatIni", Json.createValue(e.versiSaatIni()));
        }
    }

    @Provider
    public static class AturanDilanggar implements ExceptionMapper<AturanDilanggarException> {
        @Context
        HttpHeaders headers;

        @Context
        UriInfo uri;

        @Override
        public Response toResponse(AturanDilanggarException e) {
            return JawabanMasalah.jawaban(masalah(409, headers, uri, e.getMessage(), e.pesanEn())).build();
        }
    }

    @Provider
    public static class AksesDitolak implements ExceptionMapper<AksesDitolakException> {
        @Context
        HttpHeaders headers;

        @Context
        UriInfo uri;

        @Override
        public Response toResponse(AksesDitolakException e) {
            return JawabanMasalah.jawaban(masalah(403, headers, uri, e.getMessage(), e.pesanEn())).build();
        }
    }

    @Provider
    public static class LayananTidakTersedia implements ExceptionMapper<LayananTidakTersediaException> {
        @Context
        HttpHeaders headers;

        @Context
        UriInfo uri;

        @Override
        public Response toResponse(LayananTidakTersediaException e) {
            return JawabanMasalah.jawaban(masalah(503, headers, uri, e.getMessage(), e.pesanEn()))
                    .header("Retry-After", "30").build();
        }
    }
}
