package id.akuntara.core.application.realisasi;

import id.akuntara.core.akses.Akses;
import id.akuntara.core.akses.Peran;
import id.akuntara.core.application.PengukuranService;
import id.akuntara.core.calc.AngkaFormatter;
import id.akuntara.core.calc.AngkaParser;
import id.akuntara.core.calc.AngkaTidakTerbacaException;
import id.akuntara.core.domain.bersama.AturanDilanggarException;
import id.akuntara.core.domain.bersama.EntriRiwayat;
import id.akuntara.core.domain.bersama.RiwayatRepository;
import id.akuntara.core.domain.pengukuran.BuktiDukung;
import id.akuntara.core.domain.pengukuran.PemeriksaBerkas;
import id.akuntara.core.domain.pengukuran.PenjelasanRealisasi;
import id.akuntara.core.domain.pengukuran.Periode;
import id.akuntara.core.domain.pengukuran.RealisasiDicari;
import id.akuntara.core.domain.pengukuran.RealisasiIndikator;
import id.akuntara.core.domain.pengukuran.RealisasiRepository;
import id.akuntara.core.domain.pengukuran.RingkasanBukti;
import id.akuntara.core.domain.pengukuran.SnapshotKinerjaRepository;
import id.akuntara.core.domain.pengukuran.StatusAlur;
import id.akuntara.core.domain.pengukuran.StatusNilai;
import id.akuntara.core.domain.rencana.IndikatorKinerja;
import id.akuntara.core.galat.KonflikVersiException;
import id.akuntara.core.galat.TidakDitemukanException;
import id.akuntara.core.galat.ValidasiGagalException;
import id.akuntara.core.pengukuran.Angka;
import id.akuntara.core.pengukuran.KinerjaIndikator;
import id.akuntara.core.pengukuran.KinerjaTahunan;
import id.akuntara.core.tenancy.PenggunaSaatIni;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.Collectors;

/**
 * {@link RealisasiService} over the repositories and the measurement service. A CDI bean on the server (one
 * transaction per call); tests construct it with the repositories of their own persistence context.
 *
 * <p>Order of every write: role, load (another pemda's id → not found), the sent {@code versi} (stale → conflict),
 * the input (every invalid field at once), the workflow rule, then the change. The explanation rule ("a value below
 * target, or a blank, cannot be submitted without an explanation", issue 10 point 3) lives here and not in the entity:
 * importing a data package of published reports creates approved realisasi whose explanation the report may not
 * print.
 */
@RequestScoped
@Transactional
public class LayananRealisasi implements RealisasiService {

    /** The longest text accepted in a note or an explanation field. */
    static final int PANJANG_TEKS_MAKS = 10_000;
    private static final BigDecimal SERATUS = BigDecimal.valueOf(100);
    private static final String[] PEMDA = {Peran.ADMIN_PEMDA, Peran.OPERATOR, Peran.VERIFIKATOR, Peran.PIMPINAN};

    private RealisasiRepository realisasi;
    private RiwayatRepository riwayat;
    private PengukuranRealisasi pengukuran;
    private PenggunaSaatIni pengguna;

    /** For the CDI proxy only. */
    protected LayananRealisasi() {
    }

    @Inject
    public LayananRealisasi(RealisasiRepository realisasi, RiwayatRepository riwayat, PengukuranService pengukuran,
            SnapshotKinerjaRepository snapshot, PenggunaSaatIni pengguna) {
        this(realisasi, riwayat, new PengukuranRealisasi() {
            @Override
            public KinerjaTahunan hitung(int tahun) {
                return pengukuran.hitung(tahun);
            }

            @Override
            public KinerjaTahunan kinerja(int tahun) {
                return pengukuran.kinerja(tahun);
            }

            @Override
            public boolean ditetapkan(int tahun) {
                return snapshot.untukTahun(tahun).isPresent();
            }
        }, pengguna);
    }

    public LayananRealisasi(RealisasiRepository realisasi, RiwayatRepository riwayat, PengukuranRealisasi pengukuran,
            PenggunaSaatIni pengguna) {
        this.realisasi = realisasi;
        this.riwayat = riwayat;
        this.pengukuran = pengukuran;
        this.pengguna = pengguna;
    }

    // ---------------------------------------------------------------------------------------------------- reading

    @Override
    public DaftarRealisasi daftar(int tahun) {
        Akses.wajib(pengguna, PEMDA);
        KinerjaTahunan kinerja = pengukuran.kinerja(tahun);
        Map<String, List<RealisasiIndikator>> perKode = new LinkedHashMap<>();
        for (RealisasiIndikator r : realisasi.tahun(tahun)) {
            perKode.computeIfAbsent(r.getIndikator().getKode(), k -> new ArrayList<>()).add(r);
        }
        Map<UUID, List<BuktiRealisasi>> bukti = realisasi.ringkasanBukti(tahun).stream().map(LayananRealisasi::bukti)
                .collect(Collectors.groupingBy(BuktiRealisasi::realisasiId, LinkedHashMap::new, Collectors.toList()));
        List<DaftarRealisasi.IndikatorRealisasi> daftar = new ArrayList<>();
        for (KinerjaIndikator ki : kinerja.indikator()) {
            List<RealisasiIndikator> baris = perKode.getOrDefault(ki.kode(), List.of());
            daftar.add(new DaftarRealisasi.IndikatorRealisasi(ki.kode(), ki.nama(), ki.satuan(), ki.polaritas(), ki.target(),
                    baris.stream().map(r -> rincian(r, Optional.of(ki), baris, bukti.getOrDefault(r.getId(), List.of()))).toList()));
        }
        // realisasi of an indicator the read model does not measure that year (a triwulan without a target)
        perKode.forEach((kode, baris) -> {
            if (kinerja.indikator(kode).isEmpty()) {
                IndikatorKinerja ik = baris.get(0).getIndikator();
                daftar.add(new DaftarRealisasi.IndikatorRealisasi(kode, ik.getNama(), ik.getSatuan(), ik.getPolaritas().kode(),
                        null, baris.stream().map(r -> rincian(r, Optional.empty(), baris, bukti.getOrDefault(r.getId(),
                                List.of()))).toList()));
            }
        });
        return new DaftarRealisasi(kinerja.pemda(), tahun, pengukuran.ditetapkan(tahun), daftar);
    }

    @Override
    public List<BuktiRealisasi> daftarBukti(UUID id) {
        Akses.wajib(pengguna, PEMDA);
        return realisasi.ringkasanBukti(muat(id)).stream().map(LayananRealisasi::bukti).toList();
    }

    @Override
    public BerkasBukti unduhBukti(UUID id, UUID buktiId) {
        Akses.wajib(pengguna, PEMDA);
        RealisasiIndikator r = muat(id);
        BuktiDukung b = realisasi.cariBukti(buktiId).filter(x -> x.getRealisasi().getId().equals(r.getId()))
                .orElseThrow(() -> new TidakDitemukanException("Bukti dukung " + buktiId + " tidak ada pada realisasi ini.",
                        "Evidence " + buktiId + " does not exist for this realisasi."));
        return new BerkasBukti(b.getNamaBerkas(), b.getJenisKonten(), b.getSha256(), b.getIsi());
    }

    @Override
    public List<LangkahRiwayat> riwayat(UUID id) {
        Akses.wajib(pengguna, Peran.ADMIN_PEMDA, Peran.VERIFIKATOR);
        RealisasiIndikator r = muat(id);
        List<LangkahRiwayat> langkah = new ArrayList<>();
        for (EntriRiwayat<RealisasiIndikator> e : riwayat.riwayat(RealisasiIndikator.class, r.getId())) {
            RealisasiIndikator k = e.keadaan();
            String nama = switch (e.jenis()) {
                case DIBUAT -> "dibuat";
                case DIHAPUS -> "dihapus";
                case DIUBAH -> e.sebelumnya().map(RealisasiIndikator::getStatusAlur).filter(s -> s != k.getStatusAlur())
                        .map(s -> langkahAlur(k.getStatusAlur())).orElse("diubah");
            };
            langkah.add(new LangkahRiwayat(e.revisi(), e.waktu(), e.username(), nama, k.getStatusAlur().name(),
                    k.getStatusNilai().name(), k.getNilai().map(LayananRealisasi::polos).orElse(null),
                    "dikembalikan".equals(nama) ? k.getAlasanDikembalikan() : null));
        }
        for (RingkasanBukti b : realisasi.ringkasanBukti(r)) {
            riwayat.riwayat(BuktiDukung.class, b.id()).stream().findFirst().ifPresent(e -> langkah.add(new LangkahRiwayat(
                    e.revisi(), e.waktu(), e.username(), "bukti-diunggah", null, null, null, b.namaBerkas())));
        }
        langkah.sort(Comparator.comparingLong(LangkahRiwayat::revisi));
        return langkah;
    }

    private static String langkahAlur(StatusAlur ke) {
        return switch (ke) {
            case DIAJUKAN -> "diajukan";
            case DIKEMBALIKAN -> "dikembalikan";
            case DIVERIFIKASI -> "diverifikasi";
            case DISAHKAN -> "ditetapkan";
            case DRAFT -> "diubah";
        };
    }

    // ---------------------------------------------------------------------------------------------------- writing

    @Override
    public RincianRealisasi isi(int tahun, String kodeIndikator, String periodeTeks, IsianRealisasi isian) {
        Akses.wajib(pengguna, Peran.OPERATOR);
        Periode periode = periode(periodeTeks);
        RealisasiDicari dicari = realisasi.cari(kodeIndikator, tahun, periode).orElseThrow(() -> new TidakDitemukanException(
                "Indikator " + kodeIndikator + " tidak ada.", "Indicator " + kodeIndikator + " does not exist."));
        IndikatorKinerja indikator = dicari.indikator();
        Optional<RealisasiIndikator> ada = dicari.realisasi();
        String rekaman = "Realisasi " + kodeIndikator + " " + tahun + " " + periode;

        ValidasiGagalException.Pengumpul g = new ValidasiGagalException.Pengumpul();
        if (isian == null) {
            g.tambah("$", null, "Isi permintaan kosong atau bukan objek JSON.", "The request body is empty or not a JSON object.")
                    .periksa();
        }
        isian.galatBentuk().forEach(x -> g.tambah(x.field(), x.nilai(), x.pesan(), x.pesanEn()));
        Long versi = versi(g, isian.versi(), ada.isPresent());
        g.periksa();
        if (ada.isPresent()) {
            KonflikVersiException.periksa(rekaman, versi, ada.get().getVersi());
        } else if (versi != null) {
            throw new AturanDilanggarException(rekaman + " belum ada, padahal Anda mengirim versi " + versi
                    + ": muat ulang, lalu kirim tanpa versi untuk membuatnya.", rekaman + " does not exist although you sent"
                    + " version " + versi + ": reload, then send no version to create it.");
        }
        Nilai nilai = nilai(g, isian, tahun);
        PenjelasanRealisasi penjelasan = penjelasan(g, isian.penjelasan());
        g.periksa();

        RealisasiIndikator r = ada.orElseGet(() -> new RealisasiIndikator(indikator, tahun, periode));
        switch (nilai.status()) {
            case ADA -> r.isiNilai(nilai.nilai(), nilai.label(), nilai.keterangan());
            case BELUM_RILIS -> r.tandaiBelumRilis(nilai.keterangan());
            case DIBAWA_DARI -> r.bawaDari(nilai.tahunAsal(), nilai.nilai(), nilai.keterangan());
            case TIDAK_ADA -> r.tandaiTidakAda(nilai.keterangan());
        }
        r.jelaskan(penjelasan);
        if (ada.isEmpty()) {
            realisasi.simpan(r);
        }
        realisasi.tulisSekarang();
        // a realisasi created just now has no evidence yet: no need to ask the database
        return ada.isEmpty() ? rincian(r, Ukuran.KOSONG, List.of()) : rincianTulis(r);
    }

    @Override
    public RincianRealisasi ajukan(UUID id, IsianAlur isian) {
        Akses.wajib(pengguna, Peran.OPERATOR);
        RealisasiIndikator r = muatVersi(id, isian);
        if (r.getStatusAlur() != StatusAlur.DRAFT && r.getStatusAlur() != StatusAlur.DIKEMBALIKAN) {
            r.ajukan(); // refused by the entity with its reason
        }
        periksaPenjelasan(r);
        r.ajukan();
        realisasi.tulisSekarang();
        return rincianTulis(r);
    }

    @Override
    public RincianRealisasi kembalikan(UUID id, IsianAlur isian) {
        Akses.wajib(pengguna, Peran.VERIFIKATOR);
        RealisasiIndikator r = muatVersi(id, isian);
        ValidasiGagalException.Pengumpul g = new ValidasiGagalException.Pengumpul();
        String catatan = teks(g, "catatan", isian.catatan());
        g.jika(catatan == null, "catatan", isian.catatan(), "Catatan pengembalian wajib diisi: sebutkan apa yang harus"
                + " diperbaiki.", "A return note is required: say what has to be fixed.").periksa();
        r.kembalikan(catatan);
        realisasi.tulisSekarang();
        return rincianTulis(r);
    }

    @Override
    public RincianRealisasi verifikasi(UUID id, IsianAlur isian) {
        Akses.wajib(pengguna, Peran.VERIFIKATOR);
        RealisasiIndikator r = muatVersi(id, isian);
        r.verifikasi();
        realisasi.tulisSekarang();
        return rincianTulis(r);
    }

    @Override
    public RincianRealisasi tetapkan(UUID id, IsianAlur isian) {
        Akses.wajib(pengguna, Peran.PIMPINAN);
        RealisasiIndikator r = muatVersi(id, isian);
        r.sahkan();
        realisasi.tulisSekarang();
        return rincianTulis(r);
    }

    @Override
    public BuktiRealisasi unggahBukti(UUID id, String namaBerkas, String jenisDinyatakan, byte[] isi) {
        Akses.wajib(pengguna, Peran.OPERATOR);
        RealisasiIndikator r = muat(id);
        ValidasiGagalException.Pengumpul g = new ValidasiGagalException.Pengumpul();
        String nama = namaBerkas(namaBerkas);
        g.jika(nama == null, "nama", namaBerkas, "Nama berkas wajib diisi (parameter nama, mis. ?nama=lhe-akip-2020.pdf).",
                "The file name is required (parameter nama, e.g. ?nama=lhe-akip-2020.pdf).");
        String jenis = null;
        try {
            jenis = PemeriksaBerkas.jenis(nama == null ? "tanpa nama" : nama, isi);
        } catch (IllegalArgumentException e) {
            g.tambah("isi", isi == null ? "0 bita" : isi.length + " bita", e.getMessage(), isi == null || isi.length == 0
                    ? "The file is empty." : isi.length > PemeriksaBerkas.UKURAN_MAKSIMUM
                    ? "The file is larger than 10 MiB (10485760 bytes)."
                    : "The file is not a PDF, JPEG, PNG or XLSX; only those are accepted as evidence.");
        }
        String dinyatakan = jenisDinyatakan == null ? null : jenisDinyatakan.split(";")[0].strip().toLowerCase(Locale.ROOT);
        g.jika(jenis != null && PemeriksaBerkas.diterima(dinyatakan) && !dinyatakan.equals(jenis), "Content-Type", dinyatakan,
                "Jenis yang dinyatakan (" + dinyatakan + ") tidak sesuai isi berkas (" + jenis + ").",
                "The declared type (" + dinyatakan + ") does not match the file's content (" + jenis + ").");
        g.periksa();
        BuktiDukung b = new BuktiDukung(r, nama, jenis, isi, Instant.now());
        realisasi.simpan(b);
        realisasi.tulisSekarang();
        return new BuktiRealisasi(b.getId(), r.getId(), b.getNamaBerkas(), b.getJenisKonten(), b.getUkuran(), b.getSha256(),
                b.getDiunggahPada());
    }

    // ---------------------------------------------------------------------------------------------------- rules

    /**
     * Issue 10 point 3: a value below target, or a blank, is not submitted without an explanation. "Below target" is
     * the measurement's capaian of that period (the engine's formula with the indicator's polarity, against the
     * authoritative target, as the pemda presents it) under 100 — the band the conclusion chapter counts as "&lt;
     * 100 %"; a blank is {@code BELUM_RILIS} or {@code TIDAK_ADA}. The explanation required is its obstacles
     * ({@code penjelasan.faktorPenghambat}), what every seed report writes under a shortfall.
     */
    private void periksaPenjelasan(RealisasiIndikator r) {
        if (!kosong(r.getPenjelasan().faktorPenghambat())) {
            return;
        }
        String pesan;
        String pesanEn;
        if (r.getStatusNilai() == StatusNilai.BELUM_RILIS || r.getStatusNilai() == StatusNilai.TIDAK_ADA) {
            pesan = "Realisasi kosong (" + r.getStatusNilai() + ") hanya dapat diajukan dengan penjelasan faktor penghambatnya.";
            pesanEn = "A blank realisasi (" + r.getStatusNilai() + ") is submitted only with an explanation of its obstacles.";
        } else {
            boolean adaTahunan = r.getPeriode() == Periode.TAHUNAN
                    || realisasi.cari(r.getIndikator(), r.getTahun(), Periode.TAHUNAN).isPresent();
            Ukuran u = pengukuran.hitung(r.getTahun()).indikator(r.getIndikator().getKode())
                    .map(ki -> ukuran(ki, r.getPeriode(), adaTahunan)).orElse(Ukuran.KOSONG);
            Optional<BigDecimal> tampil = u.capaian().flatMap(LayananRealisasi::capaianTampil);
            if (tampil.isEmpty() || tampil.get().compareTo(SERATUS) >= 0) {
                return;
            }
            String target = u.target() == null ? "?" : u.target().tampil();
            pesan = "Capaian " + u.capaian().get().tampil() + " % di bawah target " + target + " (realisasi "
                    + nilaiTampil(r) + "): ajukan dengan penjelasan faktor penghambatnya.";
            pesanEn = "Capaian " + u.capaian().get().tampil() + " % is below the target " + target + " (realisasi "
                    + nilaiTampil(r) + "): submit it with an explanation of its obstacles.";
        }
        new ValidasiGagalException.Pengumpul().tambah("penjelasan.faktorPenghambat", null, pesan, pesanEn).periksa();
    }

    /** The presented capaian ("99,57"), read back: the value the reader compares with 100. */
    private static Optional<BigDecimal> capaianTampil(Angka a) {
        if (!a.bernilai()) {
            return Optional.empty();
        }
        try {
            return Optional.of(a.tampil() == null ? a.nilai() : AngkaParser.parse(a.tampil()).nilai());
        } catch (AngkaTidakTerbacaException e) {
            return Optional.of(a.nilai());
        }
    }

    /** The target and capaian of one realisasi's period in a read model. */
    private record Ukuran(RincianRealisasi.TargetPeriode target, Optional<Angka> capaian) {
        static final Ukuran KOSONG = new Ukuran(null, Optional.empty());
    }

    /**
     * {@code TAHUNAN}: the year's authoritative target and capaian. A triwulan: the action plan's target and the
     * triwulan's capaian; TW4 without a quarterly target stands for the year when the year has no TAHUNAN realisasi
     * (the measurement then takes TW4 as the year's value).
     */
    private static Ukuran ukuran(KinerjaIndikator ki, Periode periode, boolean adaTahunan) {
        Ukuran tahunan = new Ukuran(ki.target() == null ? null : new RincianRealisasi.TargetPeriode(ki.target().sumber(),
                ki.target().asal(), ki.target().nilai(), ki.target().nilaiAtas(), ki.target().tampil()), Optional.ofNullable(ki.capaian()));
        if (periode == Periode.TAHUNAN) {
            return tahunan;
        }
        int ke = periode.ordinal() + 1;
        Optional<KinerjaIndikator.Triwulan> tw = ki.triwulan().stream().filter(t -> t.ke() == ke).findFirst();
        if (periode == Periode.TW4 && !adaTahunan && tw.map(t -> t.target() == null).orElse(true)) {
            return tahunan;
        }
        return tw.map(t -> new Ukuran(t.target() == null ? null : new RincianRealisasi.TargetPeriode("RENCANA_AKSI",
                        "rencana aksi TW" + ke, t.target(), null, AngkaFormatter.formatTepat(polos(t.target()))),
                        Optional.ofNullable(t.capaian())))
                .orElse(Ukuran.KOSONG);
    }

    // ---------------------------------------------------------------------------------------------------- input

    private record Nilai(StatusNilai status, BigDecimal nilai, String label, Integer tahunAsal, String keterangan) {
    }

    private static Nilai nilai(ValidasiGagalException.Pengumpul g, IsianRealisasi isian, int tahun) {
        StatusNilai status = null;
        String s = kosong(isian.statusNilai()) ? null : isian.statusNilai().strip().toUpperCase(Locale.ROOT).replace('-', '_');
        if (s == null) {
            g.tambah("statusNilai", isian.statusNilai(), "Pilih status nilai: ADA, BELUM_RILIS, DIBAWA_DARI atau TIDAK_ADA"
                    + " (realisasi kosong tidak pernah dianggap nol).", "Choose the value's state: ADA, BELUM_RILIS,"
                    + " DIBAWA_DARI or TIDAK_ADA (a blank realisasi is never taken as zero).");
        } else {
            try {
                status = StatusNilai.valueOf(s);
            } catch (IllegalArgumentException e) {
                g.tambah("statusNilai", isian.statusNilai(), "Status nilai tidak dikenal; pilih ADA, BELUM_RILIS, DIBAWA_DARI"
                        + " atau TIDAK_ADA.", "Unknown value state; choose ADA, BELUM_RILIS, DIBAWA_DARI or TIDAK_ADA.");
            }
        }
        String keterangan = teks(g, "keterangan", isian.keterangan());
        boolean bernilai = status == StatusNilai.ADA || status == StatusNilai.DIBAWA_DARI;
        BigDecimal nilai = null;
        if (bernilai) {
            if (kosong(isian.nilai())) {
                g.tambah("nilai", isian.nilai(), "Nilai wajib diisi untuk status " + status + ", dalam format Indonesia"
                        + " (mis. \"81,65\").", "A value is required for state " + status + ", in Indonesian notation"
                        + " (e.g. \"81,65\").");
            } else {
                try {
                    nilai = AngkaParser.parse(isian.nilai()).nilai();
                } catch (AngkaTidakTerbacaException e) {
                    g.tambah("nilai", isian.nilai(), "Nilai tidak terbaca: " + e.getMessage() + ". Tulis dengan koma desimal"
                            + " dan titik ribuan, mis. \"81,65\" atau \"1.234,5\".", "The value cannot be read: write it"
                            + " with a decimal comma and thousands dots, e.g. \"81,65\" or \"1.234,5\".");
                }
            }
        } else if (status != null && !kosong(isian.nilai())) {
            g.tambah("nilai", isian.nilai(), "Status " + status + " tidak bernilai; kosongkan nilai (realisasi kosong tidak"
                    + " diisi angka).", "State " + status + " has no value; leave the value out.");
        }
        Integer tahunAsal = null;
        if (status == StatusNilai.DIBAWA_DARI) {
            if (kosong(isian.tahunAsal())) {
                g.tambah("tahunAsal", isian.tahunAsal(), "Tahun asal wajib diisi untuk nilai yang dibawa dari tahun lain.",
                        "The year of origin is required for a carried-forward value.");
            } else {
                try {
                    tahunAsal = Integer.valueOf(isian.tahunAsal().strip());
                    g.jika(tahunAsal >= tahun || tahunAsal < 1900, "tahunAsal", isian.tahunAsal(), "Tahun asal harus sebelum "
                            + tahun + ".", "The year of origin must be before " + tahun + ".");
                } catch (NumberFormatException e) {
                    g.tambah("tahunAsal", isian.tahunAsal(), "Tahun asal bukan tahun (mis. 2018).",
                            "The year of origin is not a year (e.g. 2018).");
                }
            }
        } else if (status != null && !kosong(isian.tahunAsal())) {
            g.tambah("tahunAsal", isian.tahunAsal(), "Tahun asal hanya untuk status DIBAWA_DARI.",
                    "A year of origin belongs to state DIBAWA_DARI only.");
        }
        g.jika(status == StatusNilai.TIDAK_ADA && keterangan == null, "keterangan", isian.keterangan(),
                "Sebutkan alasan realisasi tidak ada (keterangan).", "Give the reason there is no realisasi (keterangan).");
        String label = nilai == null ? null : isian.nilai().strip();
        return new Nilai(status, nilai, status == StatusNilai.ADA ? label : null, tahunAsal, keterangan);
    }

    private static PenjelasanRealisasi penjelasan(ValidasiGagalException.Pengumpul g, Penjelasan p) {
        if (p == null) {
            return PenjelasanRealisasi.KOSONG;
        }
        return new PenjelasanRealisasi(teks(g, "penjelasan.faktorPendukung", p.faktorPendukung()),
                teks(g, "penjelasan.faktorPenghambat", p.faktorPenghambat()), teks(g, "penjelasan.solusi", p.solusi()),
                teks(g, "penjelasan.upaya", p.upaya()));
    }

    /** A trimmed text, null when blank; too long → an error. */
    private static String teks(ValidasiGagalException.Pengumpul g, String field, String nilai) {
        if (kosong(nilai)) {
            return null;
        }
        String t = nilai.strip();
        g.jika(t.length() > PANJANG_TEKS_MAKS, field, t.length() + " karakter", "Teks terlalu panjang (paling banyak "
                + PANJANG_TEKS_MAKS + " karakter).", "Text too long (at most " + PANJANG_TEKS_MAKS + " characters).");
        return t;
    }

    private static Long versi(ValidasiGagalException.Pengumpul g, String versi, boolean wajib) {
        if (kosong(versi)) {
            g.jika(wajib, "versi", versi, "Versi wajib dikirim: versi realisasi yang Anda ubah (dari daftar realisasi).",
                    "The version is required: the version of the realisasi you edited (from the list).");
            return null;
        }
        try {
            return Long.valueOf(versi.strip());
        } catch (NumberFormatException e) {
            g.tambah("versi", versi, "Versi harus bilangan bulat.", "The version must be an integer.");
            return null;
        }
    }

    private static Periode periode(String teks) {
        try {
            return Periode.valueOf(teks.strip().toUpperCase(Locale.ROOT));
        } catch (RuntimeException e) {
            throw new TidakDitemukanException("Periode " + teks + " tidak ada; gunakan tw1, tw2, tw3, tw4 atau tahunan.",
                    "Period " + teks + " does not exist; use tw1, tw2, tw3, tw4 or tahunan.");
        }
    }

    /** The file's own name: no directory part, no control characters or quotes, at most 255 characters. */
    static String namaBerkas(String nama) {
        if (kosong(nama)) {
            return null;
        }
        String n = nama.substring(Math.max(nama.lastIndexOf('/'), nama.lastIndexOf('\\')) + 1)
                .replaceAll("[\\p{Cntrl}\"]", "").strip();
        if (n.isEmpty()) {
            return null;
        }
        return n.length() > 255 ? n.substring(n.length() - 255) : n;
    }

    private RealisasiIndikator muat(UUID id) {
        return realisasi.cari(id).orElseThrow(() -> new TidakDitemukanException("Realisasi " + id + " tidak ada.",
                "Realisasi " + id + " does not exist."));
    }

    /** Loads it, then checks the sent version: required, and the stored one. */
    private RealisasiIndikator muatVersi(UUID id, IsianAlur isian) {
        RealisasiIndikator r = muat(id);
        ValidasiGagalException.Pengumpul g = new ValidasiGagalException.Pengumpul();
        if (isian != null) {
            isian.galatBentuk().forEach(x -> g.tambah(x.field(), x.nilai(), x.pesan(), x.pesanEn()));
        }
        Long versi = versi(g, isian == null ? null : isian.versi(), true);
        g.periksa();
        KonflikVersiException.periksa("Realisasi " + r.getIndikator().getKode() + " " + r.getTahun() + " " + r.getPeriode(),
                versi, r.getVersi());
        return r;
    }

    private static boolean kosong(String s) {
        return s == null || s.isBlank();
    }

    // ---------------------------------------------------------------------------------------------------- output

    private RincianRealisasi rincianTulis(RealisasiIndikator r) {
        return rincian(r, Ukuran.KOSONG, realisasi.ringkasanBukti(r).stream().map(LayananRealisasi::bukti).toList());
    }

    private static RincianRealisasi rincian(RealisasiIndikator r, Optional<KinerjaIndikator> ki, List<RealisasiIndikator> baris,
            List<BuktiRealisasi> bukti) {
        boolean adaTahunan = baris.stream().anyMatch(x -> x.getPeriode() == Periode.TAHUNAN);
        return rincian(r, ki.map(k -> ukuran(k, r.getPeriode(), adaTahunan)).orElse(Ukuran.KOSONG), bukti);
    }

    private static RincianRealisasi rincian(RealisasiIndikator r, Ukuran u, List<BuktiRealisasi> bukti) {
        PenjelasanRealisasi p = r.getPenjelasan();
        Penjelasan penjelasan = new Penjelasan(p.faktorPendukung(), p.faktorPenghambat(), p.solusi(), p.upaya());
        return new RincianRealisasi(r.getId(), r.getIndikator().getKode(), r.getTahun(), r.getPeriode().name(),
                r.getStatusNilai().name(), r.getNilai().map(LayananRealisasi::polos).orElse(null), nilaiTampil(r),
                r.getTahunAsal().orElse(null), r.getCatatan(), penjelasan, r.getStatusAlur().name(),
                r.getAlasanDikembalikan(), r.getVersi(), u.target(), u.capaian().orElse(null), bukti);
    }

    private static String nilaiTampil(RealisasiIndikator r) {
        return r.getNilai().map(n -> AngkaFormatter.formatTepat(polos(n))).orElse(null);
    }

    /** The stored value without the column's trailing zeros (81.650000 → 81.65), in plain notation. */
    private static BigDecimal polos(BigDecimal n) {
        BigDecimal s = n.stripTrailingZeros();
        return s.scale() < 0 ? s.setScale(0) : s;
    }

    private static BuktiRealisasi bukti(RingkasanBukti b) {
        return new BuktiRealisasi(b.id(), b.realisasiId(), b.namaBerkas(), b.jenisKonten(), b.ukuran(), b.sha256(),
                b.diunggahPada());
    }
}
