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
 * 409 conflict, however the container wrapped it, and the first save stands.
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
        Masalah masalah = JawabanMasalah.masalah(500, headers, uri);
        LOG.log(Level.SEVERE, "Kesalahan tak terduga pada " + masalah.instance(), e);
        return JawabanMasalah.jawaban(masalah).build();
    }

    private static boolean kunciOptimistis(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause() == t ? null : t.getCause()) {
            for (Class<?> c = t.getClass(); c != null; c = c.getSuperclass()) {
                // by name: the web layer does not depend on JPA or Hibernate (WebArchitectureTest)
                if (c.getName().equals("jakarta.persistence.OptimisticLockException")
                        || c.getName().equals("org.hibernate.StaleStateException")) {
                    return true;
                }
            }
        }
        return false;
    }
}
