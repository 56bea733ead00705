package id.akuntara.it;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;

/** Black-box HTTP calls to the deployed EAR. */
final class Api {

    private static final HttpClient HTTP = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();
    private static final ObjectMapper JSON = new ObjectMapper();

    /** The answer: status code and body (JSON when it parses, else null). */
    record Jawaban(int status, String body) {
        JsonNode json() {
            try {
                return JSON.readTree(body);
            } catch (IOException e) {
                throw new AssertionError("Bukan JSON (HTTP " + status + "): " + body, e);
            }
        }
    }

    private Api() {
    }

    static String baseUrl() {
        return PlatformExtension.config().appUrl();
    }

    /**
     * Any request, with the full answer (headers too): {@code method} on {@code path} of the EAR, with a bearer
     * token unless null, and further request headers as name/value pairs.
     */
    static HttpResponse<String> kirim(String method, String path, String bearerToken, String... headers) {
        return kirimIsi(method, path, bearerToken, null, null, headers);
    }

    /** A request with a JSON body (none when {@code json} is null). */
    static HttpResponse<String> kirimJson(String method, String path, String bearerToken, String json, String... headers) {
        return kirimIsi(method, path, bearerToken, "application/json",
                json == null ? null : json.getBytes(java.nio.charset.StandardCharsets.UTF_8), headers);
    }

    /** A request with a body of the given content type (none when {@code isi} is null). */
    static HttpResponse<String> kirimIsi(String method, String path, String bearerToken, String jenisIsi, byte[] isi,
            String... headers) {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(baseUrl() + path))
                .method(method, isi == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofByteArray(isi));
        if (isi != null) {
            request.header("Content-Type", jenisIsi);
        }
        if (bearerToken != null) {
            request.header("Authorization", "Bearer " + bearerToken);
        }
        for (int i = 0; i < headers.length; i += 2) {
            request.header(headers[i], headers[i + 1]);
        }
        try {
            return HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new IllegalStateException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** The JSON body of an answer. */
    static JsonNode json(HttpResponse<String> response) {
        return new Jawaban(response.statusCode(), response.body()).json();
    }

    static Jawaban get(String path, String bearerToken) {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(baseUrl() + path)).GET();
        if (bearerToken != null) {
            request.header("Authorization", "Bearer " + bearerToken);
        }
        try {
            HttpResponse<String> response = HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString());
            return new Jawaban(response.statusCode(), response.body());
        } catch (IOException e) {
            throw new IllegalStateException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
