package id.akuntara.core.application.realisasi;

import id.akuntara.core.galat.GalatIsian;

import java.util.List;

/**
 * A workflow step on one realisasi: the version the caller saw (required, a stale one is a conflict) and, to return
 * it, the note saying what to fix (required there, ignored otherwise). {@code galatBentuk}: fields the transport could
 * not read as text, listed by the use case after it loaded the record.
 */
public record IsianAlur(String versi, String catatan, List<GalatIsian> galatBentuk) {

    public IsianAlur {
        galatBentuk = galatBentuk == null ? List.of() : List.copyOf(galatBentuk);
    }

    public IsianAlur(String versi, String catatan) {
        this(versi, catatan, List.of());
    }
}
