package id.akuntara.core.paket.hitung;

import id.akuntara.core.paket.PaketData;

import java.util.List;

/** Computes capaian, predikat, sasaran aggregates and serapan from a data package (pure Java, no database). */
public final class PerhitunganPaket {

    private PerhitunganPaket() {
    }

    public static HasilPaket hitung(PaketData paket, int tahun) {
        // TODO(helper-4): skeleton committed early so the region helpers compile against the agreed API
        return new HasilPaket(paket.pemda(), tahun, List.of(), List.of(), List.of());
    }
}
