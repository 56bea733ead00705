/**
 * The refusals an application use case answers with, each carrying its message in Bahasa Indonesia and English:
 * invalid input listing every field ({@link ValidasiGagalException}, HTTP 422), a record that does not exist in the
 * caller's pemda ({@link TidakDitemukanException}, 404 — another pemda's id looks the same, existence is not
 * revealed), and a stale version ({@link KonflikVersiException}, 409 with the current version).
 */
package id.akuntara.core.galat;
