package id.akuntara.core.kualitas;

import id.akuntara.core.paket.PaketData;

import java.util.ArrayList;
import java.util.List;

import static id.akuntara.core.paket.Paket.daftar;

/** A sasaran no indicator measures. */
final class SasaranTanpaIndikator implements PemeriksaanKualitas {

    @Override
    public String id() {
        return "sasaran-tanpa-indikator";
    }

    @Override
    public String uraian() {
        return "Sasaran tidak memiliki indikator kinerja.";
    }

    @Override
    public Keparahan keparahan() {
        return Keparahan.PERINGATAN;
    }

    @Override
    public List<TemuanKualitas> periksa(PaketData p) {
        List<TemuanKualitas> hasil = new ArrayList<>();
        var ss = daftar(p.sasaran());
        for (int i = 0; i < ss.size(); i++) {
            var s = ss.get(i);
            if (daftar(p.indikator()).stream().noneMatch(x -> s.kode().equals(x.sasaran()))) {
                hasil.add(temuan("Sasaran " + s.kode() + " (" + s.teks() + ") tidak memiliki indikator.",
                        List.of("$.sasaran[" + i + "]")));
            }
        }
        return hasil;
    }
}
