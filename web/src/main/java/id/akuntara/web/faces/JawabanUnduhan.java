package id.akuntara.web.faces;

import jakarta.servlet.http.HttpServletResponse;

import java.io.IOException;
import java.nio.charset.StandardCharsets;

/**
 * The answer of the pages' download servlets (reports, evidence): the file whole, with its name, never cached; or a
 * refusal with its status and a sentence in plain text. {@code X-Content-Type-Options} comes from the security headers
 * on every response.
 */
public final class JawabanUnduhan {

    private JawabanUnduhan() {
    }

    public static void kirim(HttpServletResponse resp, String jenis, String disposisi, byte[] isi) throws IOException {
        resp.setContentType(jenis);
        resp.setHeader("Content-Disposition", disposisi);
        resp.setHeader("Cache-Control", "no-store");
        resp.setContentLength(isi.length);
        resp.getOutputStream().write(isi);
    }

    public static void tolak(HttpServletResponse resp, int status, String pesan) throws IOException {
        resp.setStatus(status);
        resp.setContentType("text/plain;charset=UTF-8");
        resp.getOutputStream().write(pesan.getBytes(StandardCharsets.UTF_8));
    }
}
