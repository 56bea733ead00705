package id.akuntara.core.pengukuran;

import id.akuntara.core.domain.rencana.SumberTarget;
import id.akuntara.core.paket.PaketData;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.HashMap;
import java.util.Set;

import static id.akuntara.core.paket.Paket.daftar;

/**
 * One target an indicator-year has in a package, from a {@code target} record or from a row of a Perjanjian
 * Kinerja ({@code PK}; {@code PK_PERUBAHAN} for a PK that replaces another).
 *
 * @param sumber   the source
 * @param asal     where it is written, for messages: "RENSTRA", "PK PK-2021-SEKDA"
 * @param jalur    JSON path of the record
 * @param nilai    value (lower bound of a range); null when only a label is printed
 * @param nilaiAtas upper bound of a range target, else null
 * @param label    printed label, may be null
 * @param pkAkar   for a PK row: whether the PK heads its cascade (no {@code induk})
 * @param digantikan for a PK row: whether a later version replaces that PK
 */
public record KandidatTarget(SumberTarget sumber, String asal, String jalur, BigDecimal nilai, BigDecimal nilaiAtas,
        String label, boolean pkAkar, boolean digantikan) {

    /** Every target of the indicator for the year, target records first, then PK rows (cascade roots first). */
    public static List<KandidatTarget> untuk(PaketData p, String indikator, int tahun) {
        return perIndikator(p, tahun).getOrDefault(indikator, List.of());
    }

    /**
     * Every target of the year by indicator, in one pass over the targets and the PK rows: per indicator the target
     * records first, then the rows of the PKs heading their cascade, then those of child PKs.
     */
    public static Map<String, List<KandidatTarget>> perIndikator(PaketData p, int tahun) {
        Map<String, List<KandidatTarget>> hasil = new HashMap<>();
        var tg = daftar(p.target());
        for (int i = 0; i < tg.size(); i++) {
            var t = tg.get(i);
            if (t.indikator() != null && t.tahun() != null && t.tahun() == tahun && t.sumber() != null) {
                hasil.computeIfAbsent(t.indikator(), x -> new ArrayList<>()).add(new KandidatTarget(
                        SumberTarget.valueOf(t.sumber()), t.sumber(), "$.target[" + i + "]", t.nilai(), t.nilaiAtas(),
                        t.label(), false, false));
            }
        }
        Set<String> digantikan = new HashSet<>();
        daftar(p.perjanjianKinerja()).forEach(pk -> {
            if (pk.menggantikan() != null) {
                digantikan.add(pk.menggantikan());
            }
        });
        Map<String, List<KandidatTarget>> anak = new HashMap<>();
        var pks = daftar(p.perjanjianKinerja());
        for (int i = 0; i < pks.size(); i++) {
            var pk = pks.get(i);
            if (pk.tahun() == null || pk.tahun() != tahun) {
                continue;
            }
            var baris = daftar(pk.baris());
            for (int b = 0; b < baris.size(); b++) {
                var r = baris.get(b);
                if (r.indikator() != null && (r.targetNilai() != null || r.targetLabel() != null)) {
                    var k = new KandidatTarget(pk.menggantikan() != null ? SumberTarget.PK_PERUBAHAN : SumberTarget.PK,
                            "PK " + pk.kode(), "$.perjanjianKinerja[" + i + "].baris[" + b + "]", r.targetNilai(), null,
                            r.targetLabel(), pk.induk() == null, digantikan.contains(pk.kode()));
                    (pk.induk() == null ? hasil : anak).computeIfAbsent(r.indikator(), x -> new ArrayList<>()).add(k);
                }
            }
        }
        anak.forEach((ind, daftarAnak) -> hasil.computeIfAbsent(ind, x -> new ArrayList<>()).addAll(daftarAnak));
        return hasil;
    }

    /**
     * The authoritative target among one indicator-year's candidates, by the measurement's own rule: the pemda's
     * source, else the first of the fallback order that has one (a replaced PK Perubahan does not count). For
     * screens that show targets beside the figures (the Renstra tree) without deciding anything of their own.
     */
    public static java.util.Optional<KandidatTarget> berwenang(List<KandidatTarget> semua, SumberTarget sumberPemda) {
        return PerhitunganTahun.targetBerwenang(semua, sumberPemda);
    }

    /** The order the measurement falls back in when the pemda's source has no target. */
    public static List<SumberTarget> urutanCadangan() {
        return PerhitunganTahun.URUTAN_CADANGAN;
    }

    /** The value as text for messages ("3,1", "10–20", or the label). */
    public String tampil() {
        if (nilai == null) {
            return label == null ? "-" : "'" + label + "'";
        }
        String n = id.akuntara.core.calc.AngkaFormatter.formatTepat(nilai.stripTrailingZeros().scale() < 0
                ? nilai.setScale(0) : nilai.stripTrailingZeros());
        if (nilaiAtas != null) {
            return n + "–" + id.akuntara.core.calc.AngkaFormatter.formatTepat(nilaiAtas.stripTrailingZeros().scale() < 0
                    ? nilaiAtas.setScale(0) : nilaiAtas.stripTrailingZeros());
        }
        return n;
    }

    /** Same numeric target (value and upper bound compared by value). */
    public boolean samaNilai(KandidatTarget lain) {
        return sama(nilai, lain.nilai) && sama(nilaiAtas, lain.nilaiAtas);
    }

    private static boolean sama(BigDecimal a, BigDecimal b) {
        return a == null ? b == null : b != null && a.compareTo(b) == 0;
    }
}
