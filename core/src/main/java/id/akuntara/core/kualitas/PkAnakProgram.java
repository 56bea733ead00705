package id.akuntara.core.kualitas;

import id.akuntara.core.paket.PaketData;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import static id.akuntara.core.paket.Paket.daftar;

/**
 * The program amounts of the child PKs, summed per program (by budget node, else by name), must equal the parent
 * PK's amount for that program; a program of a child that the parent does not list is reported too.
 */
final class PkAnakProgram implements PemeriksaanKualitas {

    @Override
    public String id() {
        return "pk-anak-program";
    }

    @Override
    public String uraian() {
        return "Jumlah anggaran suatu program pada PK anak tidak sama dengan anggaran program itu pada PK induk.";
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
            if (diganti.contains(induk.kode()) || daftar(induk.program()).isEmpty()) {
                continue;
            }
            List<PaketData.PerjanjianKinerja> anak = Bantu.anakPk(p, induk).stream()
                    .filter(a -> !daftar(a.program()).isEmpty()).toList();
            if (anak.isEmpty()) {
                continue;
            }
            Map<String, BigDecimal> jumlahInduk = new LinkedHashMap<>();
            Map<String, String> nama = new LinkedHashMap<>();
            daftar(induk.program()).forEach(x -> {
                jumlahInduk.merge(kunci(x), nol(x.jumlah()), BigDecimal::add);
                nama.putIfAbsent(kunci(x), x.namaProgram());
            });
            Map<String, BigDecimal> jumlahAnak = new LinkedHashMap<>();
            Map<String, List<String>> jalur = new LinkedHashMap<>();
            for (PaketData.PerjanjianKinerja a : anak) {
                var prog = daftar(a.program());
                for (int i = 0; i < prog.size(); i++) {
                    var x = prog.get(i);
                    jumlahAnak.merge(kunci(x), nol(x.jumlah()), BigDecimal::add);
                    nama.putIfAbsent(kunci(x), x.namaProgram());
                    jalur.computeIfAbsent(kunci(x), k -> new ArrayList<>()).add(Bantu.jalurPk(p, a) + ".program[" + i + "]");
                }
            }
            var progInduk = daftar(induk.program());
            for (var e : jumlahInduk.entrySet()) {
                BigDecimal diAnak = jumlahAnak.getOrDefault(e.getKey(), BigDecimal.ZERO);
                if (diAnak.compareTo(e.getValue()) != 0) {
                    List<String> r = new ArrayList<>();
                    for (int i = 0; i < progInduk.size(); i++) {
                        if (kunci(progInduk.get(i)).equals(e.getKey())) {
                            r.add(Bantu.jalurPk(p, induk) + ".program[" + i + "]");
                        }
                    }
                    r.addAll(jalur.getOrDefault(e.getKey(), List.of()));
                    hasil.add(temuan("Program '" + nama.get(e.getKey()) + "': PK induk " + induk.kode() + " "
                            + Bantu.rupiah(e.getValue()) + ", jumlah pada PK anak " + Bantu.rupiah(diAnak) + " (selisih "
                            + Bantu.rupiah(e.getValue().subtract(diAnak)) + ").", r));
                }
            }
            for (var e : jumlahAnak.entrySet()) {
                if (!jumlahInduk.containsKey(e.getKey())) {
                    hasil.add(temuan("Program '" + nama.get(e.getKey()) + "' (" + Bantu.rupiah(e.getValue())
                            + ") ada pada PK anak tetapi tidak pada PK induk " + induk.kode() + ".", jalur.get(e.getKey())));
                }
            }
        }
        return hasil;
    }

    private static String kunci(PaketData.ProgramPk x) {
        return x.posAnggaran() != null ? "pos:" + x.posAnggaran()
                : "nama:" + (x.namaProgram() == null ? "" : x.namaProgram().strip().toUpperCase(java.util.Locale.ROOT));
    }

    private static BigDecimal nol(BigDecimal b) {
        return b == null ? BigDecimal.ZERO : b;
    }
}
