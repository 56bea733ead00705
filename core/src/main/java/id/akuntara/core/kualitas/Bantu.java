package id.akuntara.core.kualitas;

import id.akuntara.core.calc.AngkaFormatter;
import id.akuntara.core.paket.PaketData;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeSet;
import java.util.Set;

import static id.akuntara.core.paket.Paket.daftar;

/** Lookups shared by the checks. */
final class Bantu {

    private Bantu() {
    }

    static String angka(BigDecimal n) {
        if (n == null) {
            return "-";
        }
        BigDecimal s = n.stripTrailingZeros();
        return AngkaFormatter.formatTepat(s.scale() < 0 ? s.setScale(0) : s);
    }

    static String rupiah(BigDecimal n) {
        return n == null ? "-" : AngkaFormatter.formatRupiah(n);
    }

    static <T> int indeks(List<T> l, T x) {
        for (int i = 0; i < l.size(); i++) {
            if (l.get(i) == x) {
                return i;
            }
        }
        return -1;
    }

    static String jalurPk(PaketData p, PaketData.PerjanjianKinerja pk) {
        return "$.perjanjianKinerja[" + indeks(daftar(p.perjanjianKinerja()), pk) + "]";
    }

    /** PKs by code. */
    static Map<String, PaketData.PerjanjianKinerja> pk(PaketData p) {
        Map<String, PaketData.PerjanjianKinerja> m = new HashMap<>();
        daftar(p.perjanjianKinerja()).forEach(x -> m.put(x.kode(), x));
        return m;
    }

    /** Codes of PKs replaced by a later version. */
    static Set<String> pkDigantikan(PaketData p) {
        Set<String> s = new java.util.HashSet<>();
        daftar(p.perjanjianKinerja()).forEach(x -> {
            if (x.menggantikan() != null) {
                s.add(x.menggantikan());
            }
        });
        return s;
    }

    /** Every version of the PK (itself, its predecessors and successors). */
    static Set<String> versi(PaketData p, String kode) {
        Map<String, PaketData.PerjanjianKinerja> m = pk(p);
        Set<String> hasil = new TreeSet<>();
        List<String> antre = new ArrayList<>(List.of(kode));
        while (!antre.isEmpty()) {
            String k = antre.remove(0);
            if (k == null || !hasil.add(k)) {
                continue;
            }
            PaketData.PerjanjianKinerja x = m.get(k);
            if (x != null && x.menggantikan() != null) {
                antre.add(x.menggantikan());
            }
            daftar(p.perjanjianKinerja()).stream().filter(y -> k.equals(y.menggantikan())).forEach(y -> antre.add(y.kode()));
        }
        return hasil;
    }

    /** Direct children PKs of a PK (in force versions only), i.e. whose {@code induk} is one of its versions. */
    static List<PaketData.PerjanjianKinerja> anakPk(PaketData p, PaketData.PerjanjianKinerja induk) {
        Set<String> v = versi(p, induk.kode());
        Set<String> diganti = pkDigantikan(p);
        return daftar(p.perjanjianKinerja()).stream()
                .filter(x -> x.induk() != null && v.contains(x.induk()) && !diganti.contains(x.kode())).toList();
    }

    /** [first, last] year of the plan an indicator belongs to (Renstra, else RPJMD), when it can be resolved. */
    static Optional<int[]> periode(PaketData p, PaketData.Indikator ind) {
        String tujuan = ind.tujuan();
        if (ind.sasaran() != null) {
            tujuan = daftar(p.sasaran()).stream().filter(s -> ind.sasaran().equals(s.kode())).map(PaketData.Sasaran::tujuan)
                    .findFirst().orElse(null);
        }
        if (tujuan == null) {
            return Optional.empty();
        }
        String kt = tujuan;
        Optional<PaketData.Tujuan> t = daftar(p.tujuan()).stream().filter(x -> kt.equals(x.kode())).findFirst();
        if (t.isEmpty()) {
            return Optional.empty();
        }
        if (t.get().renstra() != null) {
            Optional<PaketData.Renstra> r = daftar(p.renstra()).stream().filter(x -> t.get().renstra().equals(x.kode())).findFirst();
            if (r.isPresent() && r.get().tahunMulai() != null && r.get().tahunSelesai() != null) {
                return Optional.of(new int[] {r.get().tahunMulai(), r.get().tahunSelesai()});
            }
        }
        if (t.get().rpjmd() != null) {
            Optional<PaketData.Rpjmd> r = daftar(p.rpjmd()).stream().filter(x -> t.get().rpjmd().equals(x.kode())).findFirst();
            if (r.isPresent() && r.get().tahunMulai() != null && r.get().tahunSelesai() != null) {
                return Optional.of(new int[] {r.get().tahunMulai(), r.get().tahunSelesai()});
            }
        }
        return Optional.empty();
    }
}
