package id.akuntara.web.rest;

/** An error body: a message in Bahasa Indonesia and its HTTP status. */
public record Pesan(int status, String pesan) {
}
