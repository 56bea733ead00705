package id.akuntara.core.kualitas;

import id.akuntara.core.paket.PaketData;
import id.akuntara.core.pengukuran.KandidatTarget;

import java.util.ArrayList;
import java.util.List;

import static id.akuntara.core.paket.Paket.daftar;

/** An indicator without a target (from any source) for a year of its plan period (Renstra, else RPJMD). */
final class IndikatorTanpaTarget implements PemeriksaanKualitas {

    @Override
    public String id() {
        return "indikator-tanpa-target";
    }

    @Override
    public String uraian() {
        return "Indikator tidak memiliki target dari sumber mana pun untuk suatu tahun periode rencananya.";
    }

    @Override
    public Keparahan keparahan() {
        return Keparahan.PERINGATAN;
    }

    @Override
    public List<TemuanKualitas> periksa(PaketData p) {
        List<TemuanKualitas> hasil = new ArrayList<>();
        var ik = daftar(p.indikator());
        for (int i = 0; i < ik.size(); i++) {
            var ind = ik.get(i);
            var periode = Bantu.periode(p, ind);
            if (periode.isEmpty()) {
                continue;
            }
            List<String> tanpa = new ArrayList<>();
            for (int t = periode.get()[0]; t <= periode.get()[1]; t++) {
                if (KandidatTarget.untuk(p, ind.kode(), t).isEmpty()) {
                    tanpa.add(String.valueOf(t));
                }
            }
            if (!tanpa.isEmpty()) {
                hasil.add(temuan("Indikator " + ind.kode() + " (" + ind.nama() + ") tidak memiliki target untuk tahun "
                        + String.join(", ", tanpa) + " (periode rencana " + periode.get()[0] + "–" + periode.get()[1] + ").",
                        List.of("$.indikator[" + i + "]")));
            }
        }
        return hasil;
    }
}
