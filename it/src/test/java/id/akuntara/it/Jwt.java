package id.akuntara.it;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.KeyPairGenerator;
import java.security.PrivateKey;
import java.security.Signature;
import java.util.Base64;

/** Forged and tampered tokens for the negative cases. */
final class Jwt {

    private Jwt() {
    }

    /** The same header and claims as {@code real}, signed with a key Keycloak never issued. */
    static String forged(String real) {
        String[] parts = real.split("\\.");
        try {
            KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
            generator.initialize(2048);
            return sign(parts[0] + "." + parts[1], generator.generateKeyPair().getPrivate());
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    /** As {@link #forged(String)}, with a key id ({@code kid}) that Keycloak never published. */
    static String forgedWithUnknownKey(String real) {
        String[] parts = real.split("\\.");
        String header = new String(Base64.getUrlDecoder().decode(parts[0]), StandardCharsets.UTF_8)
                .replaceFirst("\"kid\"\\s*:\\s*\"[^\"]*\"", "\"kid\":\"kunci-tak-dikenal\"");
        String encoded = Base64.getUrlEncoder().withoutPadding().encodeToString(header.getBytes(StandardCharsets.UTF_8));
        return forged(encoded + "." + parts[1] + "." + parts[2]);
    }

    /** {@code real} with one claim's text replaced, keeping Keycloak's original signature. */
    static String tampered(String real, String from, String to) {
        String[] parts = real.split("\\.");
        String claims = new String(Base64.getUrlDecoder().decode(parts[1]), StandardCharsets.UTF_8);
        if (!claims.contains(from)) {
            throw new IllegalArgumentException("Token tidak memuat " + from);
        }
        String changed = Base64.getUrlEncoder().withoutPadding()
                .encodeToString(claims.replace(from, to).getBytes(StandardCharsets.UTF_8));
        return parts[0] + "." + changed + "." + parts[2];
    }

    private static String sign(String content, PrivateKey key) throws GeneralSecurityException {
        Signature signature = Signature.getInstance("SHA256withRSA");
        signature.initSign(key);
        signature.update(content.getBytes(StandardCharsets.US_ASCII));
        return content + "." + Base64.getUrlEncoder().withoutPadding().encodeToString(signature.sign());
    }
}
