package id.akuntara.core.pengukuran;

import id.akuntara.core.calc.CapaianCalculator;
import id.akuntara.core.calc.HasilAgregasi;
import id.akuntara.core.calc.HasilHitung;
import id.akuntara.core.calc.Komponen;
import id.akuntara.core.calc.KompositCalculator;
import id.akuntara.core.calc.PerbandinganCalculator;
import id.akuntara.core.calc.Polaritas;
import id.akuntara.core.calc.Predikat;
import id.akuntara.core.calc.RataRataCalculator;
import id.akuntara.core.calc.Realisasi;
import id.akuntara.core.calc.SebaranCapaian;
import id.akuntara.core.calc.Target;
import id.akuntara.core.domain.rencana.SumberTarget;
import id.akuntara.core.paket.PaketData;
import id.akuntara.core.pengukuran.KinerjaIndikator.NilaiRealisasi;
import id.akuntara.core.pengukuran.KinerjaIndikator.TargetIndikator;
import id.akuntara.core.pengukuran.KinerjaIndikator.Triwulan;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

import static id.akuntara.core.paket.Paket.daftar;

/**
 * Measures one year of one pemda's data: the indicators (target choice, realisasi, composites, capaian, predikat,
 * triwulan, year on year, progress), then the sasaran, the budget and the evaluation.
 *
 * <ul>
 *   <li><b>Target</b>: the pemda's authoritative source; when it has none for the indicator-year, the first of
 *       {@link #URUTAN_CADANGAN} that has one, and {@code keterangan} says so. A source is a {@code target} record or a
 *       row of a Perjanjian Kinerja of that year (cascade root first). Other sources' different values are listed
 *       as conflicts.</li>
 *   <li><b>Realisasi</b>: the {@code TAHUNAN} record of the year (TW4 when there is none); a
 *       {@code RATA_RATA_CAPAIAN} indicator's realisasi is the mean of its members' capaian, a
 *       {@code KOMPOSIT_TERTIMBANG} one's Σ member realisasi × bobot / 100, computed, never taken from a printed
 *       figure (a stored value that differs is named in {@code keterangan}).</li>
 *   <li><b>Capaian</b> by the engine with the indicator's polarity, then the pemda's capping; <b>predikat</b> from
 *       the pemda's capaian scale at full precision; none, or a gap: "tanpa predikat" with the reason.</li>
 * </ul>
 */
final class PerhitunganTahun {

    /** When the authoritative source has no target: PK Perubahan, PK, Renstra, IKU, RPJMD (docs/data-package.md). */
    static final List<SumberTarget> URUTAN_CADANGAN = List.of(SumberTarget.PK_PERUBAHAN, SumberTarget.PK,
            SumberTarget.RENSTRA, SumberTarget.IKU, SumberTarget.RPJMD);

    private static final String TAHUNAN = "TAHUNAN";

    private final PaketData p;
    private final IndeksPaket indeks;
    private final int tahun;
    private final KebijakanPengukuran k;
    private final PencatatJejak jejak;
    private final Map<String, PaketData.Indikator> indikator = new LinkedHashMap<>();
    private final Map<String, KinerjaIndikator> hasil = new HashMap<>();
    private final Map<String, HasilHitung> hitungan = new HashMap<>();
    private final Map<String, Realisasi> realisasiTerpakai = new HashMap<>();
    private final java.util.Set<String> turunan = new java.util.HashSet<>();
    /** Whether year-on-year change is computed: not for the previous year, which only supplies realisasi. */
    private final boolean bandingkan;
    private PerhitunganTahun tahunLalu;

    PerhitunganTahun(PaketData p, int tahun, KebijakanPengukuran k) {
        this(new IndeksPaket(p), tahun, k, true);
    }

    private PerhitunganTahun(IndeksPaket indeks, int tahun, KebijakanPengukuran k, boolean bandingkan) {
        this.p = indeks.data();
        this.indeks = indeks;
        this.tahun = tahun;
        this.k = k;
        this.bandingkan = bandingkan;
        this.jejak = new PencatatJejak(k.pembulatan());
        daftar(p.indikator()).forEach(i -> indikator.put(i.kode(), i));
    }

    KinerjaTahunan jalankan() {
        List<KinerjaIndikator> daftarIndikator = new ArrayList<>();
        for (PaketData.Indikator i : indikator.values()) {
            if (diukur(i)) {
                daftarIndikator.add(indikator(i.kode(), new ArrayList<>()));
            }
        }
        SebaranCapaian sebaran = SebaranCapaian.hitung(daftarIndikator.stream().map(i -> hitungan.get(i.kode())).toList(),
                k.pembulatan());
        KinerjaAnggaran anggaran = new PerhitunganAnggaran(p, tahun, jejak).hitung();
        List<KinerjaSasaran> sasaran = new PerhitunganSasaran(p, k, jejak, indikator, hasil, hitungan, anggaran).hitung();
        List<KinerjaEvaluasi> evaluasi = evaluasi();
        jejakSebaran(daftarIndikator, sebaran);
        return new KinerjaTahunan(p.pemda(), tahun, LayananPengukuran.VERSI_ATURAN, k.ringkasan(), daftarIndikator,
                sasaran, sebaran, anggaran, evaluasi, jejak.semua());
    }

    /**
     * The trace of the band counts (Aturan.SEBARAN_CAPAIAN): one figure per band, {@code sebaran/di-atas-100} …
     * {@code sebaran/tanpa-nilai}, its inputs the indicators in that band with their capaian as printed, so the
     * conclusion chapter's "n indikator di atas 100 %" can be checked indicator by indicator.
     */
    private void jejakSebaran(List<KinerjaIndikator> daftarIndikator, SebaranCapaian sebaran) {
        Map<SebaranCapaian.Pita, Map<String, String>> anggota = new java.util.EnumMap<>(SebaranCapaian.Pita.class);
        for (SebaranCapaian.Pita pita : SebaranCapaian.Pita.values()) {
            anggota.put(pita, new LinkedHashMap<>());
        }
        for (KinerjaIndikator i : daftarIndikator) {
            SebaranCapaian.Pita pita = SebaranCapaian.pita(hitungan.get(i.kode()), k.pembulatan());
            anggota.get(pita).put(i.kode(), i.capaian().tampil() != null ? i.capaian().tampil() : i.capaian().status());
        }
        for (SebaranCapaian.Pita pita : SebaranCapaian.Pita.values()) {
            jejak.catatJumlah("sebaran/" + pita.kode(), Aturan.SEBARAN_CAPAIAN, sebaran.jumlah(pita), anggota.get(pita));
        }
    }

    /** Measured that year: it has a target or a realisasi for the year, or it is a composite of measured ones. */
    private boolean diukur(PaketData.Indikator i) {
        boolean punya = !indeks.kandidat(i.kode(), tahun).isEmpty() || realisasi(i.kode(), tahun).isPresent();
        return punya || daftar(i.anggota()).stream().map(PaketData.Anggota::indikator).filter(Objects::nonNull)
                .map(indikator::get).filter(Objects::nonNull)
                .anyMatch(a -> !indeks.kandidat(a.kode(), tahun).isEmpty());
    }

    /** The authoritative target of an indicator-year, or the first fallback source that has one. */
    static Optional<KandidatTarget> targetBerwenang(List<KandidatTarget> semua, SumberTarget berwenang) {
        List<SumberTarget> urutan = new ArrayList<>();
        urutan.add(berwenang);
        URUTAN_CADANGAN.stream().filter(s -> s != berwenang).forEach(urutan::add);
        for (SumberTarget s : urutan) {
            Optional<KandidatTarget> t = semua.stream().filter(x -> x.sumber() == s)
                    .filter(x -> !x.digantikan() || s != SumberTarget.PK_PERUBAHAN).findFirst();
            if (t.isPresent()) {
                return t;
            }
        }
        return Optional.empty();
    }

    private Optional<PaketData.Realisasi> realisasi(String kode, int th) {
        return periode(kode, th, TAHUNAN).or(() -> periode(kode, th, "TW4"));
    }

    private Optional<PaketData.Realisasi> periode(String kode, int th, String periode) {
        return indeks.realisasi(kode, th, periode);
    }

    private KinerjaIndikator indikator(String kode, List<String> sedangDihitung) {
        KinerjaIndikator ada = hasil.get(kode);
        if (ada != null) {
            return ada;
        }
        sedangDihitung.add(kode);
        PaketData.Indikator ind = indikator.get(kode);
        List<String> ket = new ArrayList<>();

        List<KandidatTarget> kandidat = indeks.kandidat(kode, tahun);
        Optional<KandidatTarget> t = targetBerwenang(kandidat, k.sumberTarget());
        t.filter(x -> x.sumber() != k.sumberTarget())
                .ifPresent(x -> ket.add("target " + k.sumberTarget() + " tidak ada; dipakai target " + x.asal()));
        Target target = target(t);

        Realisasi realisasi = realisasiKalkulasi(ind, sedangDihitung, ket);
        realisasiTerpakai.put(kode, realisasi);
        Polaritas polaritas = polaritas(ind);
        HasilHitung h = k.batasCapaian().terapkan(CapaianCalculator.hitung(polaritas, target, realisasi));
        hitungan.put(kode, h);
        if (!h.alasan().isEmpty()) {
            ket.add(h.alasan());
        }
        Angka capaian = jejak.catat("capaian/" + kode + "/" + TAHUNAN, aturanCapaian(polaritas, t), h,
                "target", t.map(KandidatTarget::tampil).orElse(null), "sumber target", t.map(KandidatTarget::asal).orElse(null),
                "realisasi", nilai(realisasi), "polaritas", polaritas.kode(),
                "batas capaian", k.batasCapaian().maksimum().orElse(null));
        String predikat = predikat(h, ket);

        Optional<BigDecimal> akhir = targetAkhir(kode);
        BigDecimal r = nilai(realisasi);
        Angka kemajuan = akhir.isEmpty() || r == null ? null
                : jejak.catat("kemajuan/" + kode, Aturan.KEMAJUAN, PerbandinganCalculator.kemajuan(r, akhir.get()),
                        "realisasi", r, "target akhir Renstra", akhir.get());

        KinerjaIndikator ki = new KinerjaIndikator(kode, ind.nama(), ind.satuan(), polaritas.kode(), ind.jenis(),
                ind.sasaran(), t.map(PerhitunganTahun::targetIndikator).orElse(null), konflik(kandidat, t),
                nilaiRealisasi(realisasi, turunan.contains(kode)), capaian, predikat, triwulan(kode, polaritas), perubahanTahunan(kode, r),
                akhir.orElse(null), kemajuan, penjelasan(kode), String.join("; ", ket));
        hasil.put(kode, ki);
        sedangDihitung.remove(kode);
        return ki;
    }

    private static Target target(Optional<KandidatTarget> t) {
        if (t.isEmpty()) {
            return Target.tidakAda("tidak ada target dari sumber mana pun");
        }
        KandidatTarget kt = t.get();
        if (kt.nilai() == null) {
            return Target.tidakAda("target hanya berupa label " + kt.tampil());
        }
        return kt.nilaiAtas() != null ? Target.rentang(kt.nilai(), kt.nilaiAtas()) : Target.nilai(kt.nilai());
    }

    private static Aturan aturanCapaian(Polaritas polaritas, Optional<KandidatTarget> t) {
        if (t.isPresent() && t.get().nilaiAtas() != null) {
            return Aturan.CAPAIAN_RENTANG;
        }
        return polaritas == Polaritas.TURUN ? Aturan.CAPAIAN_TURUN : Aturan.CAPAIAN_NAIK;
    }

    private static Polaritas polaritas(PaketData.Indikator ind) {
        return ind.polaritas() == null ? Polaritas.NAIK : Polaritas.dariKode(ind.polaritas());
    }

    private String predikat(HasilHitung h, List<String> ket) {
        if (!h.bernilai()) {
            return null;
        }
        if (k.skala().isEmpty()) {
            ket.add("tanpa predikat: pemda tidak menetapkan skala predikat capaian");
            return null;
        }
        Predikat pr = k.skala().get().tentukan(h.nilaiAtauGagal());
        if (pr.label().isEmpty()) {
            ket.add("tanpa predikat: " + pr.alasan());
        }
        return pr.label().orElse(null);
    }

    static TargetIndikator targetIndikator(KandidatTarget t) {
        return new TargetIndikator(t.sumber().name(), t.asal(), polos(t.nilai()), polos(t.nilaiAtas()), t.tampil(),
                t.label());
    }

    /** The other sources' targets that differ from the authoritative one, once per source and value. */
    private static List<TargetIndikator> konflik(List<KandidatTarget> semua, Optional<KandidatTarget> berwenang) {
        List<TargetIndikator> lain = new ArrayList<>();
        for (KandidatTarget c : semua) {
            boolean beda = berwenang.isEmpty() || !c.samaNilai(berwenang.get());
            TargetIndikator ti = targetIndikator(c);
            boolean sudah = lain.stream().anyMatch(x -> x.sumber().equals(ti.sumber()) && c.samaNilai(kandidatDari(x)));
            if (beda && c.nilai() != null && !sudah) {
                lain.add(ti);
            }
        }
        return lain;
    }

    private static KandidatTarget kandidatDari(TargetIndikator t) {
        return new KandidatTarget(SumberTarget.valueOf(t.sumber()), t.asal(), "", t.nilai(), t.nilaiAtas(), t.label(),
                false, false);
    }

    private Realisasi realisasiKalkulasi(PaketData.Indikator ind, List<String> sedangDihitung, List<String> ket) {
        Optional<PaketData.Realisasi> tersimpan = realisasi(ind.kode(), tahun);
        Optional<Realisasi> dariAnggota = turunan(ind, sedangDihitung, ket);
        if (dariAnggota.isPresent()) {
            turunan.add(ind.kode());
            if (dariAnggota.get() instanceof Realisasi.Tersedia t && tersimpan.isPresent() && tersimpan.get().nilai() != null
                    && tersimpan.get().nilai().compareTo(t.nilai()) != 0) {
                ket.add("realisasi tercatat " + PencatatJejak.teks(tersimpan.get().nilai())
                        + " diabaikan; dipakai hasil hitung anggota");
            }
            return dariAnggota.get();
        }
        if (tersimpan.isEmpty()) {
            return Realisasi.tidakAda("tidak ada realisasi tahun " + tahun);
        }
        if ("TW4".equals(tersimpan.get().periode())) {
            ket.add("realisasi tahunan tidak ada; dipakai realisasi TW4");
        }
        return realisasi(tersimpan.get());
    }

    static Realisasi realisasi(PaketData.Realisasi r) {
        String status = r.statusNilai() == null ? "ADA" : r.statusNilai();
        return switch (status) {
            case "ADA" -> r.nilai() == null ? Realisasi.tidakAda("realisasi kosong") : Realisasi.tersedia(r.nilai());
            case "BELUM_RILIS" -> Realisasi.belumRilis();
            case "DIBAWA_DARI" -> Realisasi.dibawaDari(r.nilai(), r.tahunAsal());
            default -> Realisasi.tidakAda(r.catatan() == null ? "realisasi tidak ada" : r.catatan());
        };
    }

    /** Realisasi of a composite computed from its member indicators, when it has any. */
    private Optional<Realisasi> turunan(PaketData.Indikator ind, List<String> sedangDihitung, List<String> ket) {
        List<String> anggota = daftar(ind.anggota()).stream().map(PaketData.Anggota::indikator)
                .filter(Objects::nonNull).filter(indikator::containsKey).toList();
        if (anggota.isEmpty() || anggota.stream().anyMatch(sedangDihitung::contains)) {
            return Optional.empty();
        }
        if ("RATA_RATA_CAPAIAN".equals(ind.jenis())) {
            List<HasilHitung> nilai = new ArrayList<>();
            for (String a : anggota) {
                indikator(a, sedangDihitung);
                nilai.add(hitungan.get(a));
            }
            HasilAgregasi rata = RataRataCalculator.rataRata(nilai, k.agregasi());
            ket.add("realisasi = rata-rata capaian " + String.join(", ", anggota));
            ket.addAll(rata.peringatan());
            jejak.catat("realisasi/" + ind.kode(), Aturan.RATA_RATA_CAPAIAN, rata.hasil(), "anggota", String.join(", ", anggota),
                    "dibulatkan dulu", k.agregasi().bulatkanDulu(), "blank", k.agregasi().kosong().name());
            return Optional.of(rata.hasil().bernilai() ? Realisasi.tersedia(rata.hasil().nilaiAtauGagal())
                    : Realisasi.tidakAda("rata-rata capaian anggota tidak dapat dihitung: " + rata.hasil().alasan()));
        }
        if ("KOMPOSIT_TERTIMBANG".equals(ind.jenis())) {
            List<Komponen> komponen = new ArrayList<>();
            for (PaketData.Anggota a : daftar(ind.anggota())) {
                if (a.indikator() == null || a.bobot() == null) {
                    return Optional.empty();
                }
                KinerjaIndikator h = indikator(a.indikator(), sedangDihitung);
                if (h.realisasi().nilai() == null) {
                    return Optional.of(Realisasi.tidakAda("realisasi anggota " + a.indikator() + " tidak ada"));
                }
                komponen.add(new Komponen(a.indikator(), h.realisasi().nilai(), a.bobot()));
            }
            try {
                BigDecimal nilai = KompositCalculator.tertimbang(komponen);
                ket.add("realisasi = jumlah tertimbang anggota");
                jejak.catat("realisasi/" + ind.kode(), Aturan.KOMPOSIT_TERTIMBANG, HasilHitung.terhitung(nilai),
                        komponen.stream().flatMap(c -> java.util.stream.Stream.of(c.nama() + " × bobot",
                                PencatatJejak.teks(c.nilai()) + " × " + PencatatJejak.teks(c.bobot()))).toArray());
                return Optional.of(Realisasi.tersedia(nilai));
            } catch (IllegalArgumentException e) {
                return Optional.of(Realisasi.tidakAda(e.getMessage()));
            }
        }
        return Optional.empty();
    }

    static BigDecimal nilai(Realisasi r) {
        if (r instanceof Realisasi.Tersedia t) {
            return t.nilai();
        }
        return r instanceof Realisasi.DibawaDari d ? d.nilai() : null;
    }

    private NilaiRealisasi nilaiRealisasi(Realisasi r, boolean turunan) {
        if (r instanceof Realisasi.Tersedia t) {
            return new NilaiRealisasi("terhitung", polos(t.nilai()), null, turunan
                    ? id.akuntara.core.calc.AngkaFormatter.format(t.nilai(), k.pembulatan()) : PencatatJejak.teks(t.nilai()), turunan);
        }
        if (r instanceof Realisasi.DibawaDari d) {
            return new NilaiRealisasi("dibawa-dari", polos(d.nilai()), d.tahun(), PencatatJejak.teks(d.nilai()), false);
        }
        if (r instanceof Realisasi.BelumRilis) {
            return new NilaiRealisasi("belum-rilis", null, null, "belum rilis", false);
        }
        return new NilaiRealisasi("tidak-ada", null, null, null, turunan);
    }

    /** Triwulan 1–4 of the action plan: target, realisasi and capaian where either is recorded. */
    private List<Triwulan> triwulan(String kode, Polaritas polaritas) {
        List<Triwulan> tw = new ArrayList<>();
        for (int ke = 1; ke <= 4; ke++) {
            int q = ke;
            Optional<PaketData.RencanaAksi> ra = indeks.rencanaAksi(kode, tahun, q);
            Optional<PaketData.Realisasi> r = periode(kode, tahun, "TW" + ke);
            if (ra.isEmpty() && r.isEmpty()) {
                continue;
            }
            BigDecimal t = ra.map(PaketData.RencanaAksi::targetNilai).orElse(null);
            Realisasi rr = r.map(PerhitunganTahun::realisasi).orElse(Realisasi.tidakAda("realisasi TW" + ke + " belum diisi"));
            Target target = t == null ? Target.tidakAda("rencana aksi TW" + ke + " tanpa target") : Target.nilai(t);
            HasilHitung h = k.batasCapaian().terapkan(CapaianCalculator.hitung(polaritas, target, rr));
            tw.add(new Triwulan(ke, polos(t), nilaiRealisasi(rr, false), jejak.catat("capaian/" + kode + "/TW" + ke,
                    polaritas == Polaritas.TURUN ? Aturan.CAPAIAN_TURUN : Aturan.CAPAIAN_NAIK, h,
                    "target", t, "realisasi", nilai(rr))));
        }
        return tw;
    }

    /** Against the previous year's realisasi, as measured for that year (composites recomputed). */
    private Angka perubahanTahunan(String kode, BigDecimal sekarang) {
        if (sekarang == null || !bandingkan) {
            return null;
        }
        if (tahunLalu == null) {
            tahunLalu = new PerhitunganTahun(indeks, tahun - 1, k, false);
        }
        Optional<BigDecimal> lalu = tahunLalu.realisasiSaja(kode);
        return jejak.catat("perubahan-tahunan/" + kode, Aturan.PERUBAHAN_TAHUNAN,
                PerbandinganCalculator.perubahanTahunan(lalu, sekarang),
                "realisasi " + tahun, sekarang, "realisasi " + (tahun - 1), lalu.orElse(null));
    }

    /** This year's realisasi value of an indicator (derived for composites), without the rest of the model. */
    private Optional<BigDecimal> realisasiSaja(String kode) {
        if (!indikator.containsKey(kode)) {
            return Optional.empty();
        }
        Realisasi r = realisasiTerpakai.get(kode);
        if (r == null) {
            indikator(kode, new ArrayList<>());
            r = realisasiTerpakai.get(kode);
        }
        return Optional.ofNullable(nilai(r));
    }

    /** The Renstra target of the last year of the plan covering this year. */
    private Optional<BigDecimal> targetAkhir(String kode) {
        Optional<Integer> akhir = daftar(p.renstra()).stream()
                .filter(r -> r.tahunMulai() != null && r.tahunSelesai() != null && r.tahunMulai() <= tahun
                        && tahun <= r.tahunSelesai())
                .map(PaketData.Renstra::tahunSelesai).max(Integer::compare);
        return akhir.flatMap(th -> indeks.kandidat(kode, th).stream()
                .filter(t -> t.sumber() == SumberTarget.RENSTRA && t.nilai() != null && t.nilaiAtas() == null)
                .map(KandidatTarget::nilai).findFirst()).map(PerhitunganTahun::polos);
    }

    private String penjelasan(String kode) {
        return realisasi(kode, tahun).map(PaketData.Realisasi::penjelasan).map(x -> {
            List<String> bagian = new ArrayList<>();
            tambah(bagian, "Faktor pendukung", x.faktorPendukung());
            tambah(bagian, "Faktor penghambat", x.faktorPenghambat());
            tambah(bagian, "Solusi", x.solusi());
            tambah(bagian, "Upaya", x.upaya());
            return bagian.isEmpty() ? null : String.join("\n", bagian);
        }).orElse(null);
    }

    private static void tambah(List<String> bagian, String judul, String isi) {
        if (isi != null && !isi.isBlank()) {
            bagian.add(judul + ": " + isi);
        }
    }

    private List<KinerjaEvaluasi> evaluasi() {
        List<KinerjaEvaluasi> semua = new ArrayList<>();
        for (PaketData.Evaluasi e : daftar(p.evaluasi())) {
            if (e.tahun() == null || e.tahun() > tahun) {
                continue;
            }
            List<KinerjaEvaluasi.Komponen> komponen = daftar(e.komponen()).stream()
                    .map(c -> new KinerjaEvaluasi.Komponen(c.nama(), polos(c.bobot()), polos(c.nilai()))).toList();
            HasilHitung total = jumlahEvaluasi(komponen);
            Angka a = jejak.catat("evaluasi/" + e.tahun() + "/total", Aturan.JUMLAH_EVALUASI, total,
                    komponen.stream().flatMap(c -> java.util.stream.Stream.of(c.nama(), c.nilai())).toArray());
            semua.add(new KinerjaEvaluasi(e.tahun(), e.evaluator(), komponen, a, polos(e.nilaiTertulis()),
                    e.predikatTertulis()));
        }
        return semua;
    }

    private static HasilHitung jumlahEvaluasi(List<KinerjaEvaluasi.Komponen> komponen) {
        if (komponen.isEmpty() || komponen.stream().anyMatch(c -> c.nilai() == null || c.bobot() == null)) {
            return HasilHitung.tidakDapatDihitung("komponen evaluasi tidak lengkap");
        }
        try {
            return HasilHitung.terhitung(KompositCalculator.jumlahSkor(komponen.stream()
                    .map(c -> new Komponen(c.nama(), c.nilai(), c.bobot())).toList()));
        } catch (IllegalArgumentException e) {
            return HasilHitung.tidakDapatDihitung(e.getMessage());
        }
    }

    /** Plain notation (600000000, not 6E+8) whatever the data's scale. */
    static BigDecimal polos(BigDecimal n) {
        return n == null || n.scale() >= 0 ? n : n.setScale(0);
    }
}
