package id.akuntara.core.kualitas;

import id.akuntara.core.paket.PaketData;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import static id.akuntara.core.paket.Paket.daftar;

/**
 * The cascade of one PK to its child PKs, per program: the parent's amount beside the sum of its children's (domain.md
 * cycle step 4: children carry subsets of the parent's indicators; specific programs go whole to one child, shared
 * programs are split; in Kaltim 2022 the children sum exactly to the parent, Rp 254.986.626.497). The same sums feed
 * the check {@code pk-anak-program} and the cascade view of the API, so they are computed in one place.
 *
 * <p>Children are the in-force PKs whose parent is any version of the PK (a child replaced by its PK Perubahan no
 * longer counts). A program is the same program in parent and child when both name the same budget node
 * ({@code posAnggaran}), else when their names match ignoring case and surrounding spaces.
 */
public final class KaskadePk {

    private KaskadePk() {
    }

    /** One child's share of a program: the child's code and its amount, with the JSON path of its program entry. */
    public record Bagian(String kodePk, BigDecimal jumlah, String jalur) {
    }

    /**
     * One program of the cascade: its key, name, the parent's amount ({@code null} when only children list it) with
     * the paths of the parent's entries, and each child's share.
     */
    public record BarisProgram(String kunci, String namaProgram, BigDecimal jumlahInduk, List<String> jalurInduk,
            List<Bagian> bagian) {

        public BarisProgram {
            jalurInduk = List.copyOf(jalurInduk);
            bagian = List.copyOf(bagian);
        }

        /** Σ of the children's amounts for this program. */
        public BigDecimal jumlahAnak() {
            return bagian.stream().map(Bagian::jumlah).reduce(BigDecimal.ZERO, BigDecimal::add);
        }

        /** Parent's amount minus the children's sum (the parent's amount counts as 0 when it does not list it). */
        public BigDecimal selisih() {
            return (jumlahInduk == null ? BigDecimal.ZERO : jumlahInduk).subtract(jumlahAnak());
        }
    }

    /**
     * The cascade of {@code induk}: its in-force children (codes, in package order), the programs (the parent's first,
     * in its order, then those only children list), and the totals: Σ of the parent's programs and Σ of the
     * children's programs.
     */
    public record Ringkasan(String kodeInduk, List<String> anak, List<BarisProgram> program, BigDecimal totalInduk,
            BigDecimal totalAnak) {

        public Ringkasan {
            anak = List.copyOf(anak);
            program = List.copyOf(program);
        }

        public BigDecimal selisihTotal() {
            return totalInduk.subtract(totalAnak);
        }
    }

    /** The in-force child PKs of {@code induk} (children of any of its versions that no later version replaces). */
    public static List<PaketData.PerjanjianKinerja> anak(PaketData p, PaketData.PerjanjianKinerja induk) {
        return Bantu.anakPk(p, induk);
    }

    /** The PKs of the package that a later version replaces ({@code menggantikan}). */
    public static java.util.Set<String> digantikan(PaketData p) {
        return Bantu.pkDigantikan(p);
    }

    /** The key that makes a parent's program and a child's program the same program. */
    public static String kunci(PaketData.ProgramPk x) {
        return x.posAnggaran() != null ? "pos:" + x.posAnggaran()
                : "nama:" + (x.namaProgram() == null ? "" : x.namaProgram().strip().toUpperCase(Locale.ROOT));
    }

    /** The cascade of {@code induk}, which must be one of {@code p}'s PKs. */
    public static Ringkasan ringkas(PaketData p, PaketData.PerjanjianKinerja induk) {
        Map<String, BigDecimal> jumlahInduk = new LinkedHashMap<>();
        Map<String, List<String>> jalurInduk = new LinkedHashMap<>();
        Map<String, String> nama = new LinkedHashMap<>();
        var progInduk = daftar(induk.program());
        String jalurPk = Bantu.jalurPk(p, induk);
        for (int i = 0; i < progInduk.size(); i++) {
            var x = progInduk.get(i);
            jumlahInduk.merge(kunci(x), nol(x.jumlah()), BigDecimal::add);
            jalurInduk.computeIfAbsent(kunci(x), k -> new ArrayList<>()).add(jalurPk + ".program[" + i + "]");
            nama.putIfAbsent(kunci(x), x.namaProgram());
        }
        List<PaketData.PerjanjianKinerja> anak = anak(p, induk);
        Map<String, List<Bagian>> bagian = new LinkedHashMap<>();
        BigDecimal totalAnak = BigDecimal.ZERO;
        for (PaketData.PerjanjianKinerja a : anak) {
            var prog = daftar(a.program());
            for (int i = 0; i < prog.size(); i++) {
                var x = prog.get(i);
                nama.putIfAbsent(kunci(x), x.namaProgram());
                bagian.computeIfAbsent(kunci(x), k -> new ArrayList<>())
                        .add(new Bagian(a.kode(), nol(x.jumlah()), Bantu.jalurPk(p, a) + ".program[" + i + "]"));
                totalAnak = totalAnak.add(nol(x.jumlah()));
            }
        }
        List<BarisProgram> program = new ArrayList<>();
        jumlahInduk.forEach((k, j) -> program.add(new BarisProgram(k, nama.get(k), j, jalurInduk.get(k),
                bagian.getOrDefault(k, List.of()))));
        bagian.forEach((k, b) -> {
            if (!jumlahInduk.containsKey(k)) {
                program.add(new BarisProgram(k, nama.get(k), null, List.of(), b));
            }
        });
        BigDecimal totalInduk = jumlahInduk.values().stream().reduce(BigDecimal.ZERO, BigDecimal::add);
        return new Ringkasan(induk.kode(), anak.stream().map(PaketData.PerjanjianKinerja::kode).toList(), program,
                totalInduk, totalAnak);
    }

    private static BigDecimal nol(BigDecimal b) {
        return b == null ? BigDecimal.ZERO : b;
    }
}
