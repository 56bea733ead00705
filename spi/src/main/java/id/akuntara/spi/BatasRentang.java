package id.akuntara.spi;

import java.util.Objects;

/**
 * A fan-out limit: under one unit of the level above, at most {@code maksimum} units of level
 * {@code kodeJenjang}, for a Sekretariat Daerah of the given type.
 *
 * @param tipe        the Setda type the limit applies to
 * @param kodeJenjang code of the limited (child) level, e.g. {@code biro}
 * @param maksimum    at most this many children per parent unit (positive)
 * @param sumber      the regulation and where it says so, quoted or cited
 */
public record BatasRentang(TipeSekretariat tipe, String kodeJenjang, int maksimum, String sumber) {

    public BatasRentang {
        Objects.requireNonNull(tipe, "tipe");
        Teks.wajib(kodeJenjang, "kodeJenjang");
        Teks.wajib(sumber, "sumber");
        if (maksimum <= 0) {
            throw new IllegalArgumentException("maksimum harus positif: " + maksimum);
        }
    }
}
