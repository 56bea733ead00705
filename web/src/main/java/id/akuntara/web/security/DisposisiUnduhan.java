package id.akuntara.web.security;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;

/**
 * The {@code Content-Disposition} of an uploaded file sent back (bukti dukung, over REST and from the page): an
 * attachment, never shown inline; an ASCII fallback name in which nothing can end or break the header, and the exact
 * name as uploaded in RFC 5987 encoding.
 */
public final class DisposisiUnduhan {

    private DisposisiUnduhan() {
    }

    public static String lampiran(String nama) {
        String ascii = nama.replaceAll("[^\\x20-\\x7E]", "_").replace("\\", "_").replace("\"", "_");
        return "attachment; filename=\"" + ascii + "\"; filename*=UTF-8''"
                + URLEncoder.encode(nama, StandardCharsets.UTF_8).replace("+", "%20");
    }
}
