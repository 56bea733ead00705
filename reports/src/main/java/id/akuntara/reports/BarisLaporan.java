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

    /** Narrative sections whose {@code bagian} is exactly that ("KATA PENGANTAR"). */
    static List<Map<String, ?>> narasiPersis(List<BahanLaporan.Narasi> narasi, String bagian) {
        return narasi.stream().filter(n -> bagian.equals(n.bagian())).<Map<String, ?>>map(n -> baris(
                "bagian", n.bagian(), "judul", n.judul(), "isi", n.isi())).toList();
    }

    /** Ikhtisar Eksekutif: the indicators by band and the pemda's total serapan. */
    static List<Map<String, ?>> ringkas(KinerjaTahunan k, ResourceBundle label) {
        return List.of(
                baris("label", label.getString("ikhtisar.atas"), "nilai", String.valueOf(k.sebaran().diAtas100())),
                baris("label", label.getString("ikhtisar.sama"), "nilai", String.valueOf(k.sebaran().sama100())),
                baris("label", label.getString("ikhtisar.bawah"), "nilai", String.valueOf(k.sebaran().diBawah100())),
                baris("label", label.getString("ikhtisar.tanpa"), "nilai", String.valueOf(k.sebaran().tanpaNilai())),
                baris("label", label.getString("ikhtisar.serapan"), "nilai",
                        k.anggaran().total() == null ? KOSONG : tampil(k.anggaran().total().serapan())));
    }

    /**
     * BAB III, year on year (Kaltim LKjIP 2021 Tabel 3.5): per indicator whose change the read model measures, the
     * previous year's realisasi as its trace records it, this year's, and the change.
     */
    static List<Map<String, ?>> perbandingan(KinerjaTahunan k) {
        List<Map<String, ?>> hasil = new ArrayList<>();
        for (KinerjaIndikator i : k.indikator()) {
            if (i.perubahanTahunan() == null) {
                continue;
            }
            String lalu = k.jejak(i.perubahanTahunan().jejak()).map(j -> j.masukan().get("realisasi " + (k.tahun() - 1)))
                    .orElse(null);
            hasil.add(baris("kode", i.kode(), "nama", i.nama(), "satuan", i.satuan(), "lalu", lalu == null ? KOSONG : lalu,
                    "kini", i.realisasi().tampil() == null ? KOSONG : i.realisasi().tampil(),
                    "perubahan", tampil(i.perubahanTahunan())));
        }
        return hasil;
    }

    /** BAB III, against the plan (Kaltim LKjIP 2021 Tabel 3.6): the Renstra end target, this year's realisasi, progress. */
    static List<Map<String, ?>> kemajuan(KinerjaTahunan k) {
        List<Map<String, ?>> hasil = new ArrayList<>();
        for (KinerjaIndikator i : k.indikator()) {
            if (i.targetAkhir() == null) {
                continue;
            }
            hasil.add(baris("kode", i.kode(), "nama", i.nama(), "satuan", i.satuan(),
                    "targetAkhir", AngkaFormatter.formatTepat(i.targetAkhir()),
                    "realisasi", i.realisasi().tampil() == null ? KOSONG : i.realisasi().tampil(),
                    "kemajuan", tampil(i.kemajuan())));
        }
        return hasil;
    }

    /**
     * BAB III over the plan's years: per indicator with a Renstra end target, each year's target, realisasi, capaian
     * and progress towards the end target, each figure from that year's own read model ({@code riwayat}); the
     * indicator's code and name are printed on its first row only ({@code awal}). Empty without two years.
     */
    static List<Map<String, ?>> tren(KinerjaTahunan k, List<KinerjaTahunan> riwayat) {
        List<Map<String, ?>> hasil = new ArrayList<>();
        if (riwayat.size() < 2) {
            return hasil;
        }
        for (KinerjaIndikator i : k.indikator()) {
            if (i.targetAkhir() == null) {
                continue;
            }
            boolean awal = true;
            for (KinerjaTahunan r : riwayat) {
                KinerjaIndikator y = r.indikator(i.kode()).orElse(null);
                if (y == null) {
                    continue;
                }
                hasil.add(baris("kode", i.kode(), "nama", i.nama(), "satuan", i.satuan(),
                        "targetAkhir", AngkaFormatter.formatTepat(i.targetAkhir()), "awal", awal ? "Y" : "N",
                        "tahun", String.valueOf(r.tahun()), "target", y.target() == null ? KOSONG : y.target().tampil(),
                        "realisasi", y.realisasi().tampil() == null ? KOSONG : y.realisasi().tampil(),
                        "capaian", tampil(y.capaian()), "kemajuan", tampil(y.kemajuan())));
                awal = false;
            }
        }
        return hasil;
    }

    /** The trend chart: per indicator with a Renstra end target, one bar per year, its length the year's progress. */
    static List<Grafik.Seri> seriTren(KinerjaTahunan k, List<KinerjaTahunan> riwayat) {
        List<Grafik.Seri> hasil = new ArrayList<>();
        if (riwayat.size() < 2) {
            return hasil;
        }
        for (KinerjaIndikator i : k.indikator()) {
            if (i.targetAkhir() == null) {
                continue;
            }
            List<Grafik.Batang> tahun = new ArrayList<>();
            for (KinerjaTahunan r : riwayat) {
                r.indikator(i.kode()).ifPresent(y -> tahun.add(new Grafik.Batang(String.valueOf(r.tahun()),
                        y.kemajuan() == null ? null : y.kemajuan().nilai(), tampil(y.kemajuan()))));
            }
            hasil.add(new Grafik.Seri(i.kode() + "  " + i.nama(), tahun));
        }
        return hasil;
    }

    /** The SAKIP evaluations: printed score and grade, and the sum of the components the read model computed. */
    static List<Map<String, ?>> evaluasi(KinerjaTahunan k) {
        return k.evaluasi().stream().<Map<String, ?>>map(e -> baris("tahun", String.valueOf(e.tahun()),
                "evaluator", e.evaluator(), "nilai", e.nilaiTertulis() == null ? KOSONG : AngkaFormatter.formatTepat(e.nilaiTertulis()),
                "predikat", e.predikatTertulis() == null ? KOSONG : e.predikatTertulis(),
                "total", e.komponen().isEmpty() ? KOSONG : tampil(e.total()))).toList();
    }

    /**
     * Efficiency per sasaran where the read model has it: capaian − serapan in points (Kaltim Tabel 3.19 column 5)
     * and SE, IE, tingkat and its verdict (Klungkung Tabel 3.2); the verdict in the edition's words.
     */
    static List<Map<String, ?>> efisiensi(KinerjaTahunan k, java.util.function.BinaryOperator<String> terjemah) {
        List<Map<String, ?>> hasil = new ArrayList<>();
        for (KinerjaSasaran s : k.sasaran()) {
            KinerjaSasaran.Efisiensi e = s.efisiensi();
            if (e == null) {
                continue;
            }
            hasil.add(baris("nama", s.kode() + " " + s.nama(), "capaian", tampil(s.capaian()), "serapan", tampil(s.serapan()),
                    "selisih", tampil(e.selisihPoin()), "se", tampil(e.standar()), "ie", tampil(e.indeks()),
                    "tingkat", tampil(e.tingkat()),
                    "keterangan", e.keterangan() == null ? KOSONG : terjemah.apply("efisiensi." + e.keterangan(), e.keterangan())));
        }
        return hasil;
    }

    /**
     * The read model's notes of the indicators (a blank figure's reason, a fallback target, a derived realisasi). A
     * note that at least half of the indicators (and at least two) carry, e.g. "tanpa predikat: pemda tidak
     * menetapkan skala predikat capaian", is given once in {@code umum} with how many carry it; the rows hold each
     * indicator's other notes.
     */
    record Catatan(Map<String, Integer> umum, List<Map<String, ?>> baris) {
    }

    static Catatan catatan(KinerjaTahunan k) {
        List<List<String>> per = k.indikator().stream().map(i -> i.keterangan() == null || i.keterangan().isBlank()
                ? List.<String>of() : List.of(i.keterangan().split(";\\s+"))).toList();
        Map<String, Integer> hitung = new LinkedHashMap<>();
        per.forEach(p -> p.stream().distinct().forEach(c -> hitung.merge(c, 1, Integer::sum)));
        Map<String, Integer> umum = new LinkedHashMap<>();
        hitung.forEach((c, n) -> {
            if (n >= 2 && n * 2 >= per.size()) {
                umum.put(c, n);
            }
        });
        List<Map<String, ?>> baris = new ArrayList<>();
        for (int n = 0; n < per.size(); n++) {
            List<String> sisa = per.get(n).stream().filter(c -> !umum.containsKey(c)).toList();
            if (!sisa.isEmpty()) {
                baris.add(baris("kode", k.indikator().get(n).kode(), "catatan", String.join("; ", sisa)));
            }
        }
        return new Catatan(umum, baris);
    }

    /**
     * The rows without a heading that only repeats the one they stand under ("Kata Pengantar" under KATA PENGANTAR),
     * and without a first line of text that does ("BAB I Pendahuluan" under BAB I PENDAHULUAN): the data's words are
     * otherwise kept as they are.
     */
    static List<Map<String, ?>> tanpaJudul(List<Map<String, ?>> narasi, String... judulAtas) {
        return narasi.stream().<Map<String, ?>>map(n -> {
            String judul = (String) n.get("judul");
            String isi = (String) n.get("isi");
            if (isi != null) {
                int akhir = isi.indexOf('\n');
                if (akhir > 0 && sama(isi.substring(0, akhir), judulAtas)) {
                    isi = isi.substring(akhir + 1);
                }
            }
            return baris("bagian", (String) n.get("bagian"), "judul", sama(judul, judulAtas) ? null : judul, "isi", isi);
        }).toList();
    }

    private static boolean sama(String teks, String... judul) {
        if (teks == null) {
            return false;
        }
        String t = teks.strip().replaceAll("\\s+", " ");
        for (String j : judul) {
            if (j != null && t.equalsIgnoreCase(j.strip())) {
                return true;
            }
        }
        return false;
    }

    /** The staff counts, grouped by dimension (its label in the edition's words), a group's name once per run. */
    static List<Map<String, ?>> sdm(BahanLaporan.Sdm sdm, ResourceBundle label) {
        List<BahanLaporan.BarisSdm> urut = new ArrayList<>(sdm.baris());
        List<String> dimensi = urut.stream().map(BahanLaporan.BarisSdm::dimensi).distinct().toList();
        urut.sort(java.util.Comparator.comparingInt(x -> dimensi.indexOf(x.dimensi())));
        List<Map<String, ?>> hasil = new ArrayList<>();
        BahanLaporan.BarisSdm lalu = null;
        for (BahanLaporan.BarisSdm x : urut) {
            // a group's name once for its run of rows within a dimension
            boolean ulang = lalu != null && lalu.dimensi().equals(x.dimensi()) && java.util.Objects.equals(lalu.kelompok(), x.kelompok());
            hasil.add(baris("dimensi", teks(label, "sdm." + x.dimensi(), x.dimensi()), "kelompok", ulang ? "" : x.kelompok(),
                    "kategori", x.kategori(), "jumlah", String.valueOf(x.jumlah())));
            lalu = x;
        }
        return hasil;
    }

    /** BAB II: the plan's indicators under their tujuan and sasaran, with the Renstra targets as the data write them. */
    static List<Map<String, ?>> renstra(List<BahanLaporan.Renstra> renstra) {
        return renstra.stream().<Map<String, ?>>map(r -> baris("tujuan", r.tujuan(), "sasaran", r.sasaran(),
                "kode", r.kodeIndikator(), "indikator", r.indikator(), "satuan", r.satuan(),
                "targetTahun", r.targetTahun() == null ? KOSONG : r.targetTahun(),
                "targetAkhir", r.targetAkhir() == null ? KOSONG : r.targetAkhir())).toList();
    }

    /** The chart of capaian per sasaran: one bar per sasaran, the read model's mean capaian. */
    static List<Grafik.Batang> batangCapaian(KinerjaTahunan k) {
        return k.sasaran().stream().map(s -> new Grafik.Batang(s.kode() + " " + s.nama(), s.capaian() == null ? null
                : s.capaian().nilai(), tampil(s.capaian()))).toList();
    }

    /** The chart of serapan per program, and the pemda's total last. */
    static List<Grafik.Batang> batangSerapan(KinerjaAnggaran a, ResourceBundle label) {
        List<Grafik.Batang> hasil = new ArrayList<>();
        for (KinerjaAnggaran.Pos p : urutPohon(a.pos())) {
            if ("PROGRAM".equals(p.tingkat())) {
                hasil.add(new Grafik.Batang((p.kodePermendagri() != null ? p.kodePermendagri() : p.kode()) + "  " + p.nama(), p.serapan() == null ? null : p.serapan().nilai(), tampil(p.serapan())));
            }
        }
        if (hasil.stream().noneMatch(x -> x.nilai() != null)) {
            return List.of();
        }
        if (a.total() != null) {
            hasil.add(new Grafik.Batang(label.getString("anggaran.total"), a.total().serapan() == null ? null
                    : a.total().serapan().nilai(), tampil(a.total().serapan())));
        }
        return hasil;
    }

    static String teks(ResourceBundle label, String kunci, String lain) {
        return label.containsKey(kunci) ? label.getString(kunci) : lain;
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
