package id.akuntara.core.reviu;

import java.util.List;

/** A worksheet as read: its data rows and the errors found while reading (e.g. a missing column). */
public record LembarKerja(List<BarisLembarKerja> baris, List<Galat> galat) {

    public LembarKerja {
        baris = List.copyOf(baris);
        galat = List.copyOf(galat);
    }
}
