package id.akuntara.it;

import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * A browser without a browser: plain HTTP with cookies through the pages' OIDC login (Keycloak's two-step form),
 * so that tests can read the headers of the pages' answers, which Selenium cannot.
 */
final class MasukHttp {

    private static final Pattern FORM_ACTION = Pattern.compile("<form[^>]*id=\"kc-form-login\"[^>]*action=\"([^\"]+)\"",
            Pattern.DOTALL);

    private final HttpClient http = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();

    /**
     * Cookies by server (host and port) and name, with their path. By hand, because Keycloak marks its cookies
     * {@code Secure} also on http://localhost (a browser allows that there; java.net's CookieManager does not).
     */
    private final Map<String, Map<String, String[]>> kuki = new HashMap<>();

    /** Every answer received, in order, redirects included. */
    final List<HttpResponse<String>> jawaban = new ArrayList<>();

    /** Opens {@code url} and follows redirects, returning the last answer. */
    HttpResponse<String> buka(String url) {
        return ikuti(kirim(HttpRequest.newBuilder(URI.create(url)).GET()));
    }

    /** Opens the start page, signs in as {@code username} and returns the start page's answer. */
    HttpResponse<String> masuk(String url, String username, String password) {
        HttpResponse<String> login = buka(url);
        if (!login.body().contains("kc-form-login")) {
            throw new AssertionError("Bukan halaman login Keycloak (HTTP " + login.statusCode() + "): " + login.body());
        }
        HttpResponse<String> sandi = kirimForm(login, "username=" + enc(username));
        if (sandi.statusCode() == 200 && sandi.body().contains("name=\"password\"")) {
            return kirimForm(sandi, "username=" + enc(username) + "&password=" + enc(password));
        }
        return sandi;
    }

    private HttpResponse<String> kirimForm(HttpResponse<String> halaman, String isi) {
        Matcher m = FORM_ACTION.matcher(halaman.body());
        if (!m.find()) {
            throw new AssertionError("Formulir login tidak ditemukan: " + halaman.body());
        }
        URI action = halaman.uri().resolve(m.group(1).replace("&amp;", "&"));
        return ikuti(kirim(HttpRequest.newBuilder(action).header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(isi))));
    }

    private HttpResponse<String> ikuti(HttpResponse<String> response) {
        for (int i = 0; i < 10 && response.statusCode() / 100 == 3; i++) {
            URI next = response.uri().resolve(response.headers().firstValue("Location").orElseThrow());
            response = kirim(HttpRequest.newBuilder(next).GET());
        }
        return response;
    }

    private HttpResponse<String> kirim(HttpRequest.Builder request) {
        HttpRequest r = request.build();
        Map<String, String[]> milikServer = kuki.computeIfAbsent(r.uri().getAuthority(), k -> new HashMap<>());
        String header = milikServer.entrySet().stream()
                .filter(e -> r.uri().getPath().startsWith(e.getValue()[1]))
                .map(e -> e.getKey() + "=" + e.getValue()[0]).collect(Collectors.joining("; "));
        HttpRequest.Builder denganKuki = HttpRequest.newBuilder(r, (n, v) -> true);
        if (!header.isEmpty()) {
            denganKuki.header("Cookie", header);
        }
        try {
            HttpResponse<String> response = http.send(denganKuki.build(), HttpResponse.BodyHandlers.ofString());
            for (String setCookie : response.headers().allValues("Set-Cookie")) {
                String[] bagian = setCookie.split(";");
                String[] nilai = bagian[0].split("=", 2);
                String path = "/";
                for (String atribut : bagian) {
                    if (atribut.strip().toLowerCase().startsWith("path=")) {
                        path = atribut.strip().substring(5);
                    }
                }
                boolean hapus = setCookie.toLowerCase().contains("max-age=0") || nilai.length < 2 || nilai[1].isEmpty();
                if (hapus) {
                    milikServer.remove(nilai[0].strip());
                } else {
                    milikServer.put(nilai[0].strip(), new String[] {nilai[1], path});
                }
            }
            jawaban.add(response);
            return response;
        } catch (IOException e) {
            throw new IllegalStateException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private static String enc(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }
}
