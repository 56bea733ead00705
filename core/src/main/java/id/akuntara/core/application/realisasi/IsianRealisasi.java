package id.akuntara.core.application.realisasi;

import id.akuntara.core.galat.GalatIsian;

import java.util.List;

/**
 * What an operator enters for one indicator, year and period, as sent (text; the use case reads and checks every
 * field and lists all that are invalid). The value's state is an explicit choice, never inferred from a blank:
 * <ul>
 *   <li>{@code ADA} — a released value, {@code nilai} in Indonesian notation ("81,65"; a JSON number is taken as
 *       it is);</li>
 *   <li>{@code BELUM_RILIS} — not yet released by the evaluating body (Pangkalpinang LAKIP 2021: LPPD and AKIP 2021),
 *       no value;</li>
 *   <li>{@code DIBAWA_DARI} — a value of an earlier year reported again ({@code tahunAsal} and {@code nilai}; Kaltim
 *       LKjIP 2021: EKPPD 2018 used for 2021);</li>
 *   <li>{@code TIDAK_ADA} — no value, with the reason in {@code keterangan}.</li>
 * </ul>
 * The kebab-case spellings {@code ada}, {@code belum-rilis}, {@code dibawa-dari}, {@code tidak-ada} are accepted too.
 *
 * @param versi       the version the caller edited (required when the realisasi exists; absent to create it)
 * @param statusNilai one of the four choices above
 * @param nilai       the value (ADA, DIBAWA_DARI), else absent
 * @param tahunAsal   the earlier year (DIBAWA_DARI only)
 * @param keterangan  a note; the reason for TIDAK_ADA (required there)
 * @param penjelasan  the explanation; absent = none (the whole realisasi is replaced, as PUT does)
 * @param galatBentuk fields the transport could not read as text (e.g. an object where a number belongs): listed by
 *                    the use case with its own findings, after it loaded the record
 */
public record IsianRealisasi(String versi, String statusNilai, String nilai, String tahunAsal, String keterangan,
        Penjelasan penjelasan, List<GalatIsian> galatBentuk) {

    public IsianRealisasi {
        galatBentuk = galatBentuk == null ? List.of() : List.copyOf(galatBentuk);
    }

    public IsianRealisasi(String versi, String statusNilai, String nilai, String tahunAsal, String keterangan,
            Penjelasan penjelasan) {
        this(versi, statusNilai, nilai, tahunAsal, keterangan, penjelasan, List.of());
    }
}
