package id.akuntara.reports;

import id.akuntara.core.calc.AngkaFormatter;
import id.akuntara.core.pengukuran.Angka;
import id.akuntara.core.pengukuran.Jejak;
import id.akuntara.core.pengukuran.KinerjaAnggaran;
import id.akuntara.core.pengukuran.KinerjaIndikator;
import id.akuntara.core.pengukuran.KinerjaSasaran;
import id.akuntara.core.pengukuran.KinerjaTahunan;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.ResourceBundle;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The rows of the report's tables as the templates read them (one map per row, string values). Every figure is
 * the read model's {@code tampil}; a figure without a value shows "–" (its reason is in the trace appendix);
 * amounts of the budget are the data's, written the Indonesian way ({@link AngkaFormatter#formatTepat}).
 */
final class BarisLaporan {

    static final String KOSONG = "–";

    private BarisLaporan() {
    }

    /** BAB III: per indicator target, realisasi, capaian and predikat. */
    static List<Map<String, ?>> indikator(KinerjaTahunan k, ResourceBundle label) {
        List<Map<String, ?>> hasil = new ArrayList<>();
        for (KinerjaIndikator i : k.indikator()) {
            hasil.add(baris("kode", i.kode(), "nama", i.nama(), "satuan", i.satuan(),
                    "target", i.target() == null ? KOSONG : i.target().tampil(),
                    "realisasi", i.realisasi().tampil() == null ? KOSONG : i.realisasi().tampil(),
                    "capaian", tampil(i.capaian()),
                    "predikat", i.predikat() == null ? label.getString("predikat.tanpa") : i.predikat()));
        }
        return hasil;
    }

    /** BAB III: per sasaran the mean capaian, its indicators by band and the serapan of its budget lines. */
    static List<Map<String, ?>> sasaran(KinerjaTahunan k) {
        List<Map<String, ?>> hasil = new ArrayList<>();
        for (KinerjaSasaran s : k.sasaran()) {
            hasil.add(baris("kode", s.kode(), "nama", s.nama(), "capaian", tampil(s.capaian()),
                    "atas", String.valueOf(s.sebaran().diAtas100()), "sama", String.valueOf(s.sebaran().sama100()),
                    "bawah", String.valueOf(s.sebaran().diBawah100()), "serapan", tampil(s.serapan())));
        }
        return hasil;
    }

    /** BAB III Realisasi Anggaran: program → kegiatan → sub-kegiatan, then the pemda's total. */
    static List<Map<String, ?>> anggaran(KinerjaAnggaran a, ResourceBundle label) {
        List<Map<String, ?>> hasil = new ArrayList<>();
        for (KinerjaAnggaran.Pos p : urutPohon(a.pos())) {
            hasil.add(pos(p, indentasi(p.tingkat()) + p.nama(), false));
        }
        if (a.total() != null) {
            hasil.add(pos(a.total(), label.getString("anggaran.total"), true));
        }
        return hasil;
    }

    /** BAB II / lampiran: the rows of a PK. */
    static List<Map<String, ?>> pk(List<DokumenPk.Baris> baris) {
        return baris.stream().<Map<String, ?>>map(b -> baris("sasaran", b.sasaran(), "indikator", b.indikator(),
                "satuan", b.satuan(), "target", b.target())).toList();
    }

    /** The programs of a PK with their amounts. */
    static List<Map<String, ?>> program(List<DokumenPk.Program> program) {
        return program.stream().<Map<String, ?>>map(p -> baris("nama", p.nama(), "jumlah", p.jumlah(),
                "sumberDana", p.sumberDana())).toList();
    }

    /** Narrative sections whose {@code bagian} starts with one of the prefixes ("BAB II" takes "BAB II.1", not "BAB III"). */
    static List<Map<String, ?>> narasi(List<BahanLaporan.Narasi> narasi, String... awalan) {
        return narasi.stream().filter(n -> cocok(n.bagian(), awalan)).<Map<String, ?>>map(n -> baris(
                "bagian", n.bagian(), "judul", n.judul(), "isi", n.isi())).toList();
    }

    /** Appendix: every derived figure with its rule and inputs. */
    static List<Map<String, ?>> jejak(KinerjaTahunan k) {
        return k.jejak().stream().<Map<String, ?>>map(j -> baris("id", j.id(),
                "aturan", j.aturan().kode() + ": " + j.aturan().rumus(), "masukan", masukan(j),
                "nilai", j.tampil() == null ? j.status() : j.tampil())).toList();
    }

    static boolean cocok(String bagian, String... awalan) {
        if (bagian == null) {
            return false;
        }
        for (String a : awalan) {
            if (bagian.equals(a) || bagian.startsWith(a + ".") || bagian.startsWith(a + " ")) {
                return true;
            }
        }
        return false;
    }

    /**
     * The lines as a tree, each parent followed by its children (depth first), siblings in the data's order; a line
     * whose parent is not in the year's budget stands at the top level.
     */
    static List<KinerjaAnggaran.Pos> urutPohon(List<KinerjaAnggaran.Pos> pos) {
        Set<String> kode = pos.stream().map(KinerjaAnggaran.Pos::kode).collect(Collectors.toSet());
        Map<String, List<KinerjaAnggaran.Pos>> anak = new LinkedHashMap<>();
        List<KinerjaAnggaran.Pos> akar = new ArrayList<>();
        for (KinerjaAnggaran.Pos p : pos) {
            if (p.induk() == null || !kode.contains(p.induk())) {
                akar.add(p);
            } else {
                anak.computeIfAbsent(p.induk(), k -> new ArrayList<>()).add(p);
            }
        }
        List<KinerjaAnggaran.Pos> hasil = new ArrayList<>();
        akar.forEach(p -> turun(p, anak, hasil));
        return hasil;
    }

    private static void turun(KinerjaAnggaran.Pos p, Map<String, List<KinerjaAnggaran.Pos>> anak,
            List<KinerjaAnggaran.Pos> hasil) {
        hasil.add(p);
        anak.getOrDefault(p.kode(), List.of()).forEach(c -> turun(c, anak, hasil));
    }

    private static Map<String, ?> pos(KinerjaAnggaran.Pos p, String nama, boolean total) {
        return baris("kode", p.kodePermendagri() != null ? p.kodePermendagri() : total ? "" : p.kode(), "nama", nama,
                "pagu", rupiah(p.pagu()), "realisasi", rupiah(p.realisasi()), "serapan", tampil(p.serapan()),
                "tebal", total || "PROGRAM".equals(p.tingkat()) ? "Y" : "N");
    }

    private static String indentasi(String tingkat) {
        return switch (tingkat == null ? "" : tingkat) {
            case "KEGIATAN" -> "   ";
            case "SUB_KEGIATAN" -> "      ";
            default -> "";
        };
    }

    private static String masukan(Jejak j) {
        return j.masukan().entrySet().stream().map(e -> e.getKey() + " = " + e.getValue())
                .collect(Collectors.joining("; "));
    }

    static String tampil(Angka a) {
        return a == null || a.tampil() == null ? KOSONG : a.tampil();
    }

    private static String rupiah(BigDecimal n) {
        return n == null ? KOSONG : AngkaFormatter.formatTepat(n);
    }

    private static Map<String, ?> baris(String... kunciNilai) {
        Map<String, String> m = new HashMap<>();
        for (int i = 0; i < kunciNilai.length; i += 2) {
            m.put(kunciNilai[i], kunciNilai[i + 1]);
        }
        return m;
    }
}
