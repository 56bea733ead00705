package id.akuntara.cli;

import id.akuntara.core.calc.AngkaFormatter;
import id.akuntara.core.calc.AngkaParser;
import id.akuntara.core.calc.AngkaTercetak;
import id.akuntara.core.calc.AngkaTidakTerbacaException;
import id.akuntara.core.calc.KonteksAngka;
import id.akuntara.core.kualitas.PemeriksaKualitasData;
import id.akuntara.core.kualitas.TemuanKualitas;
import id.akuntara.core.paket.PaketData;
import id.akuntara.core.pengukuran.Jejak;
import id.akuntara.core.pengukuran.KebijakanPengukuran;
import id.akuntara.core.pengukuran.KinerjaAnggaran;
import id.akuntara.core.pengukuran.KinerjaEvaluasi;
import id.akuntara.core.pengukuran.KinerjaIndikator;
import id.akuntara.core.pengukuran.KinerjaTahunan;
import id.akuntara.core.pengukuran.LayananPengukuran;
import id.akuntara.core.pengukuran.SumberPengukuran;
import id.akuntara.core.pengukuran.TahunTidakAdaException;
import id.akuntara.core.reviu.BarisLembarKerja;
import id.akuntara.core.reviu.LembarKerja;
import id.akuntara.core.reviu.OpsiReviu;
import id.akuntara.core.reviu.ReviuChecker;
import id.akuntara.core.reviu.Temuan;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Judges one region's ledger lines against the platform (issue 9 point 6): the read model of each year through the
 * one measurement service ({@link LayananPengukuran}) under the pemda's policies, and the data-quality checks
 * ({@link PemeriksaKualitasData}) over the same package.
 *
 * <ul>
 *   <li><b>sama</b>: a derived figure equals the computed one cut to the printed precision under the pemda's
 *       rounding mode (Pangkalpinang truncates: 88,23 for 88,235); an input (target, realisasi, pagu) equals the
 *       package's value.</li>
 *   <li><b>salah cetak, ditandai</b>: it differs and something flags it: the reviu ({@link ReviuChecker}) over the
 *       figure's traced inputs with the printed value, or a finding of a check the line names in {@code tanda}.</li>
 *   <li><b>berbeda, tidak ditandai</b>: it differs and nothing flags it (the line's {@code catatan} says why).</li>
 *   <li><b>tidak tercakup</b>: the package holds no such figure; {@code catatan} says why.</li>
 * </ul>
 */
final class PenilaiKesetiaan {

    enum Status {
        SAMA("sama"),
        DITANDAI("salah cetak, ditandai"),
        BERBEDA("berbeda, tidak ditandai"),
        TIDAK_TERCAKUP("tidak tercakup");

        final String label;

        Status(String label) {
            this.label = label;
        }
    }

    /** The outcome of one line: status, the platform's figure as printed (may be empty) and the explanation. */
    record Hasil(BarisKesetiaan baris, Status status, String dihitung, String keterangan) {
    }

    private final PaketData paket;
    private final KebijakanPengukuran kebijakan;
    private final List<TemuanKualitas> temuan;
    private final Map<Integer, Optional<KinerjaTahunan>> model = new HashMap<>();

    PenilaiKesetiaan(PaketData paket, KebijakanPengukuran kebijakan) {
        this.paket = paket;
        this.kebijakan = kebijakan;
        this.temuan = PemeriksaKualitasData.periksa(paket);
    }

    List<Hasil> nilai(List<BarisKesetiaan> daftar) {
        return daftar.stream().map(this::nilai).toList();
    }

    Hasil nilai(BarisKesetiaan b) {
        List<String> tanda = tanda(b);
        if (b.rujukan().isEmpty()) {
            return tanda.isEmpty() ? new Hasil(b, Status.TIDAK_TERCAKUP, "", b.catatan())
                    : new Hasil(b, Status.DITANDAI, "", gabung("ditandai: " + String.join(", ", tanda), b.catatan()));
        }
        Optional<KinerjaTahunan> k = model(b.tahun());
        if (k.isEmpty()) {
            return new Hasil(b, Status.TIDAK_TERCAKUP, "", gabung("paket tidak memuat tahun " + b.tahun(), b.catatan()));
        }
        Optional<BigDecimal> dihitung;
        Optional<Jejak> jejak = Optional.empty();
        switch (b.jenis()) {
            case "jejak" -> {
                jejak = k.get().jejak(b.kunci());
                if (jejak.isEmpty()) {
                    return new Hasil(b, Status.BERBEDA, "", gabung("jejak " + b.kunci() + " tidak ada dalam model",
                            b.catatan()));
                }
                dihitung = Optional.ofNullable(jejak.get().nilai());
            }
            case "target" -> dihitung = indikator(k.get(), b.kunci()).map(KinerjaIndikator::target)
                    .map(KinerjaIndikator.TargetIndikator::nilai);
            case "realisasi" -> dihitung = indikator(k.get(), b.kunci()).map(i -> i.realisasi().nilai());
            case "pagu" -> dihitung = pos(k.get(), b.kunci()).map(KinerjaAnggaran.Pos::pagu);
            case "pagu-murni" -> dihitung = pos(k.get(), b.kunci()).map(KinerjaAnggaran.Pos::paguMurni);
            case "realisasi-anggaran" -> dihitung = pos(k.get(), b.kunci()).map(KinerjaAnggaran.Pos::realisasi);
            case "evaluasi" -> dihitung = k.get().evaluasi().stream().filter(e -> String.valueOf(e.tahun()).equals(b.kunci()))
                    .map(KinerjaEvaluasi::nilaiTertulis).filter(java.util.Objects::nonNull).findFirst();
            default -> throw new IllegalArgumentException("kesetiaan/" + b.pemda() + ".tsv baris " + b.nomor()
                    + ": rujukan '" + b.rujukan() + "' tidak dikenal");
        }
        AngkaTercetak tercetak = tercetak(b);
        boolean rupiah = b.jenis().startsWith("pagu") || b.jenis().equals("realisasi-anggaran");
        String teksDihitung = dihitung.map(n -> rupiah ? AngkaFormatter.formatTepat(n) : tampil(n, tercetak)).orElse("-");
        if (dihitung.isPresent() && sama(b, tercetak, dihitung.get())) {
            return new Hasil(b, Status.SAMA, teksDihitung,
                    gabung(tanda.isEmpty() ? "" : "juga ditandai: " + String.join(", ", tanda), b.catatan()));
        }
        List<String> bendera = new ArrayList<>();
        jejak.flatMap(j -> ReviuJejak.periksa(j, k.get(), b.tercetak())).ifPresent(t -> bendera.add("reviu " + t.aturan()
                + " (" + t.jenis().kode() + ", dihitung " + t.dihitung() + ")"));
        bendera.addAll(tanda);
        if (bendera.isEmpty()) {
            return new Hasil(b, Status.BERBEDA, teksDihitung, b.catatan());
        }
        return new Hasil(b, Status.DITANDAI, teksDihitung, gabung("ditandai: " + String.join("; ", bendera), b.catatan()));
    }

    /** The checks named in {@code tanda} that have a finding mentioning the line's word (or code). */
    private List<String> tanda(BarisKesetiaan b) {
        List<String> hasil = new ArrayList<>();
        if (b.tanda().isEmpty()) {
            return hasil;
        }
        for (String t : b.tanda().split(",")) {
            String[] bagian = t.strip().split(":", 2);
            String id = bagian[0].strip();
            String kata = bagian.length > 1 ? bagian[1].strip() : b.kode();
            boolean ada = temuan.stream().anyMatch(f -> f.idPemeriksaan().equals(id)
                    && (kata.isEmpty() || f.deskripsi().contains(kata) || f.rujukan().stream().anyMatch(r -> r.contains(kata))));
            if (ada) {
                hasil.add(id);
            }
        }
        return hasil;
    }

    private boolean sama(BarisKesetiaan b, AngkaTercetak tercetak, BigDecimal dihitung) {
        if (!"jejak".equals(b.jenis())) {
            return tercetak.nilai().compareTo(dihitung) == 0;
        }
        RoundingMode mode = kebijakan.pembulatan().mode().roundingMode();
        return dihitung.setScale(Math.max(tercetak.skala(), 0), mode).compareTo(tercetak.nilai()) == 0;
    }

    private String tampil(BigDecimal n, AngkaTercetak tercetak) {
        return AngkaFormatter.formatTepat(n.setScale(Math.max(tercetak.skala(), 0),
                kebijakan.pembulatan().mode().roundingMode()));
    }

    private static AngkaTercetak tercetak(BarisKesetiaan b) {
        String t = b.tercetak().replace("*", "").strip();
        try {
            boolean rupiah = b.jenis().startsWith("pagu") || b.jenis().equals("realisasi-anggaran");
            return AngkaParser.parse(t, rupiah ? KonteksAngka.RUPIAH : KonteksAngka.UMUM);
        } catch (AngkaTidakTerbacaException e) {
            throw new IllegalArgumentException("kesetiaan/" + b.pemda() + ".tsv baris " + b.nomor() + ": angka tercetak '"
                    + b.tercetak() + "' tidak terbaca", e);
        }
    }

    private Optional<KinerjaTahunan> model(int tahun) {
        return model.computeIfAbsent(tahun, t -> {
            try {
                return Optional.of(LayananPengukuran.hitung(SumberPengukuran.paket(paket), t, kebijakan));
            } catch (TahunTidakAdaException e) {
                return Optional.empty();
            }
        });
    }

    private static Optional<KinerjaIndikator> indikator(KinerjaTahunan k, String kode) {
        return k.indikator(kode);
    }

    private static Optional<KinerjaAnggaran.Pos> pos(KinerjaTahunan k, String kode) {
        if ("TOTAL".equals(kode)) {
            return Optional.ofNullable(k.anggaran().total());
        }
        return k.anggaran().pos(kode);
    }

    private static String gabung(String a, String b) {
        if (a.isEmpty()) {
            return b;
        }
        return b.isEmpty() ? a : a + ". " + b;
    }

    /**
     * The reviu of one derived figure: a worksheet made of its traced inputs (docs/calculations.md) and the printed
     * value, run through {@link ReviuChecker}; the first finding, if any.
     */
    static final class ReviuJejak {

        private ReviuJejak() {
        }

        static Optional<Temuan> periksa(Jejak j, KinerjaTahunan k, String tercetak) {
            Map<String, String> m = j.masukan();
            int tahun = k.tahun();
            List<BarisLembarKerja> baris = new ArrayList<>();
            boolean bulatkanDulu = true;
            switch (j.aturan()) {
                case CAPAIAN_NAIK, CAPAIAN_TURUN -> baris.add(baris(2, "capaian", "", j.aturan().name().endsWith("TURUN")
                        ? "turun" : "naik", m.get("target"), m.get("realisasi"), tercetak));
                case KEMAJUAN -> baris.add(baris(2, "capaian", "", "naik", m.get("target akhir Renstra"), m.get("realisasi"),
                        tercetak));
                case SERAPAN, SERAPAN_TOTAL, SERAPAN_SASARAN -> baris.add(baris(2, "anggaran", "", "", m.get("pagu"),
                        m.get("realisasi"), tercetak));
                case PERUBAHAN_TAHUNAN -> baris.add(baris(2, "perubahan", "", "", m.get("realisasi " + (tahun - 1)),
                        m.get("realisasi " + tahun), tercetak));
                case EFISIENSI_POIN -> baris.add(baris(2, "selisih", "", "", m.get("capaian sasaran"), m.get("serapan"),
                        tercetak));
                case EFISIENSI_IE -> baris.add(baris(2, "rasio", "", "", m.get("realisasi keuangan"),
                        m.get("realisasi capaian sasaran"), tercetak));
                case EFISIENSI_SE -> baris.add(baris(2, "rasio", "", "", m.get("target keuangan"),
                        m.get("target capaian sasaran"), tercetak));
                case RATA_RATA_SASARAN -> {
                    bulatkanDulu = Boolean.parseBoolean(m.get("dibulatkan dulu"));
                    baris.add(new BarisLembarKerja(2, "rata-rata", "R", "", "", "", "", "", tercetak));
                    int n = 3;
                    for (String kode : m.getOrDefault("indikator", "").split(", ")) {
                        Optional<Jejak> c = k.jejak("capaian/" + kode + "/TAHUNAN");
                        if (c.isEmpty()) {
                            return Optional.empty();
                        }
                        Map<String, String> cm = c.get().masukan();
                        baris.add(baris(n++, "capaian", "R", c.get().aturan().name().endsWith("TURUN") ? "turun" : "naik",
                                cm.get("target"), cm.get("realisasi"), ""));
                    }
                }
                case JUMLAH_EVALUASI -> {
                    // the sum rule of the reviu (a parent = Σ its children) over the component scores
                    baris.add(new BarisLembarKerja(2, "anggaran", "E", "", "jumlah", "", tercetak, "-", ""));
                    int n = 3;
                    for (Map.Entry<String, String> e : new java.util.TreeMap<>(m).entrySet()) {
                        baris.add(new BarisLembarKerja(n++, "anggaran", "E" + n, "E", e.getKey(), "", e.getValue(), "-", ""));
                    }
                }
                default -> {
                    return Optional.empty();
                }
            }
            return ReviuChecker.periksa(new LembarKerja(baris, List.of()), new OpsiReviu(bulatkanDulu)).temuan().stream()
                    .findFirst();
        }

        private static BarisLembarKerja baris(int n, String jenis, String induk, String polaritas, String target,
                String realisasi, String tercetak) {
            return new BarisLembarKerja(n, jenis, "F" + n, induk, "", polaritas, kosong(target), kosong(realisasi), tercetak);
        }

        /** A traced blank ("-") is an empty cell, not the budget tables' nihil. */
        private static String kosong(String s) {
            return s == null || s.equals("-") ? "" : s;
        }
    }
}
