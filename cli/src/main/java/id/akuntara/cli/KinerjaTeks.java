package id.akuntara.cli;

import id.akuntara.core.calc.AngkaFormatter;
import id.akuntara.core.pengukuran.Angka;
import id.akuntara.core.pengukuran.KinerjaAnggaran;
import id.akuntara.core.pengukuran.KinerjaEvaluasi;
import id.akuntara.core.pengukuran.KinerjaIndikator;
import id.akuntara.core.pengukuran.KinerjaSasaran;
import id.akuntara.core.pengukuran.KinerjaTahunan;

import java.io.PrintWriter;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

/**
 * The read model of a pemda-year as text for a terminal: every figure as the pemda prints it (its rounding,
 * Indonesian notation), blanks as "-", and the reason beside a figure that could not be computed.
 */
final class KinerjaTeks {

    private static final String BARIS_INDIKATOR = "%-16s %-13s %14s %16s %10s %-20s %s";
    private static final String BARIS_ANGGARAN = "%-18s %20s %20s %20s %9s  %s";

    private final PrintWriter out;

    KinerjaTeks(PrintWriter out) {
        this.out = out;
    }

    void tulis(String namaPemda, KinerjaTahunan k) {
        var kb = k.kebijakan();
        out.println(namaPemda + " (" + k.pemda() + "), tahun " + k.tahun() + "; aturan " + k.versiAturan());
        out.println("Sumber target berwenang: " + kb.sumberTarget() + "; pembulatan: " + kb.pembulatan()
                + "; batas capaian: " + nol(kb.batasCapaian()) + "; skala predikat: " + nol(kb.skala()));
        indikator(k);
        sasaran(k);
        anggaran(k.anggaran());
        evaluasi(k.evaluasi());
    }

    private void indikator(KinerjaTahunan k) {
        out.println();
        out.println("INDIKATOR");
        out.println(String.format(BARIS_INDIKATOR, "KODE", "SUMBER", "TARGET", "REALISASI", "CAPAIAN", "STATUS", "PREDIKAT"));
        for (KinerjaIndikator i : k.indikator()) {
            var t = i.target();
            out.println(String.format(BARIS_INDIKATOR, i.kode(), t == null ? "-" : t.sumber(), t == null ? "-" : t.tampil(),
                    nol(i.realisasi().tampil()), tampil(i.capaian()), i.capaian().status()
                            + (i.realisasi().tahunAsal() == null ? "" : " " + i.realisasi().tahunAsal()),
                    i.predikat() == null ? "tanpa predikat" : i.predikat()));
            List<String> rinci = new ArrayList<>();
            if (t != null && t.label() != null && t.label().chars().anyMatch(Character::isLetter)) {
                rinci.add("target tertulis '" + t.label() + "'");
            }
            i.targetLain().forEach(x -> rinci.add("target lain " + x.asal() + ": " + x.tampil()));
            if (!i.triwulan().isEmpty()) {
                rinci.add("triwulan (target / realisasi / capaian): " + String.join("; ", i.triwulan().stream()
                        .map(tw -> "TW" + tw.ke() + " " + angka(tw.target()) + " / " + nol(tw.realisasi().tampil()) + " / "
                                + tampil(tw.capaian())).toList()));
            }
            if (i.perubahanTahunan() != null) {
                rinci.add("perubahan dari tahun lalu " + tampilAtauAlasan(i.perubahanTahunan()));
            }
            if (i.kemajuan() != null) {
                rinci.add("kemajuan terhadap target akhir Renstra " + angka(i.targetAkhir()) + ": "
                        + tampilAtauAlasan(i.kemajuan()));
            }
            rinci.forEach(r -> out.println("    " + r));
            if (!i.keterangan().isEmpty()) {
                out.println("    " + i.keterangan());
            }
        }
        var s = k.sebaran();
        out.println();
        out.println("SEBARAN CAPAIAN: " + s.diAtas100() + " di atas 100 %, " + s.sama100() + " sama dengan 100 %, "
                + s.diBawah100() + " di bawah 100 %, " + s.tanpaNilai() + " tanpa nilai");
    }

    private void sasaran(KinerjaTahunan k) {
        out.println();
        out.println("SASARAN");
        for (KinerjaSasaran s : k.sasaran()) {
            out.println(String.format("%-14s %10s  %s", s.kode(), tampil(s.capaian()), s.nama()));
            var b = s.sebaran();
            out.println("    sebaran: " + b.diAtas100() + " > 100, " + b.sama100() + " = 100, " + b.diBawah100() + " < 100");
            if (s.serapan() != null) {
                out.println("    serapan anggaran terkait: " + tampilAtauAlasan(s.serapan()));
            }
            var e = s.efisiensi();
            if (e != null) {
                out.println("    efisiensi (capaian − serapan): " + tampil(e.selisihPoin()) + " poin"
                        + (e.standar() == null ? "" : "; SE " + tampil(e.standar()) + ", IE " + tampil(e.indeks())
                                + ", tingkat " + tampil(e.tingkat()) + " (" + e.keterangan() + ")"));
            }
            s.peringatan().forEach(p -> out.println("    " + p));
        }
    }

    private void anggaran(KinerjaAnggaran a) {
        out.println();
        out.println("ANGGARAN");
        if (a.pos().isEmpty()) {
            out.println("    tidak ada pos anggaran tahun ini");
            return;
        }
        out.println(String.format(BARIS_ANGGARAN, "KODE", "PAGU MURNI", "PAGU PERUBAHAN", "REALISASI", "SERAPAN", "NAMA"));
        a.pos().forEach(this::pos);
        if (a.total() != null) {
            pos(a.total());
        }
    }

    private void pos(KinerjaAnggaran.Pos p) {
        out.println(String.format(BARIS_ANGGARAN, p.kode(), rupiah(p.paguMurni()), rupiah(p.paguPerubahan()),
                rupiah(p.realisasi()), tampil(p.serapan()), p.nama()));
    }

    private void evaluasi(List<KinerjaEvaluasi> evaluasi) {
        if (evaluasi.isEmpty()) {
            return;
        }
        out.println();
        out.println("EVALUASI SAKIP");
        for (KinerjaEvaluasi e : evaluasi) {
            out.println("  " + e.tahun() + " (" + nol(e.evaluator()) + "): jumlah komponen " + tampilAtauAlasan(e.total())
                    + "; tertulis " + angka(e.nilaiTertulis()) + " " + nol(e.predikatTertulis()));
            e.komponen().forEach(c -> out.println("    " + c.nama() + ": " + angka(c.nilai()) + " dari " + angka(c.bobot())));
        }
    }

    private static String tampil(Angka a) {
        return a == null || a.tampil() == null ? "-" : a.tampil();
    }

    private static String tampilAtauAlasan(Angka a) {
        return a.tampil() != null ? a.tampil() : "- (" + a.alasan() + ")";
    }

    private static String angka(BigDecimal n) {
        if (n == null) {
            return "-";
        }
        BigDecimal s = n.stripTrailingZeros();
        return AngkaFormatter.formatTepat(s.scale() < 0 ? s.setScale(0) : s);
    }

    private static String rupiah(BigDecimal n) {
        return n == null ? "-" : AngkaFormatter.formatRupiah(n);
    }

    private static String nol(String s) {
        return s == null ? "-" : s;
    }
}
