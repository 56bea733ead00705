package id.akuntara.core.application.realisasi;

/**
 * A workflow step on one realisasi: the version the caller saw (required, a stale one is a conflict) and, to return
 * it, the note saying what to fix (required there, ignored otherwise).
 */
public record IsianAlur(String versi, String catatan) {
}
