package id.akuntara.web.rest;

import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;

import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Any other failure: 500 as problem details, without the exception's text; the server log has it. One exception: an
 * optimistic-lock failure detected when the transaction flushes or commits (two saves of the same record racing) is a
 * 409 conflict, however the container wrapped it, and the first save stands; a body that is not valid JSON, or of the
 * wrong type, is the caller's 400, not a server error.
 */
@Provider
public class KesalahanTakTerdugaMapper implements ExceptionMapper<Throwable> {

    private static final Logger LOG = Logger.getLogger(KesalahanTakTerdugaMapper.class.getName());

    @Context
    HttpHeaders headers;

    @Context
    UriInfo uri;

    @Override
    public Response toResponse(Throwable e) {
        if (kunciOptimistis(e)) {
            Masalah konflik = JawabanMasalah.masalah(409, headers, uri).denganRincian(
                    "Data ini baru saja diubah orang lain; perubahan Anda tidak disimpan. Muat ulang lalu ulangi.",
                    "This record was just changed by someone else; your change was not saved. Reload and try again.");
            return JawabanMasalah.jawaban(konflik).build();
        }
        if (adaDalamRantai(e, "jakarta.json.bind.JsonbException", "jakarta.json.JsonException")) {
            Masalah tidakSah = JawabanMasalah.masalah(400, headers, uri).denganRincian(
                    "Isi permintaan bukan JSON yang sah atau tipe sebuah isiannya salah (mis. teks di tempat angka).",
                    "The request body is not valid JSON, or a field has the wrong type (e.g. text where a number belongs).");
            return JawabanMasalah.jawaban(tidakSah).build();
        }
        Masalah masalah = JawabanMasalah.masalah(500, headers, uri);
        LOG.log(Level.SEVERE, "Kesalahan tak terduga pada " + masalah.instance(), e);
        return JawabanMasalah.jawaban(masalah).build();
    }

    private static boolean kunciOptimistis(Throwable e) {
        // by name: the web layer does not depend on JPA or Hibernate (WebArchitectureTest)
        return adaDalamRantai(e, "jakarta.persistence.OptimisticLockException", "org.hibernate.StaleStateException");
    }

    /** Whether the exception or one of its causes is (a subclass of) one of the named classes. */
    static boolean adaDalamRantai(Throwable e, String... kelas) {
        java.util.Set<String> nama = java.util.Set.of(kelas);
        for (Throwable t = e; t != null; t = t.getCause() == t ? null : t.getCause()) {
            for (Class<?> c = t.getClass(); c != null; c = c.getSuperclass()) {
                if (nama.contains(c.getName())) {
                    return true;
                }
            }
        }
        return false;
    }
}
