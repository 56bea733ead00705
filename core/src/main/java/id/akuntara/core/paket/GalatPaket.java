package id.akuntara.core.paket;

/**
 * One problem in a data package: where (a JSON path such as {@code $.pegawai[3].nip}) and what, in Bahasa
 * Indonesia.
 */
public record GalatPaket(String jalur, String pesan) {
}
