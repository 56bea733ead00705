package id.akuntara.core.kualitas;

import id.akuntara.core.paket.PaketData;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;

import static id.akuntara.core.paket.Paket.daftar;

/**
 * A child PK (cascade) against its parent: an indicator of the parent carried by a child must carry the identical
 * target; every indicator of the parent must be carried by at least one child.
 */
final class PkAnakIndikator implements PemeriksaanKualitas {

    @Override
    public String id() {
        return "pk-anak-indikator";
    }

    @Override
    public String uraian() {
        return "Indikator PK induk yang diturunkan ke PK anak harus bertarget sama, dan setiap indikator PK induk"
                + " harus diturunkan ke sedikitnya satu PK anak.";
    }

    @Override
    public Keparahan keparahan() {
        return Keparahan.GALAT;
    }

    @Override
    public List<TemuanKualitas> periksa(PaketData p) {
        List<TemuanKualitas> hasil = new ArrayList<>();
        Set<String> diganti = Bantu.pkDigantikan(p);
        for (PaketData.PerjanjianKinerja induk : daftar(p.perjanjianKinerja())) {
            if (diganti.contains(induk.kode())) {
                continue;
            }
            List<PaketData.PerjanjianKinerja> anak = Bantu.anakPk(p, induk);
            if (anak.isEmpty()) {
                continue;
            }
            var barisInduk = daftar(induk.baris());
            for (int b = 0; b < barisInduk.size(); b++) {
                var bi = barisInduk.get(b);
                if (bi.indikator() == null) {
                    continue;
                }
                boolean dibawa = false;
                for (PaketData.PerjanjianKinerja a : anak) {
                    var barisAnak = daftar(a.baris());
                    for (int c = 0; c < barisAnak.size(); c++) {
                        var ba = barisAnak.get(c);
                        if (!bi.indikator().equals(ba.indikator())) {
                            continue;
                        }
                        dibawa = true;
                        if (!sama(bi.targetNilai(), ba.targetNilai())) {
                            hasil.add(temuan("Indikator " + bi.indikator() + " pada PK " + a.kode() + " bertarget "
                                    + Bantu.angka(ba.targetNilai()) + ", pada PK induk " + induk.kode() + " "
                                    + Bantu.angka(bi.targetNilai()) + ".",
                                    List.of(Bantu.jalurPk(p, a) + ".baris[" + c + "]",
                                            Bantu.jalurPk(p, induk) + ".baris[" + b + "]")));
                        }
                    }
                }
                if (!dibawa) {
                    hasil.add(new TemuanKualitas(id(), "Indikator " + bi.indikator() + " pada PK " + induk.kode()
                            + " tidak diturunkan ke PK anak mana pun ("
                            + String.join(", ", anak.stream().map(PaketData.PerjanjianKinerja::kode).toList()) + ").",
                            Keparahan.PERINGATAN, List.of(Bantu.jalurPk(p, induk) + ".baris[" + b + "]")));
                }
            }
        }
        return hasil;
    }

    private static boolean sama(BigDecimal a, BigDecimal b) {
        return a == null ? b == null : b != null && a.compareTo(b) == 0;
    }

    static Set<String> indikator(PaketData.PerjanjianKinerja pk) {
        Set<String> s = new LinkedHashSet<>();
        daftar(pk.baris()).stream().map(PaketData.BarisPk::indikator).filter(Objects::nonNull).forEach(s::add);
        return s;
    }
}
