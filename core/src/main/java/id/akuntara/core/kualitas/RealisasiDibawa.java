package id.akuntara.core.kualitas;

import id.akuntara.core.paket.PaketData;

import java.util.ArrayList;
import java.util.List;

import static id.akuntara.core.paket.Paket.daftar;

/** A realisasi carried forward from an earlier year (Kaltim's EKPPD 2018 reported for 2021). */
final class RealisasiDibawa implements PemeriksaanKualitas {

    @Override
    public String id() {
        return "realisasi-dibawa";
    }

    @Override
    public String uraian() {
        return "Realisasi memakai nilai tahun sebelumnya (dibawa dari tahun lain).";
    }

    @Override
    public Keparahan keparahan() {
        return Keparahan.INFO;
    }

    @Override
    public List<TemuanKualitas> periksa(PaketData p) {
        List<TemuanKualitas> hasil = new ArrayList<>();
        var rs = daftar(p.realisasi());
        for (int i = 0; i < rs.size(); i++) {
            var r = rs.get(i);
            if ("DIBAWA_DARI".equals(r.statusNilai())) {
                hasil.add(temuan("Realisasi indikator " + r.indikator() + " tahun " + r.tahun() + " ("
                        + Bantu.angka(r.nilai()) + ") adalah nilai tahun " + r.tahunAsal() + ".",
                        List.of("$.realisasi[" + i + "]")));
            }
        }
        return hasil;
    }
}
