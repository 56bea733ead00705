package id.akuntara.core.kualitas;

import id.akuntara.core.paket.PaketData;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import static id.akuntara.core.paket.Paket.daftar;

/**
 * A missing child PK: when a PK has child PKs signed by sub-units of a kind (e.g. two of the three Asisten), every
 * other sub-unit of that kind in force during the year is expected to have one too.
 */
final class PkAnakHilang implements PemeriksaanKualitas {

    @Override
    public String id() {
        return "pk-anak-hilang";
    }

    @Override
    public String uraian() {
        return "Unit bawahan sejenis unit yang menandatangani PK anak tidak memiliki PK anak pada tahun itu.";
    }

    @Override
    public Keparahan keparahan() {
        return Keparahan.PERINGATAN;
    }

    @Override
    public List<TemuanKualitas> periksa(PaketData p) {
        List<TemuanKualitas> hasil = new ArrayList<>();
        Set<String> diganti = Bantu.pkDigantikan(p);
        var unit = daftar(p.unit());
        for (PaketData.PerjanjianKinerja induk : daftar(p.perjanjianKinerja())) {
            if (diganti.contains(induk.kode()) || induk.unit() == null || induk.tahun() == null) {
                continue;
            }
            List<PaketData.PerjanjianKinerja> anak = Bantu.anakPk(p, induk);
            Set<String> unitAnak = new java.util.HashSet<>();
            Set<String> jenis = new java.util.HashSet<>();
            for (var a : anak) {
                unitAnak.add(a.unit());
                unit.stream().filter(u -> u.kode().equals(a.unit()) && induk.unit().equals(u.induk()))
                        .forEach(u -> jenis.add(u.jenis()));
            }
            if (jenis.isEmpty()) {
                continue;
            }
            int t = induk.tahun();
            for (int i = 0; i < unit.size(); i++) {
                var u = unit.get(i);
                if (induk.unit().equals(u.induk()) && jenis.contains(u.jenis()) && !unitAnak.contains(u.kode())
                        && berlaku(u, t)) {
                    hasil.add(temuan("PK " + induk.kode() + " (" + t + ") memiliki PK anak, tetapi unit " + u.kode()
                            + " (" + u.nama() + ") tidak memiliki PK anak tahun itu.",
                            List.of("$.unit[" + i + "]", Bantu.jalurPk(p, induk))));
                }
            }
        }
        return hasil;
    }

    private static boolean berlaku(PaketData.Unit u, int tahun) {
        LocalDate awal = LocalDate.of(tahun, 1, 1);
        LocalDate akhir = LocalDate.of(tahun + 1, 1, 1);
        boolean mulai = u.berlakuMulai() == null || LocalDate.parse(u.berlakuMulai()).isBefore(akhir);
        boolean belumSelesai = u.berlakuSampai() == null || LocalDate.parse(u.berlakuSampai()).isAfter(awal);
        return mulai && belumSelesai;
    }
}
