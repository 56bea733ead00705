package id.akuntara.core.reviu;

import id.akuntara.core.calc.AngkaTercetak;
import id.akuntara.core.calc.Polaritas;
import java.util.Optional;

/** A row whose cells have been read and validated; what the checks work on. */
record BarisSiap(BarisLembarKerja asal, JenisBaris jenis, Polaritas polaritas, Sel target, Sel realisasi,
        Optional<AngkaTercetak> tercetak) {

    int baris() {
        return asal.baris();
    }

    String id() {
        return asal.id();
    }

    String induk() {
        return asal.induk();
    }
}
