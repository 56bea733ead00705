package id.akuntara.core.kualitas;

import id.akuntara.core.domain.rencana.SumberTarget;
import id.akuntara.core.paket.PaketData;
import id.akuntara.core.pengukuran.KandidatTarget;
import id.akuntara.core.pengukuran.LayananPengukuran;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.TreeSet;

import static id.akuntara.core.paket.Paket.daftar;

/**
 * A target less ambitious than what was already achieved: the authoritative target of a year below the previous
 * year's realisasi (a released value, or the kondisi awal of that year) for a higher-is-better indicator, above it
 * for a lower-is-better one.
 */
final class TargetDiBawahRealisasiLalu implements PemeriksaanKualitas {

    @Override
    public String id() {
        return "target-di-bawah-realisasi-lalu";
    }

    @Override
    public String uraian() {
        return "Target suatu tahun lebih rendah dari realisasi tahun sebelumnya (lebih tinggi untuk indikator"
                + " yang makin rendah makin baik).";
    }

    @Override
    public Keparahan keparahan() {
        return Keparahan.PERINGATAN;
    }

    @Override
    public List<TemuanKualitas> periksa(PaketData p) {
        List<TemuanKualitas> hasil = new ArrayList<>();
        SumberTarget berwenang = id.akuntara.core.pengukuran.KebijakanPengukuran.sumberTarget(p.pengaturan());
        var ik = daftar(p.indikator());
        for (int i = 0; i < ik.size(); i++) {
            var ind = ik.get(i);
            boolean turun = "TURUN".equalsIgnoreCase(ind.polaritas());
            TreeSet<Integer> tahun = new TreeSet<>();
            daftar(p.target()).stream().filter(t -> ind.kode().equals(t.indikator()) && t.tahun() != null)
                    .forEach(t -> tahun.add(t.tahun()));
            for (int t : tahun) {
                Optional<KandidatTarget> target = LayananPengukuran.targetBerwenang(p, ind.kode(), t, berwenang);
                if (target.isEmpty() || target.get().nilai() == null || target.get().nilaiAtas() != null) {
                    continue;
                }
                Optional<Object[]> lalu = realisasiLalu(p, ind, t - 1);
                if (lalu.isEmpty()) {
                    continue;
                }
                BigDecimal r = (BigDecimal) lalu.get()[0];
                int c = target.get().nilai().compareTo(r);
                if (turun ? c > 0 : c < 0) {
                    hasil.add(temuan("Target " + target.get().asal() + " indikator " + ind.kode() + " tahun " + t + " ("
                            + target.get().tampil() + ") " + (turun ? "di atas" : "di bawah") + " realisasi tahun " + (t - 1)
                            + " (" + Bantu.angka(r) + ")" + (turun ? " padahal makin rendah makin baik." : "."),
                            List.of(target.get().jalur(), (String) lalu.get()[1])));
                }
            }
        }
        return hasil;
    }

    /** [value, path] of the released realisasi of that year, else the kondisi awal of that year. */
    private static Optional<Object[]> realisasiLalu(PaketData p, PaketData.Indikator ind, int tahun) {
        var rs = daftar(p.realisasi());
        for (int i = 0; i < rs.size(); i++) {
            var r = rs.get(i);
            if (ind.kode().equals(r.indikator()) && r.tahun() != null && r.tahun() == tahun
                    && (r.periode() == null || "TAHUNAN".equals(r.periode()))
                    && (r.statusNilai() == null || "ADA".equals(r.statusNilai())) && r.nilai() != null) {
                return Optional.of(new Object[] {r.nilai(), "$.realisasi[" + i + "]"});
            }
        }
        var ka = ind.kondisiAwal();
        if (ka != null && ka.tahun() != null && ka.tahun() == tahun && ka.nilai() != null) {
            return Optional.of(new Object[] {ka.nilai(), "$.indikator[" + Bantu.indeks(daftar(p.indikator()), ind)
                    + "].kondisiAwal"});
        }
        return Optional.empty();
    }
}
