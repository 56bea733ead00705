package id.akuntara.core.application.anggaran;

/**
 * One quarter's realisation of a budget line.
 *
 * @param versi the version of the line the caller edited (stale: 409)
 * @param nilai the quarter's realisation (not cumulative), Rupiah in Indonesian notation ("1.234.567,89")
 */
public record IsianRealisasi(Long versi, String nilai) {
}
