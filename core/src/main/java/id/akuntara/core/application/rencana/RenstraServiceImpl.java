package id.akuntara.core.application.rencana;

import id.akuntara.core.akses.Akses;
import id.akuntara.core.akses.Peran;
import id.akuntara.core.calc.Polaritas;
import id.akuntara.core.domain.bersama.AturanDilanggarException;
import id.akuntara.core.domain.organisasi.UnitOrganisasi;
import id.akuntara.core.domain.organisasi.UnitOrganisasiRepository;
import id.akuntara.core.domain.pemda.PengaturanPemda;
import id.akuntara.core.domain.pemda.PengaturanPemdaRepository;
import id.akuntara.core.domain.rencana.AnggotaIku;
import id.akuntara.core.domain.rencana.AnggotaKomposit;
import id.akuntara.core.domain.rencana.IndikatorKinerja;
import id.akuntara.core.domain.rencana.JenisIndikator;
import id.akuntara.core.domain.rencana.Misi;
import id.akuntara.core.domain.rencana.Renstra;
import id.akuntara.core.domain.rencana.RenstraRepository;
import id.akuntara.core.domain.rencana.Rpjmd;
import id.akuntara.core.domain.rencana.Sasaran;
import id.akuntara.core.domain.rencana.StatusRenstra;
import id.akuntara.core.domain.rencana.SumberTarget;
import id.akuntara.core.domain.rencana.Target;
import id.akuntara.core.domain.rencana.Tujuan;
import id.akuntara.core.galat.TidakDitemukanException;
import id.akuntara.core.galat.ValidasiGagalException;
import id.akuntara.core.tenancy.PenggunaSaatIni;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * {@link RenstraService} over the repositories. A draft's tree is its working copy ({@link Naskah}); adopting it
 * writes the tree into the plan's records, where a code already in use by the replaced version names the same
 * record. The tree returned by every call is built by {@link PembacaPohon}.
 */
@RequestScoped
@Transactional
public class RenstraServiceImpl implements RenstraService {

    static final String[] BACA = {Peran.ADMIN_PEMDA, Peran.OPERATOR, Peran.VERIFIKATOR, Peran.PIMPINAN};
    static final String[] TULIS = {Peran.OPERATOR, Peran.ADMIN_PEMDA};
    static final String[] TETAPKAN = {Peran.ADMIN_PEMDA, Peran.PIMPINAN};

    /** Plan periods the platform accepts (a Renstra is 5 years, the RPJMD it follows at most 20). */
    static final int TAHUN_PALING_AWAL = 2000;
    static final int TAHUN_PALING_AKHIR = 2100;
    static final int PANJANG_PERIODE_MAKS = 20;

    private PenggunaSaatIni pengguna;
    private RenstraRepository repo;
    private PengaturanPemdaRepository pengaturan;
    private UnitOrganisasiRepository unit;

    protected RenstraServiceImpl() {
    }

    @Inject
    public RenstraServiceImpl(PenggunaSaatIni pengguna, RenstraRepository repo, PengaturanPemdaRepository pengaturan,
            UnitOrganisasiRepository unit) {
        this.pengguna = pengguna;
        this.repo = repo;
        this.pengaturan = pengaturan;
        this.unit = unit;
    }

    @Override
    public List<RingkasanRenstra> daftar() {
        Akses.wajib(pengguna, BACA);
        return repo.semuaRenstra().stream()
                .sorted(Comparator.comparingInt(Renstra::getTahunMulai).thenComparingInt(RenstraServiceImpl::kedalaman)
                        .thenComparing(Renstra::getKode))
                .map(this::ringkasan).toList();
    }

    @Override
    public PohonRenstra pohon(String kode) {
        Akses.wajib(pengguna, BACA);
        return pohon(muat(kode));
    }

    @Override
    public PohonRenstra buat(IsianRenstra.Baru isian) {
        Akses.wajib(pengguna, TULIS);
        IsianRenstra.Baru i = isian == null ? new IsianRenstra.Baru(null, null, null, null, null, null, null) : isian;
        var g = new ValidasiGagalException.Pengumpul();
        String kode = kodeRenstraBaru(g, i.kode());
        String nama = Periksa.wajib(g, "nama", i.nama(), "Nama Renstra", "Renstra name");
        Integer mulai = tahun(g, "tahunMulai", i.tahunMulai(), "Tahun mulai", "First year");
        Integer selesai = tahun(g, "tahunSelesai", i.tahunSelesai(), "Tahun selesai", "Last year");
        if (mulai != null && selesai != null) {
            g.jika(selesai < mulai, "tahunSelesai", selesai, "Tahun selesai sebelum tahun mulai " + mulai + ".",
                    "The last year is before the first year " + mulai + ".");
            g.jika(selesai - mulai >= PANJANG_PERIODE_MAKS, "tahunSelesai", selesai,
                    "Periode Renstra paling panjang " + PANJANG_PERIODE_MAKS + " tahun.",
                    "A Renstra period is at most " + PANJANG_PERIODE_MAKS + " years.");
        }
        Rpjmd rpjmd = null;
        if (Periksa.opsional(i.rpjmd()) != null) {
            rpjmd = repo.cariRpjmd(i.rpjmd().strip()).orElse(null);
            g.jika(rpjmd == null, "rpjmd", i.rpjmd(), "RPJMD tidak ada di pemda ini.", "No such RPJMD in this pemda.");
        }
        UnitOrganisasi u = unitOpsional(g, "unit", i.unit());
        g.periksa();
        Renstra r = Renstra.draf(kode, nama, rpjmd, u, mulai, selesai, Periksa.opsional(i.dasarHukum()), new Naskah().tulis());
        repo.simpan(r);
        repo.tulisSekarang();
        return pohon(r);
    }

    @Override
    public PohonRenstra buatPerubahan(String kode, IsianRenstra.Perubahan isian) {
        Akses.wajib(pengguna, TULIS);
        Renstra lama = muat(kode);
        if (lama.getStatus() == StatusRenstra.DRAF) {
            throw new AturanDilanggarException("Renstra " + kode + " masih draf: ubah isinya langsung, tanpa Perubahan Renstra.",
                    "Renstra " + kode + " is still a draft: change it directly, without a Perubahan Renstra.");
        }
        for (Renstra p : repo.perubahanDari(lama)) {
            if (p.getStatus() == StatusRenstra.DITETAPKAN) {
                throw new AturanDilanggarException("Renstra " + kode + " sudah digantikan oleh " + p.getKode()
                        + "; Perubahan Renstra dibuat dari versi yang berlaku.",
                        "Renstra " + kode + " has been replaced by " + p.getKode() + "; revise the version in force.");
            }
            throw new AturanDilanggarException("Renstra " + kode + " sudah memiliki draf Perubahan " + p.getKode()
                    + "; lanjutkan draf itu atau tetapkan dulu.",
                    "Renstra " + kode + " already has the draft Perubahan " + p.getKode() + "; continue it or adopt it first.");
        }
        IsianRenstra.Perubahan i = isian == null ? new IsianRenstra.Perubahan(null, null, null, null) : isian;
        var g = new ValidasiGagalException.Pengumpul();
        String kodeBaru = kodeRenstraBaru(g, i.kode());
        String alasan = Periksa.wajib(g, "alasan", i.alasan(), "Alasan perubahan", "Reason for the change");
        Periksa.akhiri(g, "Renstra " + kode, i.versi(), lama.getVersi());
        String nama = Optional.ofNullable(Periksa.opsional(i.nama())).orElse(lama.getNama());
        Renstra baru = lama.buatPerubahan(kodeBaru, nama, alasan, naskah(lama).tulis());
        repo.simpan(baru);
        repo.tulisSekarang();
        return pohon(baru);
    }

    @Override
    public PohonRenstra tambahTujuan(String kode, IsianRenstra.Tujuan isian) {
        Akses.wajib(pengguna, TULIS);
        Renstra r = muat(kode);
        r.pastikanDraf();
        Naskah n = naskah(r);
        IsianRenstra.Tujuan i = isian == null ? new IsianRenstra.Tujuan(null, null, null) : isian;
        var g = new ValidasiGagalException.Pengumpul();
        String k = Periksa.kode(g, "kode", i.kode(), "Kode tujuan", "Goal code");
        if (k != null && (n.tujuan(k).isPresent() || repo.cariTujuan(k).isPresent())) {
            g.tambah("kode", k, "Kode tujuan sudah dipakai.", "The goal code is already in use.");
        }
        String teks = Periksa.wajib(g, "teks", i.teks(), "Teks tujuan", "Goal text");
        Periksa.akhiri(g, "Renstra " + kode, i.versi(), r.getVersi());
        Naskah.NTujuan t = new Naskah.NTujuan();
        t.kode = k;
        t.teks = teks;
        n.tujuan.add(t);
        return simpan(r, n);
    }

    @Override
    public PohonRenstra ubahTujuan(String kode, String kodeTujuan, IsianRenstra.Tujuan isian) {
        Akses.wajib(pengguna, TULIS);
        Renstra r = muat(kode);
        Naskah n = naskah(r);
        Naskah.NTujuan t = n.tujuan(kodeTujuan).orElseThrow(() -> tidakAda("Tujuan", kodeTujuan, kode));
        r.pastikanDraf();
        IsianRenstra.Tujuan i = isian == null ? new IsianRenstra.Tujuan(null, null, null) : isian;
        var g = new ValidasiGagalException.Pengumpul();
        String teks = Periksa.wajib(g, "teks", i.teks(), "Teks tujuan", "Goal text");
        Periksa.akhiri(g, "Renstra " + kode, i.versi(), r.getVersi());
        t.teks = teks;
        return simpan(r, n);
    }

    @Override
    public PohonRenstra tambahSasaran(String kode, IsianRenstra.Sasaran isian) {
        Akses.wajib(pengguna, TULIS);
        Renstra r = muat(kode);
        r.pastikanDraf();
        Naskah n = naskah(r);
        IsianRenstra.Sasaran i = isian == null ? new IsianRenstra.Sasaran(null, null, null, null) : isian;
        var g = new ValidasiGagalException.Pengumpul();
        String k = Periksa.kode(g, "kode", i.kode(), "Kode sasaran", "Objective code");
        if (k != null && (n.sasaran(k).isPresent() || repo.cariSasaran(k).isPresent())) {
            g.tambah("kode", k, "Kode sasaran sudah dipakai.", "The objective code is already in use.");
        }
        String teks = Periksa.wajib(g, "teks", i.teks(), "Teks sasaran", "Objective text");
        Naskah.NTujuan t = tujuanNaskah(g, n, i.tujuan(), true);
        Periksa.akhiri(g, "Renstra " + kode, i.versi(), r.getVersi());
        Naskah.NSasaran s = new Naskah.NSasaran();
        s.kode = k;
        s.teks = teks;
        t.sasaran.add(s);
        return simpan(r, n);
    }

    @Override
    public PohonRenstra ubahSasaran(String kode, String kodeSasaran, IsianRenstra.Sasaran isian) {
        Akses.wajib(pengguna, TULIS);
        Renstra r = muat(kode);
        Naskah n = naskah(r);
        Naskah.NSasaran s = n.sasaran(kodeSasaran).orElseThrow(() -> tidakAda("Sasaran", kodeSasaran, kode));
        r.pastikanDraf();
        IsianRenstra.Sasaran i = isian == null ? new IsianRenstra.Sasaran(null, null, null, null) : isian;
        var g = new ValidasiGagalException.Pengumpul();
        String teks = Periksa.wajib(g, "teks", i.teks(), "Teks sasaran", "Objective text");
        Naskah.NTujuan tujuanBaru = tujuanNaskah(g, n, i.tujuan(), false);
        Periksa.akhiri(g, "Renstra " + kode, i.versi(), r.getVersi());
        s.teks = teks;
        if (tujuanBaru != null) {
            n.tujuanDari(s).ifPresent(t -> t.sasaran.remove(s));
            tujuanBaru.sasaran.add(s);
        }
        return simpan(r, n);
    }

    @Override
    public PohonRenstra tambahIndikator(String kode, IsianRenstra.Indikator isian) {
        Akses.wajib(pengguna, TULIS);
        Renstra r = muat(kode);
        r.pastikanDraf();
        Naskah n = naskah(r);
        IsianRenstra.Indikator i = isian == null ? kosong() : isian;
        var g = new ValidasiGagalException.Pengumpul();
        String k = Periksa.kode(g, "kode", i.kode(), "Kode indikator", "Indicator code");
        if (k != null && (n.indikator(k).isPresent() || repo.cariIndikator(k).isPresent())) {
            g.tambah("kode", k, "Kode indikator sudah dipakai.", "The indicator code is already in use.");
        }
        Naskah.NIndikator baru = new Naskah.NIndikator();
        baru.kode = k;
        Tempat tempat = isiIndikator(g, r, n, i, baru);
        g.periksa();
        Periksa.versiSama("Renstra " + kode, i.versi(), r.getVersi());
        tempat.daftar().add(baru);
        return simpan(r, n);
    }

    @Override
    public PohonRenstra ubahIndikator(String kode, String kodeIndikator, IsianRenstra.Indikator isian) {
        Akses.wajib(pengguna, TULIS);
        Renstra r = muat(kode);
        Naskah n = naskah(r);
        Naskah.Letak letak = n.indikator(kodeIndikator).orElseThrow(() -> tidakAda("Indikator", kodeIndikator, kode));
        r.pastikanDraf();
        IsianRenstra.Indikator i = isian == null ? kosong() : isian;
        var g = new ValidasiGagalException.Pengumpul();
        Naskah.NIndikator sementara = new Naskah.NIndikator();
        Tempat tempat = isiIndikator(g, r, n, i, sementara);
        JenisIndikator jenis = sementara.jenis == null ? null : JenisIndikator.valueOf(sementara.jenis);
        g.jika(jenis != null && !jenis.komposit() && !letak.indikator().anggota.isEmpty(), "jenis", i.jenis(),
                "Indikator ini punya anggota komposit; jenisnya harus komposit (KOMPOSIT_TERTIMBANG, RATA_RATA_CAPAIAN, PROPORSI_UNIT).",
                "This indicator has composite members; its kind must be composite (KOMPOSIT_TERTIMBANG, RATA_RATA_CAPAIAN, PROPORSI_UNIT).");
        g.periksa();
        Periksa.versiSama("Renstra " + kode, i.versi(), r.getVersi());
        Naskah.NIndikator ind = letak.indikator();
        ind.nama = sementara.nama;
        ind.satuan = sementara.satuan;
        ind.formula = sementara.formula;
        ind.polaritas = sementara.polaritas;
        ind.jenis = sementara.jenis;
        ind.desimal = sementara.desimal;
        ind.unitPenanggungJawab = sementara.unitPenanggungJawab;
        ind.kondisiAwal = sementara.kondisiAwal;
        ind.sumberData = sementara.sumberData;
        if (tempat.daftar() != letak.daftar()) {
            letak.daftar().remove(ind);
            tempat.daftar().add(ind);
        }
        return simpan(r, n);
    }

    @Override
    public PohonRenstra aturTarget(String kode, String kodeIndikator, int tahun, String sumber, IsianRenstra.Target isian) {
        Akses.wajib(pengguna, TULIS);
        Renstra r = muat(kode);
        Naskah n = naskah(r);
        Naskah.NIndikator ind = n.indikator(kodeIndikator).orElseThrow(() -> tidakAda("Indikator", kodeIndikator, kode)).indikator();
        r.pastikanDraf();
        IsianRenstra.Target i = isian == null ? new IsianRenstra.Target(null, null, null, null, null) : isian;
        var g = new ValidasiGagalException.Pengumpul();
        g.jika(!r.mencakup(tahun), "tahun", tahun, "Tahun " + tahun + " di luar periode Renstra " + r.getTahunMulai() + "–"
                + r.getTahunSelesai() + ".", "Year " + tahun + " is outside the Renstra period " + r.getTahunMulai() + "–"
                + r.getTahunSelesai() + ".");
        SumberTarget s = Periksa.sumber(g, "sumber", sumber);
        g.jika(s != null && !Naskah.SUMBER_MILIK.contains(s.name()), "sumber", sumber,
                "Target " + s + " milik dokumennya sendiri (RPJMD atau Perjanjian Kinerja), bukan Renstra; di Renstra hanya"
                        + " target RENSTRA dan IKU yang diubah.",
                "A " + s + " target belongs to its own document (RPJMD or Perjanjian Kinerja), not the Renstra; only RENSTRA"
                        + " and IKU targets change here.");
        BigDecimal nilai = Periksa.angka(g, "nilai", i.nilai());
        BigDecimal nilaiAtas = Periksa.angka(g, "nilaiAtas", i.nilaiAtas());
        String label = Periksa.opsional(i.label());
        g.jika(Periksa.opsional(i.nilai()) == null && label == null, "nilai", i.nilai(),
                "Target wajib berisi nilai atau label.", "A target needs a value or a label.");
        if (Periksa.opsional(i.nilaiAtas()) != null) {
            g.jika(Periksa.opsional(i.nilai()) == null, "nilaiAtas", i.nilaiAtas(),
                    "Batas atas hanya untuk target rentang: isi juga nilai (batas bawah).",
                    "An upper bound is only for a range target: give the value (lower bound) too.");
            g.jika(nilai != null && nilaiAtas != null && nilaiAtas.compareTo(nilai) < 0, "nilaiAtas", i.nilaiAtas(),
                    "Batas atas lebih kecil dari nilai (batas bawah).", "The upper bound is below the value (lower bound).");
        }
        Periksa.akhiri(g, "Renstra " + kode, i.versi(), r.getVersi());
        Naskah.NTarget t = ind.target(tahun, s.name()).orElseGet(() -> {
            Naskah.NTarget b = new Naskah.NTarget();
            b.tahun = tahun;
            b.sumber = s.name();
            ind.target.add(b);
            return b;
        });
        t.nilai = nilai;
        t.nilaiAtas = nilaiAtas;
        t.label = label;
        t.satuan = Optional.ofNullable(Periksa.opsional(i.satuan())).orElse(ind.satuan);
        ind.target.sort(Comparator.comparingInt((Naskah.NTarget x) -> x.tahun).thenComparing(x -> x.sumber));
        return simpan(r, n);
    }

    @Override
    public PohonRenstra tetapkan(String kode, IsianRenstra.Penetapan isian) {
        Akses.wajib(pengguna, TETAPKAN);
        Renstra r = muat(kode);
        r.pastikanDraf();
        IsianRenstra.Penetapan i = isian == null ? new IsianRenstra.Penetapan(null, null, null) : isian;
        var g = new ValidasiGagalException.Pengumpul();
        LocalDate tanggal = Periksa.tanggal(g, "ditetapkan", i.ditetapkan());
        Periksa.akhiri(g, "Renstra " + kode, i.versi(), r.getVersi());
        Naskah n = naskah(r);
        Renstra lama = r.getMenggantikan().orElse(null);
        if (lama != null) {
            repo.perubahanDari(lama).stream().filter(p -> p.getStatus() == StatusRenstra.DITETAPKAN).findFirst().ifPresent(p -> {
                throw new AturanDilanggarException("Renstra " + lama.getKode() + " sudah digantikan oleh " + p.getKode()
                        + "; draf " + kode + " tidak dapat ditetapkan lagi.",
                        "Renstra " + lama.getKode() + " has already been replaced by " + p.getKode() + "; the draft " + kode
                                + " cannot be adopted.");
            });
        }
        periksaKodeBebas(n, lama);
        if (lama != null) {
            lama.bekukan(naskah(lama).tulis());
        }
        new PenetapanNaskah(repo, unit).terapkan(r, n);
        r.tetapkan(tanggal, Periksa.opsional(i.dasarHukum()));
        repo.tulisSekarang();
        return pohon(r);
    }

    /** Adoption refuses codes that meanwhile name a record outside the tree this draft replaces. */
    private void periksaKodeBebas(Naskah n, Renstra lama) {
        Set<String> tujuanLama = new java.util.HashSet<>();
        Set<String> sasaranLama = new java.util.HashSet<>();
        Set<String> indikatorLama = new java.util.HashSet<>();
        if (lama != null) {
            Naskah l = naskah(lama);
            l.tujuan.forEach(t -> {
                tujuanLama.add(t.kode);
                t.sasaran.forEach(s -> sasaranLama.add(s.kode));
            });
            l.semuaIndikator().forEach(x -> indikatorLama.add(x.kode));
        }
        List<String> bentrok = new ArrayList<>();
        for (Naskah.NTujuan t : n.tujuan) {
            if (!tujuanLama.contains(t.kode) && repo.cariTujuan(t.kode).isPresent()) {
                bentrok.add("tujuan " + t.kode);
            }
            for (Naskah.NSasaran s : t.sasaran) {
                if (!sasaranLama.contains(s.kode) && repo.cariSasaran(s.kode).isPresent()) {
                    bentrok.add("sasaran " + s.kode);
                }
            }
        }
        for (Naskah.NIndikator x : n.semuaIndikator()) {
            if (!indikatorLama.contains(x.kode) && repo.cariIndikator(x.kode).isPresent()) {
                bentrok.add("indikator " + x.kode);
            }
        }
        if (!bentrok.isEmpty()) {
            throw new AturanDilanggarException("Kode berikut sudah dipakai di luar Renstra yang digantikan: "
                    + String.join(", ", bentrok) + ". Ganti kodenya di draf sebelum ditetapkan.",
                    "These codes are already used outside the Renstra being replaced: " + String.join(", ", bentrok)
                            + ". Change them in the draft before adopting it.");
        }
    }

    // --- reading ---------------------------------------------------------------------------------------------

    private Renstra muat(String kode) {
        return repo.cariRenstra(kode).orElseThrow(() -> new TidakDitemukanException(
                "Renstra " + kode + " tidak ditemukan.", "Renstra " + kode + " not found."));
    }

    private static TidakDitemukanException tidakAda(String jenis, String kode, String renstra) {
        String en = switch (jenis) {
            case "Tujuan" -> "Goal";
            case "Sasaran" -> "Objective";
            default -> "Indicator";
        };
        return new TidakDitemukanException(jenis + " " + kode + " tidak ada di Renstra " + renstra + ".",
                en + " " + kode + " is not in Renstra " + renstra + ".");
    }

    /** The tree of a version: its stored copy (draft or replaced), else its records (the version in force). */
    Naskah naskah(Renstra r) {
        return r.getNaskah().map(Naskah::baca).orElseGet(() -> dariRekaman(r));
    }

    /** The tree of an adopted version from the plan's records, with the Renstra's own targets (RENSTRA, IKU). */
    private Naskah dariRekaman(Renstra r) {
        List<Tujuan> tujuan = repo.tujuan(r);
        List<Sasaran> sasaran = repo.sasaran(tujuan);
        List<IndikatorKinerja> indikator = repo.indikator(tujuan, sasaran);
        Map<IndikatorKinerja, List<Naskah.NAnggota>> anggota = new HashMap<>();
        for (AnggotaKomposit a : repo.anggotaKomposit(indikator)) {
            Naskah.NAnggota na = new Naskah.NAnggota();
            na.indikator = a.getIndikator().map(IndikatorKinerja::getKode).orElse(null);
            na.unit = a.getUnit().map(UnitOrganisasi::getKode).orElse(null);
            na.bobot = a.getBobot().map(PembacaPohon::polos).orElse(null);
            anggota.computeIfAbsent(a.getKomposit(), x -> new ArrayList<>()).add(na);
        }
        Map<IndikatorKinerja, List<Naskah.NTarget>> target = new HashMap<>();
        for (Target t : repo.target(indikator)) {
            if (Naskah.SUMBER_MILIK.contains(t.getSumber().name())) {
                Naskah.NTarget nt = new Naskah.NTarget();
                nt.tahun = t.getTahun();
                nt.sumber = t.getSumber().name();
                nt.nilai = t.getNilai().map(PembacaPohon::polos).orElse(null);
                nt.nilaiAtas = t.getNilaiAtas().map(PembacaPohon::polos).orElse(null);
                nt.label = t.getLabel();
                nt.satuan = t.getSatuan();
                target.computeIfAbsent(t.getIndikator(), x -> new ArrayList<>()).add(nt);
            }
        }
        Naskah n = new Naskah();
        Map<Tujuan, Naskah.NTujuan> nt = new HashMap<>();
        Map<Sasaran, Naskah.NSasaran> ns = new HashMap<>();
        for (Tujuan t : tujuan) {
            Naskah.NTujuan x = new Naskah.NTujuan();
            x.kode = t.getKode();
            x.teks = t.getTeks();
            x.misi = t.getMisi().map(Misi::getNomor).orElse(null);
            n.tujuan.add(x);
            nt.put(t, x);
        }
        for (Sasaran s : sasaran) {
            Naskah.NSasaran x = new Naskah.NSasaran();
            x.kode = s.getKode();
            x.teks = s.getTeks();
            nt.get(s.getTujuan()).sasaran.add(x);
            ns.put(s, x);
        }
        for (IndikatorKinerja i : indikator) {
            Naskah.NIndikator x = new Naskah.NIndikator();
            x.kode = i.getKode();
            x.nama = i.getNama();
            x.satuan = i.getSatuan();
            x.formula = i.getFormula();
            x.polaritas = i.getPolaritas().name();
            x.jenis = i.getJenis().name();
            x.desimal = i.getDesimal();
            x.unitPenanggungJawab = i.getUnitPenanggungJawab().map(UnitOrganisasi::getKode).orElse(null);
            x.kondisiAwal = i.getKondisiAwal().map(k -> {
                Naskah.NKondisiAwal ka = new Naskah.NKondisiAwal();
                ka.tahun = k.tahun();
                ka.nilai = k.nilai() == null ? null : PembacaPohon.polos(k.nilai());
                ka.label = k.label();
                return ka;
            }).orElse(null);
            x.sumberData = i.getSumberData();
            x.anggota = anggota.getOrDefault(i, new ArrayList<>());
            x.target = target.getOrDefault(i, new ArrayList<>());
            if (i.getSasaran().isPresent()) {
                ns.get(i.getSasaran().get()).indikator.add(x);
            } else {
                nt.get(i.getTujuan().orElseThrow()).indikator.add(x);
            }
        }
        return n;
    }

    private PohonRenstra pohon(Renstra r) {
        Naskah n = naskah(r);
        SumberTarget berwenang = pengaturan.milikPemdaIni().map(PengaturanPemda::getSumberTarget).orElse(SumberTarget.RENSTRA);
        List<String> kode = n.semuaIndikator().stream().map(i -> i.kode).toList();
        List<IndikatorKinerja> tersimpan = repo.indikatorBerkode(kode);
        Map<String, List<String>> iku = new HashMap<>();
        for (AnggotaIku a : repo.anggotaIku()) {
            iku.computeIfAbsent(a.getIndikator().getKode(), x -> new ArrayList<>()).add(a.getIku().getKode());
        }
        var pembaca = new PembacaPohon(r, berwenang, r.getStatus() == StatusRenstra.DRAF, repo.target(tersimpan),
                repo.targetPerjanjian(tersimpan), iku);
        return pembaca.pohon(ringkasan(r), n);
    }

    private RingkasanRenstra ringkasan(Renstra r) {
        List<Renstra> pengganti = repo.perubahanDari(r);
        boolean digantikan = pengganti.stream().anyMatch(p -> p.getStatus() == StatusRenstra.DITETAPKAN);
        String status = r.getStatus() == StatusRenstra.DRAF ? "DRAF" : digantikan ? "DIGANTIKAN" : "DITETAPKAN";
        return new RingkasanRenstra(r.getKode(), r.getNama(), status, r.getJenisVersi().name(), r.getTahunMulai(),
                r.getTahunSelesai(), r.getRpjmd().map(Rpjmd::getKode).orElse(null), r.getUnit().map(UnitOrganisasi::getKode).orElse(null),
                r.getMenggantikan().map(Renstra::getKode).orElse(null), r.getAlasanPerubahan(),
                pengganti.stream().map(Renstra::getKode).toList(), r.getDitetapkan() == null ? null : r.getDitetapkan().toString(),
                r.getDasarHukum(), r.getStatus() == StatusRenstra.DRAF, r.getVersi());
    }

    private static int kedalaman(Renstra r) {
        int n = 0;
        for (Renstra x = r; x.getMenggantikan().isPresent() && n < 100; x = x.getMenggantikan().get()) {
            n++;
        }
        return n;
    }

    // --- writing ---------------------------------------------------------------------------------------------

    private PohonRenstra simpan(Renstra r, Naskah n) {
        r.ubahNaskah(n.tulis());
        repo.tulisSekarang();
        return pohon(r);
    }

    private String kodeRenstraBaru(ValidasiGagalException.Pengumpul g, String kode) {
        String k = Periksa.kode(g, "kode", kode, "Kode Renstra", "Renstra code");
        if (k != null && repo.cariRenstra(k).isPresent()) {
            g.tambah("kode", k, "Kode Renstra sudah dipakai.", "The Renstra code is already in use.");
        }
        return k;
    }

    private static Integer tahun(ValidasiGagalException.Pengumpul g, String field, Integer tahun, String namaId, String namaEn) {
        if (tahun == null) {
            g.tambah(field, null, namaId + " wajib diisi.", namaEn + " is required.");
            return null;
        }
        if (tahun < TAHUN_PALING_AWAL || tahun > TAHUN_PALING_AKHIR) {
            g.tambah(field, tahun, namaId + " harus antara " + TAHUN_PALING_AWAL + " dan " + TAHUN_PALING_AKHIR + ".",
                    namaEn + " must lie between " + TAHUN_PALING_AWAL + " and " + TAHUN_PALING_AKHIR + ".");
            return null;
        }
        return tahun;
    }

    private UnitOrganisasi unitOpsional(ValidasiGagalException.Pengumpul g, String field, String kode) {
        if (Periksa.opsional(kode) == null) {
            return null;
        }
        Optional<UnitOrganisasi> u = unit.cariKode(kode.strip());
        g.jika(u.isEmpty(), field, kode, "Unit organisasi tidak ada di pemda ini.", "No such organisation unit in this pemda.");
        return u.orElse(null);
    }

    /** A goal of the draft named by the input: required for a new objective, optional (a move) for a change. */
    private static Naskah.NTujuan tujuanNaskah(ValidasiGagalException.Pengumpul g, Naskah n, String kode, boolean wajib) {
        String k = wajib ? Periksa.wajib(g, "tujuan", kode, "Tujuan", "Goal") : Periksa.opsional(kode);
        if (k == null) {
            return null;
        }
        Optional<Naskah.NTujuan> t = n.tujuan(k);
        g.jika(t.isEmpty(), "tujuan", kode, "Tujuan tidak ada di Renstra ini.", "No such goal in this Renstra.");
        return t.orElse(null);
    }

    /** Where an indicator goes: the list of its goal or objective in the draft. */
    private record Tempat(List<Naskah.NIndikator> daftar) {
    }

    /** Checks an indicator's fields into {@code ke}; the place it goes, or null when the fields are invalid. */
    private Tempat isiIndikator(ValidasiGagalException.Pengumpul g, Renstra r, Naskah n, IsianRenstra.Indikator i,
            Naskah.NIndikator ke) {
        ke.nama = Periksa.wajib(g, "nama", i.nama(), "Nama indikator", "Indicator name");
        ke.satuan = Periksa.wajib(g, "satuan", i.satuan(), "Satuan", "Unit of measure");
        Polaritas p = Periksa.polaritas(g, "polaritas", i.polaritas());
        ke.polaritas = p == null ? null : p.name();
        JenisIndikator j = Periksa.jenis(g, "jenis", i.jenis());
        ke.jenis = j == null ? null : j.name();
        int desimal = i.desimal() == null ? 2 : i.desimal();
        g.jika(desimal < 0 || desimal > 6, "desimal", i.desimal(), "Jumlah desimal harus 0–6.", "Decimals must be 0–6.");
        ke.desimal = desimal;
        ke.formula = Periksa.opsional(i.formula());
        ke.sumberData = Periksa.opsional(i.sumberData());
        UnitOrganisasi u = unitOpsional(g, "unitPenanggungJawab", i.unitPenanggungJawab());
        ke.unitPenanggungJawab = u == null ? null : u.getKode();
        if (i.kondisiAwal() != null) {
            IsianRenstra.KondisiAwal ka = i.kondisiAwal();
            Naskah.NKondisiAwal x = new Naskah.NKondisiAwal();
            x.nilai = Periksa.angka(g, "kondisiAwal.nilai", ka.nilai());
            x.label = Periksa.opsional(ka.label());
            x.tahun = ka.tahun();
            g.jika(ka.tahun() != null && ka.tahun() > r.getTahunMulai(), "kondisiAwal.tahun", ka.tahun(),
                    "Kondisi awal adalah keadaan sebelum atau pada awal periode: tahunnya paling lambat " + r.getTahunMulai() + ".",
                    "The baseline is the state before or at the start of the period: its year is at most " + r.getTahunMulai() + ".");
            boolean ada = x.tahun != null || Periksa.opsional(ka.nilai()) != null || x.label != null;
            ke.kondisiAwal = ada ? x : null;
        }
        String kodeTujuan = Periksa.opsional(i.tujuan());
        String kodeSasaran = Periksa.opsional(i.sasaran());
        Tempat tempat = null;
        if ((kodeTujuan == null) == (kodeSasaran == null)) {
            g.tambah(kodeSasaran == null ? "sasaran" : "tujuan", kodeSasaran == null ? null : kodeTujuan,
                    "Indikator melekat pada tepat satu: sasaran atau tujuan.", "An indicator belongs to exactly one objective or goal.");
        } else if (kodeSasaran != null) {
            Optional<Naskah.NSasaran> s = n.sasaran(kodeSasaran);
            g.jika(s.isEmpty(), "sasaran", i.sasaran(), "Sasaran tidak ada di Renstra ini.", "No such objective in this Renstra.");
            tempat = s.map(x -> new Tempat(x.indikator)).orElse(null);
        } else {
            Optional<Naskah.NTujuan> t = n.tujuan(kodeTujuan);
            g.jika(t.isEmpty(), "tujuan", i.tujuan(), "Tujuan tidak ada di Renstra ini.", "No such goal in this Renstra.");
            tempat = t.map(x -> new Tempat(x.indikator)).orElse(null);
        }
        Periksa.versi(g, i.versi());
        return tempat;
    }

    private static IsianRenstra.Indikator kosong() {
        return new IsianRenstra.Indikator(null, null, null, null, null, null, null, null, null, null, null, null, null);
    }
}
