package id.akuntara.core.kualitas;

import id.akuntara.core.paket.PaketData;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

import static id.akuntara.core.paket.Paket.daftar;

/**
 * A budget node (program, kegiatan) whose stated pagu or realisasi differs from the sum of its children's, checked
 * separately (as {@code SerapanCalculator.selisihDenganAnak}); a child with pagu 0 and no realisasi ("-") counts
 * as 0, a figure missing on some other child leaves that figure unchecked. Like is compared with like: the pagu
 * murni with the children's pagu murni, and a parent's pagu perubahan with its children's pagu in force. A parent
 * that states no pagu perubahan is not compared with its children's revised pagu (Tanjungpinang LKIP 2020 prints
 * the programs' original pagu in Tabel 2.5 and the revised pagu only per kegiatan), which would be a false error.
 */
final class AnggaranIndukAnak implements PemeriksaanKualitas {

    @Override
    public String id() {
        return "anggaran-induk-anak";
    }

    @Override
    public String uraian() {
        return "Pagu atau realisasi pos anggaran induk tidak sama dengan jumlah pos anaknya.";
    }

    @Override
    public Keparahan keparahan() {
        return Keparahan.GALAT;
    }

    @Override
    public List<TemuanKualitas> periksa(PaketData p) {
        List<TemuanKualitas> hasil = new ArrayList<>();
        var pos = daftar(p.anggaran());
        for (int i = 0; i < pos.size(); i++) {
            var induk = pos.get(i);
            List<PaketData.PosAnggaran> anak = pos.stream().filter(a -> induk.kode().equals(a.induk()))
                    .filter(a -> pagu(a) != null || a.realisasi() != null).toList();
            if (anak.isEmpty()) {
                continue;
            }
            bandingkan(p, i, induk, anak, "pagu murni", "paguMurni", PaketData.PosAnggaran::paguMurni, hasil);
            if (induk.paguPerubahan() != null) {
                bandingkan(p, i, induk, anak, "pagu perubahan", "paguPerubahan", AnggaranIndukAnak::pagu, hasil);
            }
            bandingkan(p, i, induk, anak, "realisasi", "realisasi", PaketData.PosAnggaran::realisasi, hasil);
        }
        return hasil;
    }

    private void bandingkan(PaketData p, int i, PaketData.PosAnggaran induk, List<PaketData.PosAnggaran> anak,
            String apa, String kolom, Function<PaketData.PosAnggaran, BigDecimal> nilai, List<TemuanKualitas> hasil) {
        Function<PaketData.PosAnggaran, BigDecimal> nilaiAnak = a -> nilai.apply(a) == null && pagu(a) != null
                && pagu(a).signum() == 0 ? BigDecimal.ZERO : nilai.apply(a);
        BigDecimal n = nilai.apply(induk);
        if (n == null || anak.stream().anyMatch(a -> nilaiAnak.apply(a) == null)) {
            return;
        }
        BigDecimal jumlah = anak.stream().map(nilaiAnak).reduce(BigDecimal.ZERO, BigDecimal::add);
        if (jumlah.compareTo(n) != 0) {
            List<String> r = new ArrayList<>(List.of("$.anggaran[" + i + "]." + kolom));
            anak.forEach(a -> r.add("$.anggaran[" + Bantu.indeks(daftar(p.anggaran()), a) + "]"));
            hasil.add(temuan("Pos anggaran " + induk.kode() + " (" + induk.nama() + "): " + apa + " tertulis "
                    + Bantu.rupiah(n) + ", jumlah " + anak.size() + " pos anaknya " + Bantu.rupiah(jumlah) + " (selisih "
                    + Bantu.rupiah(n.subtract(jumlah)) + ").", r));
        }
    }

    static BigDecimal pagu(PaketData.PosAnggaran a) {
        return a.paguPerubahan() != null ? a.paguPerubahan() : a.paguMurni();
    }
}
