package id.akuntara.core.pengukuran;

import id.akuntara.core.calc.HasilHitung;
import id.akuntara.core.calc.PosAnggaran;
import id.akuntara.core.calc.SerapanCalculator;
import id.akuntara.core.paket.PaketData;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import static id.akuntara.core.paket.Paket.daftar;
import static id.akuntara.core.pengukuran.PerhitunganTahun.polos;

/**
 * The budget of a year: each line's pagu (perubahan when present, else murni) and realisasi, a parent's rolled up
 * from its children when all of them have the value (ratio of sums, docs/calculations.md §5), serapan at every
 * level, and the pemda's total over the lines without a parent. Pangkalpinang LAKIP 2021: 83,32 % is printed, its
 * own amounts give 88,02 %; over the lines (KG03 rolled up from its sub-kegiatan) the total is 88,0859… %.
 */
final class PerhitunganAnggaran {

    static final String TOTAL = "TOTAL";

    private final int tahun;
    private final PencatatJejak jejak;
    private final List<PaketData.PosAnggaran> pos;
    private final Map<String, List<PaketData.PosAnggaran>> anak = new HashMap<>();
    private final Map<String, BigDecimal[]> memo = new HashMap<>();

    PerhitunganAnggaran(PaketData p, int tahun, PencatatJejak jejak) {
        this.tahun = tahun;
        this.jejak = jejak;
        this.pos = daftar(p.anggaran()).stream().filter(a -> a.tahun() != null && a.tahun() == tahun).toList();
        pos.forEach(a -> {
            if (a.induk() != null) {
                anak.computeIfAbsent(a.induk(), x -> new ArrayList<>()).add(a);
            }
        });
    }

    KinerjaAnggaran hitung() {
        List<KinerjaAnggaran.Pos> hasil = new ArrayList<>();
        for (PaketData.PosAnggaran a : pos) {
            BigDecimal[] v = nilai(a);
            hasil.add(new KinerjaAnggaran.Pos(a.kode(), a.kodePermendagri(), a.tingkat(), a.nama(), a.induk(),
                    polos(a.paguMurni()), polos(a.paguPerubahan()), polos(v[0]), polos(v[1]),
                    serapan("serapan/" + a.kode(), Aturan.SERAPAN, v[0], v[1])));
        }
        List<BigDecimal[]> akar = pos.stream().filter(a -> a.induk() == null).map(this::nilai).toList();
        KinerjaAnggaran.Pos total = null;
        if (!akar.isEmpty()) {
            BigDecimal pagu = jumlah(akar, 0);
            BigDecimal realisasi = jumlah(akar, 1);
            total = new KinerjaAnggaran.Pos(TOTAL, null, null, "Jumlah " + tahun, null,
                    jumlahMentah(PaketData.PosAnggaran::paguMurni), jumlahMentah(PaketData.PosAnggaran::paguPerubahan),
                    pagu, realisasi, serapan("serapan/" + TOTAL, Aturan.SERAPAN_TOTAL, pagu, realisasi));
        }
        return new KinerjaAnggaran(hasil, total);
    }

    private Angka serapan(String id, Aturan aturan, BigDecimal pagu, BigDecimal realisasi) {
        HasilHitung h = pagu == null || realisasi == null
                ? HasilHitung.tidakDapatDihitung(pagu == null ? "pagu tidak ada" : "realisasi anggaran tidak ada")
                : SerapanCalculator.serapan(new PosAnggaran(pagu, realisasi));
        return jejak.catat(id, aturan, h, "pagu", pagu, "realisasi", realisasi);
    }

    /** Σ of one value over the top lines; null when any of them lacks it. */
    private static BigDecimal jumlah(List<BigDecimal[]> v, int i) {
        if (v.stream().anyMatch(x -> x[i] == null)) {
            return null;
        }
        return polos(v.stream().map(x -> x[i]).reduce(BigDecimal.ZERO, BigDecimal::add));
    }

    private BigDecimal jumlahMentah(java.util.function.Function<PaketData.PosAnggaran, BigDecimal> f) {
        List<BigDecimal> v = pos.stream().filter(a -> a.induk() == null).map(f).toList();
        return v.stream().anyMatch(java.util.Objects::isNull) ? null
                : polos(v.stream().reduce(BigDecimal.ZERO, BigDecimal::add));
    }

    /** [pagu, realisasi] of a line, rolled up from its children where they are complete. */
    private BigDecimal[] nilai(PaketData.PosAnggaran a) {
        BigDecimal[] ada = memo.get(a.kode());
        if (ada != null) {
            return ada;
        }
        BigDecimal pagu = a.paguPerubahan() != null ? a.paguPerubahan() : a.paguMurni();
        BigDecimal realisasi = a.realisasi();
        List<PaketData.PosAnggaran> c = anak.getOrDefault(a.kode(), List.of());
        if (!c.isEmpty()) {
            List<BigDecimal[]> nilaiAnak = c.stream().map(this::nilai)
                    .filter(v -> v[0] != null || v[1] != null)
                    .map(v -> v[1] == null && v[0] != null && v[0].signum() == 0 ? new BigDecimal[] {v[0], BigDecimal.ZERO} : v)
                    .toList();
            if (!nilaiAnak.isEmpty() && nilaiAnak.stream().allMatch(v -> v[0] != null)) {
                pagu = SerapanCalculator.jumlah(nilaiAnak.stream().map(v -> new PosAnggaran(v[0], BigDecimal.ZERO)).toList()).pagu();
            }
            if (!nilaiAnak.isEmpty() && nilaiAnak.stream().allMatch(v -> v[1] != null)) {
                realisasi = SerapanCalculator.jumlah(nilaiAnak.stream().map(v -> new PosAnggaran(BigDecimal.ZERO, v[1])).toList()).realisasi();
            }
        }
        BigDecimal[] v = {pagu, realisasi};
        memo.put(a.kode(), v);
        return v;
    }
}
