package id.akuntara.web.security;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.function.BooleanSupplier;

/**
 * Whether Keycloak answers: its realm's OpenID configuration is fetched with a short timeout, and the answer is
 * kept for a few seconds so that a burst of failed logins or token checks during an outage does not become a
 * burst of probes. Used to tell "Keycloak is unreachable" (503) apart from "the token is invalid" (401), by
 * the readiness check, and by the pages before they send a browser to Keycloak's login.
 */
public final class KetersediaanKeycloak {

    static final Duration MASA_SIMPAN = Duration.ofSeconds(3);

    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2))
            .followRedirects(HttpClient.Redirect.NEVER).build();
    private static final KetersediaanKeycloak BERSAMA = new KetersediaanKeycloak(KetersediaanKeycloak::periksa,
            MASA_SIMPAN.toNanos());

    private final BooleanSupplier pemeriksa;
    private final long masaSimpanNanos;
    private volatile Hasil terakhir;

    KetersediaanKeycloak(BooleanSupplier pemeriksa, long masaSimpanNanos) {
        this.pemeriksa = pemeriksa;
        this.masaSimpanNanos = masaSimpanNanos;
    }

    private record Hasil(boolean tersedia, long waktu) {
    }

    /** Whether Keycloak answered the last probe, made at most {@link #MASA_SIMPAN} ago. */
    public static boolean tersedia() {
        return BERSAMA.cek(System.nanoTime());
    }

    boolean cek(long sekarang) {
        Hasil h = terakhir;
        if (h == null || sekarang - h.waktu() >= masaSimpanNanos) {
            h = new Hasil(pemeriksa.getAsBoolean(), sekarang);
            terakhir = h;
        }
        return h.tersedia();
    }

    private static boolean periksa() {
        String url = KeycloakSetting.realmUrl() + "/.well-known/openid-configuration";
        try {
            HttpResponse<Void> response = HTTP.send(HttpRequest.newBuilder(URI.create(url))
                    .timeout(Duration.ofSeconds(3)).GET().build(), HttpResponse.BodyHandlers.discarding());
            return response.statusCode() == 200;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        } catch (Exception e) {
            return false;
        }
    }
}
