package id.akuntara.core.kualitas;

import id.akuntara.core.paket.PaketData;

import java.util.ArrayList;
import java.util.List;

/**
 * Runs every declarative data-quality check of {@link DaftarPemeriksaan} over a data package (pure Java, no
 * database). Unlike {@code Paket.periksa} (is the package well-formed?), these report what a well-formed package
 * says that does not add up: conflicting targets, PK amounts, cascades, budget trees, gaps.
 */
public final class PemeriksaKualitasData {

    private PemeriksaKualitasData() {
    }

    public static List<TemuanKualitas> periksa(PaketData paket) {
        List<TemuanKualitas> temuan = new ArrayList<>();
        for (PemeriksaanKualitas p : DaftarPemeriksaan.SEMUA) {
            temuan.addAll(p.periksa(paket));
        }
        return List.copyOf(temuan);
    }
}
