package id.akuntara.reports;

import id.akuntara.core.calc.AngkaFormatter;
import id.akuntara.core.calc.TerbilangFormatter;
import id.akuntara.core.paket.PaketData;
import id.akuntara.core.pengukuran.KinerjaTahunan;
import id.akuntara.core.plugin.KonfigurasiPemda;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

import static id.akuntara.core.paket.Paket.daftar;

/**
 * Builds a {@link BahanLaporan} from the read model and the data package's words. The figures are the read
 * model's; from the package come only names, narrative and the PK as signed (its printed targets and amounts).
 */
public final class PenyusunBahan {

    private PenyusunBahan() {
    }

    /**
     * The material of the annual report.
     *
     * @param data        the pemda's data (the same the read model was computed from)
     * @param kinerja     the read model of the year
     * @param konfigurasi the configuration in force: report name, head-of-region title
     * @param namaPemda   the pemda's display name
     */
    public static BahanLaporan susun(PaketData data, KinerjaTahunan kinerja, KonfigurasiPemda konfigurasi,
            String namaPemda) {
        int tahun = kinerja.tahun();
        List<BahanLaporan.Narasi> narasi = daftar(data.narasi()).stream()
                .filter(n -> Objects.equals(n.tahun(), tahun))
                .map(n -> new BahanLaporan.Narasi(n.bagian(), n.judul(), n.isi())).toList();
        return new BahanLaporan(data.pemda(), namaPemda, konfigurasi.namaLaporan().nilai(),
                kepalaDaerah(data, konfigurasi.sebutanKepalaDaerah().kepala()), tahun, kinerja,
                konfigurasi.kerangkaLaporan().nilai(), narasi, dokumenPk(data, tahun), organisasi(data, tahun),
                sdm(data, tahun), renstra(data, kinerja), List.of(), logo(data));
    }

    /**
     * The material of the annual report with its trend over the plan's years: {@code tahunData} are the years the
     * data hold ({@code LayananPengukuran.tahunTersedia}), {@code kinerjaTahun} gives the read model of another year
     * (the CLI computes it from the package, the server asks {@code PengukuranService}); the report's own year is
     * {@code kinerja}. A year the read model refuses ({@code TahunTidakAdaException}) is left out.
     */
    public static BahanLaporan susun(PaketData data, KinerjaTahunan kinerja, KonfigurasiPemda konfigurasi,
            String namaPemda, List<Integer> tahunData, java.util.function.IntFunction<KinerjaTahunan> kinerjaTahun) {
        List<KinerjaTahunan> riwayat = new java.util.ArrayList<>();
        for (int t : tahunRenstra(data, kinerja.tahun(), tahunData)) {
            if (t == kinerja.tahun()) {
                riwayat.add(kinerja);
                continue;
            }
            try {
                riwayat.add(kinerjaTahun.apply(t));
            } catch (id.akuntara.core.pengukuran.TahunTidakAdaException e) {
                // the data hold nothing for that year: no point in the trend
            }
        }
        return susun(data, kinerja, konfigurasi, namaPemda).denganRiwayat(riwayat.size() < 2 ? List.of() : riwayat);
    }

    /**
     * The years of the trend: the years of the Renstra period the report's year falls in (the package's
     * {@code renstra} with {@code tahunMulai}–{@code tahunSelesai}; without one, every year of the data) up to the
     * report's year, among the years the data hold ({@code tahunData}), ascending.
     */
    public static List<Integer> tahunRenstra(PaketData data, int tahun, List<Integer> tahunData) {
        int mulai = daftar(data.renstra()).stream()
                .filter(r -> r.tahunMulai() != null && r.tahunMulai() <= tahun
                        && (r.tahunSelesai() == null || r.tahunSelesai() >= tahun))
                .mapToInt(PaketData.Renstra::tahunMulai).min().orElse(Integer.MIN_VALUE);
        return tahunData.stream().filter(t -> t >= mulai && t <= tahun).sorted().toList();
    }

    /** The pemda's logo from its settings ({@code pengaturan.logo}, PNG in base64), else null (the neutral emblem). */
    public static byte[] logo(PaketData data) {
        return data.pengaturan() == null ? null : data.pengaturan().logoPng().orElse(null);
    }

    /**
     * The units in force on 31 December of the year ({@code berlakuMulai} inclusive, {@code berlakuSampai}
     * exclusive, docs/data-package.md), in the data's order.
     */
    static BahanLaporan.Organisasi organisasi(PaketData data, int tahun) {
        LocalDate akhir = LocalDate.of(tahun, 12, 31);
        List<BahanLaporan.Unit> unit = daftar(data.unit()).stream()
                .filter(u -> { LocalDate m = tanggal(u.berlakuMulai()); return m != null && !m.isAfter(akhir); })
                .filter(u -> { LocalDate s = tanggal(u.berlakuSampai()); return s == null || s.isAfter(akhir); })
                .map(u -> new BahanLaporan.Unit(u.kode(), u.nama(), u.jenis(), u.induk())).toList();
        return new BahanLaporan.Organisasi(akhir, unit);
    }

    /** The staff counts of the latest date on or before 31 December of the year, in the data's order. */
    static BahanLaporan.Sdm sdm(PaketData data, int tahun) {
        LocalDate akhir = LocalDate.of(tahun, 12, 31);
        Optional<LocalDate> per = daftar(data.statistikPegawai()).stream().map(s -> tanggal(s.perTanggal()))
                .filter(Objects::nonNull).filter(t -> !t.isAfter(akhir)).max(LocalDate::compareTo);
        if (per.isEmpty()) {
            return BahanLaporan.Sdm.KOSONG;
        }
        return new BahanLaporan.Sdm(per.get(), daftar(data.statistikPegawai()).stream()
                .filter(s -> per.get().equals(tanggal(s.perTanggal())))
                .map(s -> new BahanLaporan.BarisSdm(s.dimensi(), s.kelompok(), s.kategori(),
                        s.jumlah() == null ? 0 : s.jumlah())).toList());
    }

    /**
     * The indicators measured in the year with the tujuan and sasaran they serve, ordered by tujuan (the data's
     * order), then by sasaran as the read model orders them; the Renstra target of the year as the data write it, and the plan-end target the read model
     * measures progress against.
     */
    static List<BahanLaporan.Renstra> renstra(PaketData data, KinerjaTahunan k) {
        java.util.Map<String, PaketData.Sasaran> sasaran = new java.util.HashMap<>();
        daftar(data.sasaran()).forEach(x -> sasaran.put(x.kode(), x));
        java.util.Map<String, String> tujuan = new java.util.HashMap<>();
        daftar(data.tujuan()).forEach(x -> tujuan.put(x.kode(), x.teks()));
        List<String> urutan = k.sasaran().stream().map(id.akuntara.core.pengukuran.KinerjaSasaran::kode).toList();
        List<String> urutanTujuan = daftar(data.tujuan()).stream().map(PaketData.Tujuan::kode).toList();
        java.util.function.ToIntFunction<id.akuntara.core.pengukuran.KinerjaIndikator> tujuanKe = i -> {
            PaketData.Sasaran s = i.sasaran() == null ? null : sasaran.get(i.sasaran());
            return s == null || !urutanTujuan.contains(s.tujuan()) ? Integer.MAX_VALUE : urutanTujuan.indexOf(s.tujuan());
        };
        return k.indikator().stream()
                .sorted(java.util.Comparator.comparingInt(tujuanKe)
                        .thenComparingInt(i -> i.sasaran() == null || !urutan.contains(i.sasaran())
                        ? Integer.MAX_VALUE : urutan.indexOf(i.sasaran())))
                .map(i -> {
                    PaketData.Sasaran s = i.sasaran() == null ? null : sasaran.get(i.sasaran());
                    String targetTahun = daftar(data.target()).stream()
                            .filter(t -> i.kode().equals(t.indikator()) && Objects.equals(t.tahun(), k.tahun())
                                    && "RENSTRA".equals(t.sumber()))
                            .findFirst().map(t -> t.nilaiAtas() != null
                                    ? AngkaFormatter.formatTepat(t.nilai()) + "–" + AngkaFormatter.formatTepat(t.nilaiAtas())
                                    : target(t.nilai(), t.label())).orElse(null);
                    return new BahanLaporan.Renstra(s == null ? null : tujuan.get(s.tujuan()), s == null ? null : s.teks(),
                            i.kode(), i.nama(), i.satuan(), targetTahun,
                            i.targetAkhir() == null ? null : AngkaFormatter.formatTepat(i.targetAkhir()));
                }).toList();
    }

    /** The Perjanjian Kinerja of that year, in the data's order (a revised PK after the one it replaces). */
    public static List<DokumenPk> dokumenPk(PaketData data, int tahun) {
        return daftar(data.perjanjianKinerja()).stream().filter(p -> Objects.equals(p.tahun(), tahun))
                .map(p -> dokumen(data, p)).toList();
    }

    /**
     * A PK target as a secretariat prints it: the number in Indonesian notation ("3,10", not the source's "3.10"),
     * with the words of a label kept ("75 (baik)", "67 (peringkat 4)"); a label without a number as written.
     */
    static String target(java.math.BigDecimal nilai, String label) {
        if (nilai == null) {
            return label;
        }
        java.util.regex.Matcher m = label == null ? null
                : java.util.regex.Pattern.compile("^\\s*([0-9]+)(?:\\.([0-9]+))?").matcher(label);
        java.math.BigDecimal tampil = nilai;
        if (m != null && m.find() && new java.math.BigDecimal(m.group(1) + (m.group(2) == null ? "" : "." + m.group(2)))
                .compareTo(nilai) == 0) {
            // the label writes the same number: keep its decimals ("92.50" → "92,50")
            tampil = nilai.setScale(m.group(2) == null ? 0 : m.group(2).length(), java.math.RoundingMode.UNNECESSARY);
            String angka = AngkaFormatter.formatTepat(tampil);
            return label.substring(0, m.start()) + angka + label.substring(m.end());
        }
        String angka = AngkaFormatter.formatTepat(tampil);
        return label == null || label.chars().noneMatch(Character::isLetter) ? angka : angka + " (" + label + ")";
    }

    private static DokumenPk dokumen(PaketData data, PaketData.PerjanjianKinerja p) {
        List<DokumenPk.Baris> baris = daftar(p.baris()).stream().map(b -> new DokumenPk.Baris(
                teks(b.sasaranTeks(), b.sasaran()), teks(b.indikatorTeks(), b.indikator()), b.satuan(),
                target(b.targetNilai(), b.targetLabel()))).toList();
        List<DokumenPk.Program> program = daftar(p.program()).stream().map(x -> new DokumenPk.Program(x.namaProgram(),
                x.jumlah() == null ? null : AngkaFormatter.formatRupiah(x.jumlah()), x.sumberDana())).toList();
        PihakPk kedua = p.pihakKedua() == null ? kepalaSebagaiPihak(data) : pihak(data, p.pihakKedua());
        return new DokumenPk(p.kode(), p.tahun(), p.induk(), p.tempat(), tanggal(p.tanggal()), pihak(data, p.pihakPertama()),
                kedua, baris, program,
                p.totalTertulis() == null ? null : AngkaFormatter.formatRupiah(p.totalTertulis()),
                p.totalTertulis() == null ? null : TerbilangFormatter.rupiah(p.totalTertulis()));
    }

    /** A party from its assignment: the person's name and NIP, the post with the assignment's prefix. */
    static PihakPk pihak(PaketData data, String kodePenugasan) {
        Optional<PaketData.Penugasan> tugas = daftar(data.penugasan()).stream()
                .filter(t -> t.kode().equals(kodePenugasan)).findFirst();
        if (tugas.isEmpty()) {
            return new PihakPk(null, kodePenugasan, null, null);
        }
        PaketData.Penugasan t = tugas.get();
        Optional<PaketData.Pegawai> orang = daftar(data.pegawai()).stream()
                .filter(g -> g.kode().equals(t.pegawai())).findFirst();
        String jabatan = daftar(data.jabatan()).stream().filter(j -> j.kode().equals(t.jabatan()))
                .map(PaketData.Jabatan::nama).findFirst().orElse(t.jabatan());
        return new PihakPk(orang.map(PaketData.Pegawai::nama).orElse(null), awalan(t.jenis()) + jabatan,
                orang.map(PaketData.Pegawai::nip).orElse(null),
                orang.map(g -> g.pangkat() == null ? null
                        : g.pangkat() + (g.golongan() == null ? "" : " (" + g.golongan() + ")")).orElse(null));
    }

    /** "Plt. ", "Pj. ", "Plh. " for an acting assignment (BKN SE 1/SE/I/2021 naming), nothing for a definitive one. */
    static String awalan(String jenis) {
        if (jenis == null) {
            return "";
        }
        return switch (jenis) {
            case "PLT" -> "Plt. ";
            case "PJ" -> "Pj. ";
            case "PLH" -> "Plh. ";
            default -> "";
        };
    }

    /** A PK whose second party the data do not assign: the head of region's post, unnamed. */
    private static PihakPk kepalaSebagaiPihak(PaketData data) {
        return new PihakPk(null, kepalaDaerah(data, null), null, null);
    }

    /**
     * The head of region as the report addresses them: the pemda's setting ({@code pengaturan.kepalaDaerah}), else
     * the post the data name (KEPALA_DAERAH, not the deputy), else the plugin's title.
     */
    static String kepalaDaerah(PaketData data, String sebutan) {
        if (data.pengaturan() != null && data.pengaturan().kepalaDaerah() != null
                && !data.pengaturan().kepalaDaerah().isBlank()) {
            return data.pengaturan().kepalaDaerah().strip();
        }
        return daftar(data.jabatan()).stream().filter(j -> "KEPALA_DAERAH".equals(j.jenis()) && j.nama() != null)
                .map(PaketData.Jabatan::nama).filter(n -> !n.strip().toLowerCase().startsWith("wakil"))
                .findFirst().orElse(sebutan);
    }

    private static String teks(String teks, String kode) {
        return teks != null ? teks : kode;
    }

    private static LocalDate tanggal(String iso) {
        if (iso == null) {
            return null;
        }
        try {
            return LocalDate.parse(iso);
        } catch (DateTimeParseException e) {
            return null;
        }
    }
}
