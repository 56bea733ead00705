package id.akuntara.core.paket.hitung;

import id.akuntara.core.calc.AngkaFormatter;
import id.akuntara.core.calc.CapaianCalculator;
import id.akuntara.core.calc.HasilAgregasi;
import id.akuntara.core.calc.HasilHitung;
import id.akuntara.core.calc.Komponen;
import id.akuntara.core.calc.KompositCalculator;
import id.akuntara.core.calc.Polaritas;
import id.akuntara.core.calc.PosAnggaran;
import id.akuntara.core.calc.Predikat;
import id.akuntara.core.calc.RataRataCalculator;
import id.akuntara.core.calc.Realisasi;
import id.akuntara.core.calc.SerapanCalculator;
import id.akuntara.core.calc.Target;
import id.akuntara.core.domain.rencana.SumberTarget;
import id.akuntara.core.paket.PaketData;

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
 * Computes from a data package, for one year, what a report prints: per indicator the authoritative target, the
 * realisasi with its state, capaian, predikat; per sasaran the mean of its indicators' capaian; per budget node
 * pagu, realisasi and serapan. Pure Java over {@link PaketData}; every rule is the calculation engine's
 * ({@code core.calc}), nothing is re-implemented here. docs/data-package.md "Calculation".
 *
 * <ul>
 *   <li><b>Target</b>: the pemda's {@code pengaturan.sumberTarget}; when that source has no target for the
 *       indicator-year, the first of {@link #URUTAN_CADANGAN} that has one, and {@code keterangan} says so. A
 *       source is a {@code target} record or a row of a Perjanjian Kinerja of that year (cascade root first).</li>
 *   <li><b>Realisasi</b>: the {@code TAHUNAN} record of the year (TW4 when there is none); a
 *       {@code RATA_RATA_CAPAIAN} indicator's realisasi is the mean of its member indicators' capaian, a
 *       {@code KOMPOSIT_TERTIMBANG} one's Σ member realisasi × bobot / 100 — computed, never taken from the
 *       printed figure (a stored value that differs is named in {@code keterangan}).</li>
 *   <li><b>Capaian</b> {@link CapaianCalculator} with the indicator's polarity, then the pemda's capping;
 *       <b>predikat</b> from the pemda's capaian scale (full precision, as {@code HasilCapaian}); none or a gap:
 *       "tanpa predikat" with the reason.</li>
 *   <li><b>Sasaran</b>: {@link RataRataCalculator} over the capaian of its indicators measured that year (composites
 *       of kind RATA_RATA_CAPAIAN excluded, they are means themselves) under the pemda's aggregation policy.</li>
 *   <li><b>Budget</b>: pagu = pagu perubahan, else murni. A node without children uses its own figures; a node
 *       with children the sums of its children's figures when every child has one (a child with pagu 0 and no
 *       realisasi, printed "-", counts as 0), else its own; serapan via {@link SerapanCalculator}, so a roll-up is the ratio of
 *       the sums.</li>
 * </ul>
 */
public final class PerhitunganPaket {

    /** Where a missing authoritative target is looked for, in this order. */
    public static final List<SumberTarget> URUTAN_CADANGAN = List.of(SumberTarget.PK_PERUBAHAN, SumberTarget.PK,
            SumberTarget.RENSTRA, SumberTarget.IKU, SumberTarget.RPJMD);

    private PerhitunganPaket() {
    }

    /** Computes under {@link KebijakanPaket#dari(PaketData)}. */
    public static HasilPaket hitung(PaketData paket, int tahun) {
        return hitung(paket, tahun, KebijakanPaket.dari(paket));
    }

    public static HasilPaket hitung(PaketData paket, int tahun, KebijakanPaket kebijakan) {
        return new Hitung(paket, tahun, kebijakan).jalankan();
    }

    /** The authoritative target of an indicator-year with the fallback note, if any source has one. */
    public static Optional<KandidatTarget> targetBerwenang(PaketData paket, String indikator, int tahun,
            SumberTarget berwenang) {
        List<KandidatTarget> semua = KandidatTarget.untuk(paket, indikator, tahun);
        List<SumberTarget> urutan = new ArrayList<>();
        urutan.add(berwenang);
        URUTAN_CADANGAN.stream().filter(s -> s != berwenang).forEach(urutan::add);
        for (SumberTarget s : urutan) {
            Optional<KandidatTarget> k = semua.stream().filter(x -> x.sumber() == s)
                    .filter(x -> !x.digantikan() || s != SumberTarget.PK_PERUBAHAN).findFirst();
            if (k.isPresent()) {
                return k;
            }
        }
        return Optional.empty();
    }

    /** Plain notation (600000000, not 6E+8) whatever the package's scale. */
    static BigDecimal polos(BigDecimal n) {
        return n == null || n.scale() >= 0 ? n : n.setScale(0);
    }

    private static final class Hitung {
        private final PaketData p;
        private final int tahun;
        private final KebijakanPaket k;
        private final Map<String, PaketData.Indikator> indikator = new LinkedHashMap<>();
        private final Map<String, HasilIndikator> hasil = new HashMap<>();
        private final Map<String, HasilHitung> hitungan = new HashMap<>();

        Hitung(PaketData p, int tahun, KebijakanPaket k) {
            this.p = p;
            this.tahun = tahun;
            this.k = k;
            daftar(p.indikator()).forEach(i -> indikator.put(i.kode(), i));
        }

        HasilPaket jalankan() {
            List<HasilIndikator> daftarIndikator = new ArrayList<>();
            for (PaketData.Indikator i : indikator.values()) {
                if (diukur(i)) {
                    daftarIndikator.add(indikator(i.kode(), new ArrayList<>()));
                }
            }
            return new HasilPaket(p.pemda(), tahun, daftarIndikator, sasaran(), anggaran());
        }

        /** Measured that year: it has a target or a realisasi for the year, or it is a composite of measured ones. */
        private boolean diukur(PaketData.Indikator i) {
            boolean punya = !KandidatTarget.untuk(p, i.kode(), tahun).isEmpty() || realisasi(i.kode()).isPresent();
            return punya || daftar(i.anggota()).stream().map(PaketData.Anggota::indikator).filter(Objects::nonNull)
                    .map(indikator::get).filter(Objects::nonNull).anyMatch(a -> !KandidatTarget.untuk(p, a.kode(), tahun).isEmpty());
        }

        private Optional<PaketData.Realisasi> realisasi(String kode) {
            Optional<PaketData.Realisasi> tahunan = daftar(p.realisasi()).stream()
                    .filter(r -> kode.equals(r.indikator()) && r.tahun() != null && r.tahun() == tahun
                            && (r.periode() == null || "TAHUNAN".equals(r.periode())))
                    .findFirst();
            return tahunan.or(() -> daftar(p.realisasi()).stream()
                    .filter(r -> kode.equals(r.indikator()) && r.tahun() != null && r.tahun() == tahun
                            && "TW4".equals(r.periode()))
                    .findFirst());
        }

        private HasilIndikator indikator(String kode, List<String> jejak) {
            HasilIndikator ada = hasil.get(kode);
            if (ada != null) {
                return ada;
            }
            jejak.add(kode);
            PaketData.Indikator ind = indikator.get(kode);
            List<String> ket = new ArrayList<>();

            Optional<KandidatTarget> t = targetBerwenang(p, kode, tahun, k.sumberTarget());
            Target target;
            if (t.isEmpty()) {
                target = Target.tidakAda("tidak ada target tahun " + tahun + " dari sumber mana pun");
            } else {
                KandidatTarget kt = t.get();
                if (kt.sumber() != k.sumberTarget()) {
                    ket.add("target " + k.sumberTarget() + " tidak ada; dipakai target " + kt.asal());
                }
                if (kt.nilai() == null) {
                    target = Target.tidakAda("target hanya berupa label " + kt.tampil());
                } else if (kt.nilaiAtas() != null) {
                    target = Target.rentang(kt.nilai(), kt.nilaiAtas());
                } else {
                    target = Target.nilai(kt.nilai());
                }
            }

            Realisasi realisasi = realisasiKalkulasi(ind, jejak, ket);
            Polaritas polaritas = ind.polaritas() == null ? Polaritas.NAIK : Polaritas.dariKode(ind.polaritas());
            HasilHitung h = k.batasCapaian().terapkan(CapaianCalculator.hitung(polaritas, target, realisasi));
            hitungan.put(kode, h);
            if (!h.alasan().isEmpty()) {
                ket.add(h.alasan());
            }
            String predikat = null;
            if (h.bernilai()) {
                if (k.skala().isEmpty()) {
                    ket.add("tanpa predikat: pemda tidak menetapkan skala predikat capaian");
                } else {
                    Predikat pr = k.skala().get().tentukan(h.nilaiAtauGagal());
                    predikat = pr.label().orElse(null);
                    if (pr.label().isEmpty()) {
                        ket.add("tanpa predikat: " + pr.alasan());
                    }
                }
            }
            BigDecimal nilaiRealisasi = realisasi instanceof Realisasi.Tersedia r ? r.nilai()
                    : realisasi instanceof Realisasi.DibawaDari d ? d.nilai() : null;
            HasilIndikator hi = new HasilIndikator(kode, ind.nama(), t.map(x -> x.sumber().name()).orElse(null),
                    polos(t.map(KandidatTarget::nilai).orElse(null)), t.map(this::labelTarget).orElse(null), polos(nilaiRealisasi),
                    h.status().kode(), h.nilai().orElse(null), predikat, String.join("; ", ket));
            hasil.put(kode, hi);
            jejak.remove(kode);
            return hi;
        }

        private String labelTarget(KandidatTarget t) {
            if (t.label() != null) {
                return t.label();
            }
            return t.tampil();
        }

        private Realisasi realisasiKalkulasi(PaketData.Indikator ind, List<String> jejak, List<String> ket) {
            Optional<PaketData.Realisasi> tersimpan = realisasi(ind.kode());
            Optional<Realisasi> turunan = turunan(ind, jejak, ket);
            if (turunan.isPresent()) {
                if (turunan.get() instanceof Realisasi.Tersedia t && tersimpan.isPresent() && tersimpan.get().nilai() != null
                        && tersimpan.get().nilai().compareTo(t.nilai()) != 0) {
                    ket.add("realisasi tercatat " + AngkaFormatter.formatTepat(tersimpan.get().nilai())
                            + " diabaikan; dipakai hasil hitung anggota");
                }
                return turunan.get();
            }
            if (tersimpan.isEmpty()) {
                return Realisasi.tidakAda("tidak ada realisasi tahun " + tahun + " dalam paket");
            }
            PaketData.Realisasi r = tersimpan.get();
            if ("TW4".equals(r.periode())) {
                ket.add("realisasi tahunan tidak ada; dipakai realisasi TW4");
            }
            String status = r.statusNilai() == null ? "ADA" : r.statusNilai();
            return switch (status) {
                case "ADA" -> Realisasi.tersedia(r.nilai());
                case "BELUM_RILIS" -> Realisasi.belumRilis();
                case "DIBAWA_DARI" -> Realisasi.dibawaDari(r.nilai(), r.tahunAsal());
                default -> Realisasi.tidakAda(r.catatan() == null ? "realisasi tidak ada" : r.catatan());
            };
        }

        /** Realisasi of a composite computed from its member indicators, when it has any. */
        private Optional<Realisasi> turunan(PaketData.Indikator ind, List<String> jejak, List<String> ket) {
            List<String> anggota = daftar(ind.anggota()).stream().map(PaketData.Anggota::indikator)
                    .filter(Objects::nonNull).filter(indikator::containsKey).toList();
            if (anggota.isEmpty() || anggota.stream().anyMatch(jejak::contains)) {
                return Optional.empty();
            }
            if ("RATA_RATA_CAPAIAN".equals(ind.jenis())) {
                List<HasilHitung> nilai = new ArrayList<>();
                for (String a : anggota) {
                    indikator(a, jejak);
                    nilai.add(hitungan.get(a));
                }
                HasilAgregasi rata = RataRataCalculator.rataRata(nilai, k.agregasi());
                ket.add("realisasi = rata-rata capaian " + String.join(", ", anggota));
                ket.addAll(rata.peringatan());
                return Optional.of(rata.hasil().bernilai() ? Realisasi.tersedia(rata.hasil().nilaiAtauGagal())
                        : Realisasi.tidakAda("rata-rata capaian anggota tidak dapat dihitung: " + rata.hasil().alasan()));
            }
            if ("KOMPOSIT_TERTIMBANG".equals(ind.jenis())) {
                List<Komponen> komponen = new ArrayList<>();
                for (PaketData.Anggota a : daftar(ind.anggota())) {
                    if (a.indikator() == null || a.bobot() == null) {
                        return Optional.empty();
                    }
                    HasilIndikator h = indikator(a.indikator(), jejak);
                    if (h.realisasi() == null) {
                        return Optional.of(Realisasi.tidakAda("realisasi anggota " + a.indikator() + " tidak ada"));
                    }
                    komponen.add(new Komponen(a.indikator(), h.realisasi(), a.bobot()));
                }
                try {
                    BigDecimal nilai = KompositCalculator.tertimbang(komponen);
                    ket.add("realisasi = jumlah tertimbang anggota");
                    return Optional.of(Realisasi.tersedia(nilai));
                } catch (IllegalArgumentException e) {
                    return Optional.of(Realisasi.tidakAda(e.getMessage()));
                }
            }
            return Optional.empty();
        }

        private List<HasilSasaran> sasaran() {
            List<HasilSasaran> daftarSasaran = new ArrayList<>();
            for (PaketData.Sasaran s : daftar(p.sasaran())) {
                List<String> anggota = new ArrayList<>();
                List<String> dikecualikan = new ArrayList<>();
                for (PaketData.Indikator i : indikator.values()) {
                    if (s.kode().equals(i.sasaran()) && hasil.containsKey(i.kode())) {
                        if ("RATA_RATA_CAPAIAN".equals(i.jenis())) {
                            dikecualikan.add(i.kode());
                        } else {
                            anggota.add(i.kode());
                        }
                    }
                }
                if (anggota.isEmpty()) {
                    continue;
                }
                HasilAgregasi rata = RataRataCalculator.rataRata(anggota.stream().map(hitungan::get).toList(), k.agregasi());
                List<String> peringatan = new ArrayList<>(rata.peringatan());
                if (!rata.hasil().bernilai()) {
                    peringatan.add(rata.hasil().alasan());
                }
                if (!dikecualikan.isEmpty()) {
                    peringatan.add("indikator rata-rata capaian " + String.join(", ", dikecualikan)
                            + " tidak ikut dirata-ratakan");
                }
                daftarSasaran.add(new HasilSasaran(s.kode(), s.teks(), rata.hasil().nilai().orElse(null), peringatan));
            }
            return daftarSasaran;
        }

        private List<HasilAnggaran> anggaran() {
            List<PaketData.PosAnggaran> pos = daftar(p.anggaran()).stream()
                    .filter(a -> a.tahun() != null && a.tahun() == tahun).toList();
            Map<String, List<PaketData.PosAnggaran>> anak = new HashMap<>();
            pos.forEach(a -> {
                if (a.induk() != null) {
                    anak.computeIfAbsent(a.induk(), x -> new ArrayList<>()).add(a);
                }
            });
            Map<String, BigDecimal[]> nilai = new HashMap<>();
            List<HasilAnggaran> hasilAnggaran = new ArrayList<>();
            for (PaketData.PosAnggaran a : pos) {
                BigDecimal[] v = nilaiPos(a, anak, nilai);
                BigDecimal serapan = null;
                if (v[0] != null && v[1] != null) {
                    serapan = SerapanCalculator.serapan(new PosAnggaran(v[0], v[1])).nilai().orElse(null);
                }
                hasilAnggaran.add(new HasilAnggaran(a.kode(), a.nama(), a.induk(), polos(v[0]), polos(v[1]), serapan));
            }
            return hasilAnggaran;
        }

        /** [pagu, realisasi] of a node, rolled up from its children where they are complete. */
        private BigDecimal[] nilaiPos(PaketData.PosAnggaran a, Map<String, List<PaketData.PosAnggaran>> anak,
                Map<String, BigDecimal[]> memo) {
            BigDecimal[] ada = memo.get(a.kode());
            if (ada != null) {
                return ada;
            }
            BigDecimal pagu = a.paguPerubahan() != null ? a.paguPerubahan() : a.paguMurni();
            BigDecimal realisasi = a.realisasi();
            List<PaketData.PosAnggaran> c = anak.getOrDefault(a.kode(), List.of());
            if (!c.isEmpty()) {
                List<BigDecimal[]> nilaiAnak = c.stream().map(x -> nilaiPos(x, anak, memo))
                        .filter(v -> v[0] != null || v[1] != null)
                        .map(v -> v[1] == null && v[0] != null && v[0].signum() == 0 ? new BigDecimal[] {v[0], BigDecimal.ZERO} : v)
                        .toList();
                if (!nilaiAnak.isEmpty() && nilaiAnak.stream().allMatch(v -> v[0] != null)) {
                    pagu = SerapanCalculator.jumlah(nilaiAnak.stream().map(v -> new PosAnggaran(v[0], BigDecimal.ZERO)).toList()).pagu();
                }
                if (!nilaiAnak.isEmpty() && nilaiAnak.stream().allMatch(v -> v[1] != null)) {
                    realisasi = SerapanCalculator.jumlah(nilaiAnak.stream().map(v -> new PosAnggaran(BigDecimal.ZERO, v[1])).toList()).realisasi();
                }
            }
            BigDecimal[] v = {pagu, realisasi};
            memo.put(a.kode(), v);
            return v;
        }
    }
}
