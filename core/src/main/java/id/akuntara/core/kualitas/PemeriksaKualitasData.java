package id.akuntara.core.kualitas;

import id.akuntara.core.paket.PaketData;

import java.util.List;

/** Runs every declarative data-quality check over a data package (pure Java, no database). */
public final class PemeriksaKualitasData {

    private PemeriksaKualitasData() {
    }

    public static List<TemuanKualitas> periksa(PaketData paket) {
        // TODO(helper-4): skeleton committed early so the region helpers compile against the agreed API
        return List.of();
    }
}
