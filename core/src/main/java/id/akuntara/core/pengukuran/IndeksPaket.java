package id.akuntara.core.pengukuran;

import id.akuntara.core.paket.PaketData;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import static id.akuntara.core.paket.Paket.daftar;

/**
 * The records of a pemda's data the measurement looks up per indicator, indexed once, so that measuring a year
 * costs in proportion to the data (docs/benchmarks.md: scanning every list per indicator made ten times the Kaltim
 * data cost 32–45 times as much). The first record of a key wins, as a scan in the data's order would find it.
 */
final class IndeksPaket {

    private final PaketData data;
    private final Map<Integer, Map<String, List<KandidatTarget>>> kandidat = new HashMap<>();
    private final Map<String, PaketData.Realisasi> realisasi = new HashMap<>();
    private final Map<String, PaketData.RencanaAksi> rencanaAksi = new HashMap<>();

    IndeksPaket(PaketData data) {
        this.data = data;
        for (PaketData.Realisasi r : daftar(data.realisasi())) {
            if (r.indikator() != null && r.tahun() != null) {
                realisasi.putIfAbsent(kunci(r.indikator(), r.tahun(), r.periode() == null ? "TAHUNAN" : r.periode()), r);
            }
        }
        for (PaketData.RencanaAksi a : daftar(data.rencanaAksi())) {
            if (a.indikator() != null && a.tahun() != null && a.triwulan() != null) {
                rencanaAksi.putIfAbsent(kunci(a.indikator(), a.tahun(), "TW" + a.triwulan()), a);
            }
        }
    }

    PaketData data() {
        return data;
    }

    List<KandidatTarget> kandidat(String indikator, int tahun) {
        return kandidat.computeIfAbsent(tahun, t -> KandidatTarget.perIndikator(data, t))
                .getOrDefault(indikator, List.of());
    }

    /** The realisasi record of the period ("TAHUNAN", "TW1" … "TW4"). */
    Optional<PaketData.Realisasi> realisasi(String indikator, int tahun, String periode) {
        return Optional.ofNullable(realisasi.get(kunci(indikator, tahun, periode)));
    }

    Optional<PaketData.RencanaAksi> rencanaAksi(String indikator, int tahun, int triwulan) {
        return Optional.ofNullable(rencanaAksi.get(kunci(indikator, tahun, "TW" + triwulan)));
    }

    private static String kunci(String indikator, int tahun, String periode) {
        return indikator + '\u0000' + tahun + '\u0000' + periode;
    }
}
