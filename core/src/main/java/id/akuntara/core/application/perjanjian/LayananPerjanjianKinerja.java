package id.akuntara.core.application.perjanjian;

import id.akuntara.core.akses.Akses;
import id.akuntara.core.akses.Peran;
import id.akuntara.core.calc.AngkaFormatter;
import id.akuntara.core.calc.AngkaParser;
import id.akuntara.core.calc.AngkaTidakTerbacaException;
import id.akuntara.core.calc.TerbilangFormatter;
import id.akuntara.core.domain.anggaran.AnggaranRepository;
import id.akuntara.core.domain.anggaran.PosAnggaran;
import id.akuntara.core.domain.bersama.AturanDilanggarException;
import id.akuntara.core.domain.bersama.PresisiTanggal;
import id.akuntara.core.domain.kepegawaian.KepegawaianRepository;
import id.akuntara.core.domain.kepegawaian.Nip;
import id.akuntara.core.domain.kepegawaian.Penugasan;
import id.akuntara.core.domain.organisasi.UnitOrganisasi;
import id.akuntara.core.domain.organisasi.UnitOrganisasiRepository;
import id.akuntara.core.domain.perjanjian.BarisPerjanjian;
import id.akuntara.core.domain.perjanjian.PerjanjianKinerja;
import id.akuntara.core.domain.perjanjian.PerjanjianKinerjaRepository;
import id.akuntara.core.domain.perjanjian.ProgramPerjanjian;
import id.akuntara.core.domain.rencana.IndikatorKinerja;
import id.akuntara.core.domain.rencana.RencanaRepository;
import id.akuntara.core.galat.GalatIsian;
import id.akuntara.core.galat.KonflikVersiException;
import id.akuntara.core.galat.TidakDitemukanException;
import id.akuntara.core.galat.ValidasiGagalException;
import id.akuntara.core.infrastructure.paket.EksporPaket;
import id.akuntara.core.kualitas.DaftarPemeriksaan;
import id.akuntara.core.kualitas.KaskadePk;
import id.akuntara.core.kualitas.Keparahan;
import id.akuntara.core.kualitas.TemuanKualitas;
import id.akuntara.core.paket.PaketData;
import id.akuntara.core.tenancy.PenggunaSaatIni;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The Perjanjian Kinerja use cases over the domain repositories ({@link PerjanjianKinerjaService} states the rules).
 * Every method loads the PK first (another pemda's code is simply not found, before the input is looked at), then
 * checks the PK's state, then the input as a whole (every invalid field at once), and only then writes.
 */
@RequestScoped
@Transactional
public class LayananPerjanjianKinerja implements PerjanjianKinerjaService {

    private static final String[] STAF = {Peran.ADMIN_PEMDA, Peran.OPERATOR, Peran.VERIFIKATOR, Peran.PIMPINAN};
    private static final String[] PENYUSUN = {Peran.OPERATOR, Peran.ADMIN_PEMDA};
    private static final Pattern KODE = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._-]{0,99}");
    private static final String[] BULAN = {"Januari", "Februari", "Maret", "April", "Mei", "Juni", "Juli", "Agustus",
        "September", "Oktober", "November", "Desember"};

    private PerjanjianKinerjaRepository perjanjian;
    private UnitOrganisasiRepository unit;
    private KepegawaianRepository kepegawaian;
    private RencanaRepository rencana;
    private AnggaranRepository anggaran;
    private PenggunaSaatIni pengguna;

    protected LayananPerjanjianKinerja() {
        // for the CDI proxy
    }

    @Inject
    public LayananPerjanjianKinerja(PerjanjianKinerjaRepository perjanjian, UnitOrganisasiRepository unit,
            KepegawaianRepository kepegawaian, RencanaRepository rencana, AnggaranRepository anggaran,
            PenggunaSaatIni pengguna) {
        this.perjanjian = perjanjian;
        this.unit = unit;
        this.kepegawaian = kepegawaian;
        this.rencana = rencana;
        this.anggaran = anggaran;
        this.pengguna = pengguna;
    }

    // ------------------------------------------------------------------------------------------------ reading

    @Override
    public List<RingkasanPk> daftar(Integer tahun, String kodeUnit) {
        Akses.wajib(pengguna, STAF);
        List<PerjanjianKinerja> semua = perjanjian.cari(tahun, kodeUnit);
        // a PK Perubahan keeps its predecessor's year and unit, so a successor is always in the same list
        Map<String, String> pengganti = new HashMap<>();
        semua.forEach(p -> p.getMenggantikan().ifPresent(m -> pengganti.put(m.getKode(), p.getKode())));
        return semua.stream().map(p -> ringkasan(p, pengganti.get(p.getKode()))).toList();
    }

    @Override
    public RincianPk baca(String kode) {
        Akses.wajib(pengguna, STAF);
        return rincian(muat(kode));
    }

    @Override
    public LaporanKaskade kaskade(String kode) {
        Akses.wajib(pengguna, STAF);
        PerjanjianKinerja pk = muat(kode);
        List<PerjanjianKinerja> tahunIni = perjanjian.cari(pk.getTahun(), null);
        List<PaketData.PerjanjianKinerja> rekaman = tahunIni.stream().map(EksporPaket::perjanjian).toList();
        List<PaketData.Unit> unitTahunIni = unit.berlakuDalamTahun(pk.getTahun()).stream().map(EksporPaket::unit).toList();
        PaketData paket = new PaketData(PaketData.FORMAT, PaketData.VERSI, null, null, unitTahunIni, null, null, null,
                null, null, null, null, null, null, null, null, null, null, null, rekaman, null, null, null, null, null);
        int indeks = tahunIni.indexOf(pk);
        KaskadePk.Ringkasan r = KaskadePk.ringkas(paket, rekaman.get(indeks));

        Map<String, PerjanjianKinerja> perKode = new HashMap<>();
        tahunIni.forEach(p -> perKode.put(p.getKode(), p));
        Set<Integer> terkait = new HashSet<>(List.of(indeks));
        r.anak().forEach(k -> terkait.add(tahunIni.indexOf(perKode.get(k))));

        List<LaporanKaskade.Anak> anak = r.anak().stream().map(perKode::get).map(a -> new LaporanKaskade.Anak(a.getKode(),
                a.getVersiKe(), a.getStatus().name(), unitPk(a.getUnit().orElse(null)), a.sebutanPihakPertama(),
                Rupiah.total(a.totalTerhitung()))).toList();
        List<LaporanKaskade.Program> program = r.program().stream().map(b -> new LaporanKaskade.Program(b.namaProgram(),
                Rupiah.dari(b.jumlahInduk()), Rupiah.dari(b.jumlahAnak()), Rupiah.dari(b.selisih()), b.selisih().signum() == 0,
                b.bagian().stream().map(x -> new LaporanKaskade.Bagian(x.kodePk(), Rupiah.dari(x.jumlah()))).toList())).toList();
        LaporanKaskade.Total total = new LaporanKaskade.Total(Rupiah.total(r.totalInduk()), Rupiah.total(r.totalAnak()),
                Rupiah.dari(r.selisihTotal()), r.selisihTotal().signum() == 0);

        List<LaporanKaskade.Temuan> temuan = new ArrayList<>();
        boolean adaGalat = false;
        for (var pemeriksaan : DaftarPemeriksaan.PK) {
            for (TemuanKualitas t : pemeriksaan.periksa(paket)) {
                if (t.rujukan().stream().noneMatch(j -> terkait.contains(indeksPk(j)))) {
                    continue;
                }
                adaGalat |= t.keparahan() == Keparahan.GALAT;
                temuan.add(new LaporanKaskade.Temuan(t.idPemeriksaan(), t.keparahan().name(), t.deskripsi(),
                        t.rujukan().stream().map(j -> rujukan(j, rekaman, unitTahunIni)).toList()));
            }
        }
        boolean seimbang = !anak.isEmpty() && total.sama() && program.stream().allMatch(LaporanKaskade.Program::sama)
                && !adaGalat;
        return new LaporanKaskade(pk.getKode(), pk.getTahun(), pk.getVersiKe(), pk.getStatus().name(),
                perjanjian.pengganti(pk).map(PerjanjianKinerja::getKode).orElse(null), anak, program, total, seimbang,
                temuan.size(), temuan);
    }

    private static final Pattern JALUR_PK = Pattern.compile("^\\$\\.perjanjianKinerja\\[(\\d+)\\](.*)$");
    private static final Pattern JALUR_ISI = Pattern.compile("^\\.(baris|program)\\[(\\d+)\\]$");
    private static final Pattern JALUR_UNIT = Pattern.compile("^\\$\\.unit\\[(\\d+)\\]$");

    private static int indeksPk(String jalur) {
        Matcher m = JALUR_PK.matcher(jalur);
        return m.matches() ? Integer.parseInt(m.group(1)) : -1;
    }

    /** A package path as the API names records: {@code PK-2022-ASADUM/program/1} (numbered from 1), {@code unit/AS1}. */
    private static String rujukan(String jalur, List<PaketData.PerjanjianKinerja> pk, List<PaketData.Unit> unit) {
        Matcher m = JALUR_PK.matcher(jalur);
        if (m.matches()) {
            String kode = pk.get(Integer.parseInt(m.group(1))).kode();
            String sisa = m.group(2);
            Matcher isi = JALUR_ISI.matcher(sisa);
            if (isi.matches()) {
                return kode + "/" + isi.group(1) + "/" + (Integer.parseInt(isi.group(2)) + 1);
            }
            return sisa.isEmpty() ? kode : kode + "/" + sisa.substring(1);
        }
        Matcher u = JALUR_UNIT.matcher(jalur);
        return u.matches() ? "unit/" + unit.get(Integer.parseInt(u.group(1))).kode() : jalur;
    }

    // ------------------------------------------------------------------------------------------------ writing

    @Override
    public RincianPk buatAnak(String kodeInduk, PermintaanAnak permintaan) {
        Akses.wajib(pengguna, PENYUSUN);
        PerjanjianKinerja induk = muat(kodeInduk);
        perjanjian.pengganti(induk).ifPresent(p -> {
            throw new AturanDilanggarException("PK " + induk.getKode() + " sudah digantikan oleh " + p.getKode() + " (versi "
                    + p.getVersiKe() + "); PK anak diturunkan dari versi yang berlaku.",
                    "PK " + induk.getKode() + " was replaced by " + p.getKode() + "; derive child PKs from the version in force.");
        });
        PermintaanAnak q = permintaan != null ? permintaan
                : new PermintaanAnak(null, null, null, null, null, null, null, null, null, null, null, null, null);
        ValidasiGagalException.Pengumpul g = new ValidasiGagalException.Pengumpul();

        String kode = kodeBaru(q.kode(), g);
        PerjanjianKinerja lama = null;
        if (q.menggantikan() != null) {
            lama = perjanjian.cariKode(q.menggantikan()).orElse(null);
            g.jika(lama == null, "menggantikan", q.menggantikan(), "PK " + q.menggantikan() + " tidak ditemukan.",
                    "PK " + q.menggantikan() + " not found.");
            g.jika(kosong(q.alasanPerubahan()), "alasanPerubahan", q.alasanPerubahan(),
                    "Alasan perubahan wajib diisi bila PK anak menggantikan PK lain.",
                    "A reason is required when the child PK replaces another.");
        }
        UnitOrganisasi unitAnak = null;
        if (lama != null) {
            unitAnak = lama.getUnit().orElse(null);
            String kodeUnitLama = unitAnak == null ? null : unitAnak.getKode();
            g.jika(q.unit() != null && !q.unit().equals(kodeUnitLama), "unit", q.unit(),
                    "PK Perubahan tetap untuk unit PK yang digantikan (" + kodeUnitLama + ").",
                    "A PK Perubahan keeps the unit of the PK it replaces (" + kodeUnitLama + ").");
        } else if (kosong(q.unit())) {
            g.tambah("unit", q.unit(), "Unit PK anak wajib diisi (kode unit).", "The child PK's unit (unit code) is required.");
        } else {
            unitAnak = unit.cariKode(q.unit()).orElse(null);
            g.jika(unitAnak == null, "unit", q.unit(), "Unit " + q.unit() + " tidak ditemukan.", "Unit " + q.unit() + " not found.");
        }
        Penugasan pihakPertama = penugasan(q.pihakPertama(), "pihakPertama", true, g);
        Penugasan pihakKedua = q.pihakKedua() == null ? induk.getPihakPertama() : penugasan(q.pihakKedua(), "pihakKedua", true, g);
        PresisiTanggal presisi = presisi(q.presisiTanggal(), PresisiTanggal.HARI, g);
        LocalDate tanggal = tanggal(q.tanggal(), presisi, g);
        periksaPihakBerlaku(pihakPertama, "pihakPertama", tanggal, presisi, g);
        periksaPihakBerlaku(pihakKedua, "pihakKedua", tanggal, presisi, g);
        Set<PerjanjianKinerja> bukanSaudara = lama == null ? Set.of() : Set.of(lama);
        List<BarisPerjanjian.Isi> baris = barisDariInduk(induk, q.baris(), g);
        List<ProgramPerjanjian.Isi> program = programDariInduk(induk, q.program() == null ? List.of() : q.program(),
                bukanSaudara, g);
        BigDecimal totalTertulis = rupiah(q.totalTertulis(), "totalTertulis", g);
        g.periksa();

        if (lama != null) {
            pastikanBelumDigantikan(lama);
        }
        PerjanjianKinerja anak = lama != null
                ? lama.buatPerubahanKosong(kode, q.alasanPerubahan(), pihakPertama, pihakKedua, induk)
                : new PerjanjianKinerja(kode, induk.getTahun(), unitAnak, pihakPertama, pihakKedua, induk);
        anak.tetapkanPenandatanganan(q.tempat() != null ? q.tempat() : induk.getTempat(), tanggal, presisi);
        baris.forEach(anak::tambahBaris);
        program.forEach(anak::tambahProgram);
        tetapkanTotal(anak, totalTertulis, q.totalTerbilang(), true);
        perjanjian.simpan(anak);
        perjanjian.tulis();
        return rincian(anak);
    }

    @Override
    public RincianPk ubah(String kode, PermintaanUbah permintaan) {
        Akses.wajib(pengguna, PENYUSUN);
        PerjanjianKinerja pk = muat(kode);
        pastikanDraft(pk);
        PermintaanUbah q = permintaan != null ? permintaan
                : new PermintaanUbah(null, null, null, null, null, null, null, null, null, null);
        periksaVersi(pk, q.versi());
        ValidasiGagalException.Pengumpul g = new ValidasiGagalException.Pengumpul();
        Penugasan pihakPertama = q.pihakPertama() == null ? pk.getPihakPertama() : penugasan(q.pihakPertama(), "pihakPertama", true, g);
        Penugasan pihakKedua = q.pihakKedua() == null ? pk.getPihakKedua().orElse(null)
                : penugasan(q.pihakKedua(), "pihakKedua", true, g);
        PresisiTanggal presisi = presisi(q.presisiTanggal(), pk.getPresisiTanggal(), g);
        LocalDate tanggal = q.tanggal() == null ? pk.getTanggal().map(t -> normal(t, presisi)).orElse(null)
                : tanggal(q.tanggal(), presisi, g);
        periksaPihakBerlaku(pihakPertama, "pihakPertama", tanggal, presisi, g);
        periksaPihakBerlaku(pihakKedua, "pihakKedua", tanggal, presisi, g);
        List<BarisPerjanjian.Isi> baris = null;
        List<ProgramPerjanjian.Isi> program = null;
        PerjanjianKinerja induk = pk.getInduk().orElse(null);
        if (q.baris() != null) {
            baris = induk != null ? barisDariInduk(induk, q.baris(), g) : barisLengkap(q.baris(), g);
        }
        if (q.program() != null) {
            program = induk != null ? programDariInduk(induk, q.program(), Set.of(pk), g)
                    : programLengkap(pk.getTahun(), q.program(), g);
        }
        BigDecimal totalTertulis = rupiah(q.totalTertulis(), "totalTertulis", g);
        g.periksa();

        if (q.pihakPertama() != null || q.pihakKedua() != null) {
            pk.gantiPihak(pihakPertama, pihakKedua);
        }
        pk.tetapkanPenandatanganan(q.tempat() != null ? q.tempat() : pk.getTempat(), tanggal, presisi);
        if (baris != null) {
            pk.gantiBaris(baris);
        }
        if (program != null) {
            pk.gantiProgram(program);
        }
        tetapkanTotal(pk, totalTertulis, q.totalTerbilang(), false);
        perjanjian.tulis();
        return rincian(pk);
    }

    @Override
    public RincianPk tandatangani(String kode, PermintaanTandaTangan permintaan) {
        Akses.wajib(pengguna, Peran.PIMPINAN);
        PerjanjianKinerja pk = muat(kode);
        pastikanDraft(pk);
        periksaVersi(pk, permintaan == null ? null : permintaan.versi());
        pk.tandatangani(Instant.now());
        perjanjian.tulis();
        return rincian(pk);
    }

    @Override
    public RincianPk buatPerubahan(String kode, PermintaanPerubahan permintaan) {
        Akses.wajib(pengguna, PENYUSUN);
        PerjanjianKinerja lama = muat(kode);
        if (lama.isDraft()) {
            throw new AturanDilanggarException("PK " + lama.getKode() + " masih draft: ubah langsung; PK Perubahan hanya"
                    + " untuk PK yang sudah ditandatangani.",
                    "PK " + lama.getKode() + " is still a draft: change it directly; a PK Perubahan is for a signed PK.");
        }
        pastikanBelumDigantikan(lama);
        PermintaanPerubahan q = permintaan != null ? permintaan : new PermintaanPerubahan(null, null, null, null);
        ValidasiGagalException.Pengumpul g = new ValidasiGagalException.Pengumpul();
        g.jika(kosong(q.alasan()), "alasan", q.alasan(),
                "Alasan PK Perubahan wajib diisi (mis. pergantian pejabat, perubahan anggaran, restrukturisasi).",
                "The reason for the PK Perubahan is required (e.g. a new officeholder, a budget change, a reorganisation).");
        String kodeBaru = q.kode() != null ? kodeBaru(q.kode(), g)
                : kodeBaru(perjanjian.versi(lama).get(0).getKode() + "-P" + (lama.getVersiKe() + 1), g);
        Penugasan pihakPertama = penugasan(q.pihakPertama(), "pihakPertama", false, g);
        Penugasan pihakKedua = penugasan(q.pihakKedua(), "pihakKedua", false, g);
        g.periksa();

        PerjanjianKinerja baru = lama.buatPerubahan(kodeBaru, q.alasan(), pihakPertama, pihakKedua);
        baru.tetapkanPenandatanganan(lama.getTempat(), null, PresisiTanggal.HARI);
        lama.getTotalTertulis().ifPresent(t -> baru.tetapkanTotalTertulis(t, lama.getTotalTerbilang()));
        perjanjian.simpan(baru);
        perjanjian.tulis();
        return rincian(baru);
    }

    // ------------------------------------------------------------------------------------------------ rules

    private PerjanjianKinerja muat(String kode) {
        return perjanjian.cariKode(kode).orElseThrow(() -> new TidakDitemukanException(
                "Perjanjian Kinerja " + kode + " tidak ditemukan.", "Performance agreement " + kode + " not found."));
    }

    private static void pastikanDraft(PerjanjianKinerja pk) {
        if (!pk.isDraft()) {
            String pada = pk.getDitandatanganiPada().map(w -> " pada " + w).orElse("");
            throw new AturanDilanggarException("PK " + pk.getKode() + " versi " + pk.getVersiKe() + " sudah ditandatangani"
                    + pada + " dan tidak dapat diubah; perubahan dibuat sebagai PK Perubahan (versi baru dengan alasannya).",
                    "PK " + pk.getKode() + " version " + pk.getVersiKe() + " is signed and cannot change; make a PK Perubahan"
                            + " (a new version with its reason) instead.");
        }
    }

    private void pastikanBelumDigantikan(PerjanjianKinerja pk) {
        perjanjian.pengganti(pk).ifPresent(p -> {
            throw new AturanDilanggarException("PK " + pk.getKode() + " sudah digantikan oleh " + p.getKode() + " (versi "
                    + p.getVersiKe() + "); perubahan berikutnya dibuat dari versi terakhir.",
                    "PK " + pk.getKode() + " was already replaced by " + p.getKode() + "; revise the latest version.");
        });
    }

    private static void periksaVersi(PerjanjianKinerja pk, Long versi) {
        if (versi == null) {
            throw new ValidasiGagalException(List.of(new GalatIsian("versi", null,
                    "Versi rekaman yang Anda ubah wajib dikirim (field versi dari GET).",
                    "The version of the record you edited is required (field versi from GET).")));
        }
        KonflikVersiException.periksa("Perjanjian Kinerja " + pk.getKode(), versi, pk.getVersi());
    }

    private String kodeBaru(String kode, ValidasiGagalException.Pengumpul g) {
        if (kosong(kode)) {
            g.tambah("kode", kode, "Kode PK wajib diisi.", "The PK code is required.");
        } else if (!KODE.matcher(kode).matches()) {
            g.tambah("kode", kode, "Kode PK hanya memuat huruf, angka, titik, garis bawah dan tanda hubung (maks. 100).",
                    "A PK code holds letters, digits, dots, underscores and hyphens only (at most 100).");
        } else if (perjanjian.cariKode(kode).isPresent()) {
            g.tambah("kode", kode, "Kode PK " + kode + " sudah dipakai.", "PK code " + kode + " is already used.");
        }
        return kode;
    }

    /**
     * A child's rows: each one of the parent's rows, named by number, at most once, with the parent's target; a
     * target sent that differs is refused naming the row.
     */
    private static List<BarisPerjanjian.Isi> barisDariInduk(PerjanjianKinerja induk, List<IsiBaris> baris,
            ValidasiGagalException.Pengumpul g) {
        List<BarisPerjanjian.Isi> hasil = new ArrayList<>();
        if (baris == null || baris.isEmpty()) {
            g.tambah("baris", null, "PK anak memuat sedikitnya satu baris PK induk " + induk.getKode() + " (barisInduk).",
                    "A child PK carries at least one row of its parent " + induk.getKode() + " (barisInduk).");
            return hasil;
        }
        List<BarisPerjanjian> barisInduk = induk.getBaris();
        Set<Integer> dipilih = new HashSet<>();
        for (int i = 0; i < baris.size(); i++) {
            String f = "baris[" + i + "]";
            IsiBaris x = baris.get(i);
            if (x == null) {
                g.tambah(f, null, "Baris kosong.", "Empty row.");
                continue;
            }
            g.jika(x.sasaranTeks() != null || x.indikatorTeks() != null || x.indikator() != null || x.satuan() != null
                            || x.targetLabel() != null, f, null,
                    "Baris PK anak diambil dari baris PK induk " + induk.getKode() + ": kirim barisInduk dan target saja.",
                    "A child PK's row is its parent's row: send barisInduk and target only.");
            Integer n = x.barisInduk();
            if (n == null) {
                g.tambah(f + ".barisInduk", null, "Nomor baris PK induk wajib diisi.", "The parent's row number is required.");
                continue;
            }
            if (n < 1 || n > barisInduk.size()) {
                g.tambah(f + ".barisInduk", n, "PK induk " + induk.getKode() + " tidak memiliki baris " + n + " (ada 1–"
                        + barisInduk.size() + ").", "Parent PK " + induk.getKode() + " has no row " + n + ".");
                continue;
            }
            if (!dipilih.add(n)) {
                g.tambah(f + ".barisInduk", n, "Baris " + n + " PK induk dipilih lebih dari sekali.",
                        "Row " + n + " of the parent is chosen more than once.");
                continue;
            }
            BarisPerjanjian b = barisInduk.get(n - 1);
            if (x.target() != null) {
                BigDecimal target = angka(x.target(), f + ".target", g);
                Optional<BigDecimal> targetInduk = b.getTargetNilai();
                if (target != null && targetInduk.isEmpty()) {
                    g.tambah(f + ".target", x.target(), "Baris " + n + " PK induk " + induk.getKode() + " ("
                            + b.getIndikatorTeks() + ") tidak bertarget angka; kosongkan target.",
                            "Row " + n + " of parent " + induk.getKode() + " has no numeric target; leave target out.");
                } else if (target != null && target.compareTo(targetInduk.get()) != 0) {
                    String tInduk = teksAngka(targetInduk.get());
                    g.tambah(f + ".target", x.target(), "Target harus sama dengan PK induk " + induk.getKode() + " baris " + n
                                    + " (" + b.getIndikatorTeks() + "): " + tInduk + ", bukan " + x.target() + ".",
                            "The target must equal parent " + induk.getKode() + " row " + n + " (" + b.getIndikatorTeks()
                                    + "): " + tInduk + ", not " + x.target() + ".");
                }
            }
            hasil.add(b.isi());
        }
        return hasil;
    }

    /**
     * A child's programs: each one of the parent's, named by number, at most once, whole or a share; the shares of a
     * program over the parent's in-force children (other than {@code bukanSaudara}: the PK being edited or replaced)
     * plus this child's may not exceed the parent's amount.
     */
    private List<ProgramPerjanjian.Isi> programDariInduk(PerjanjianKinerja induk, List<IsiProgram> program,
            Set<PerjanjianKinerja> bukanSaudara, ValidasiGagalException.Pengumpul g) {
        List<ProgramPerjanjian.Isi> hasil = new ArrayList<>();
        List<ProgramPerjanjian> programInduk = induk.getProgram();
        Map<String, BigDecimal> jumlahInduk = new HashMap<>();
        programInduk.forEach(p -> jumlahInduk.merge(kunci(p.isi()), p.getJumlah(), BigDecimal::add));
        Map<String, BigDecimal> diminta = new LinkedHashMap<>();
        Map<String, String> fieldPertama = new HashMap<>();
        Set<Integer> dipilih = new HashSet<>();
        for (int i = 0; i < program.size(); i++) {
            String f = "program[" + i + "]";
            IsiProgram x = program.get(i);
            if (x == null) {
                g.tambah(f, null, "Program kosong.", "Empty program.");
                continue;
            }
            g.jika(x.namaProgram() != null || x.posAnggaran() != null || x.sumberDana() != null, f, null,
                    "Program PK anak diambil dari program PK induk " + induk.getKode() + ": kirim programInduk dan jumlah saja.",
                    "A child PK's program is its parent's program: send programInduk and jumlah only.");
            Integer n = x.programInduk();
            if (n == null) {
                g.tambah(f + ".programInduk", null, "Nomor program PK induk wajib diisi.",
                        "The parent's program number is required.");
                continue;
            }
            if (n < 1 || n > programInduk.size()) {
                g.tambah(f + ".programInduk", n, "PK induk " + induk.getKode() + " tidak memiliki program " + n + " (ada 1–"
                        + programInduk.size() + ").", "Parent PK " + induk.getKode() + " has no program " + n + ".");
                continue;
            }
            if (!dipilih.add(n)) {
                g.tambah(f + ".programInduk", n, "Program " + n + " PK induk dipilih lebih dari sekali.",
                        "Program " + n + " of the parent is chosen more than once.");
                continue;
            }
            ProgramPerjanjian p = programInduk.get(n - 1);
            BigDecimal jumlah = p.getJumlah();
            if (x.jumlah() != null) {
                jumlah = rupiah(x.jumlah(), f + ".jumlah", g);
                if (jumlah == null) {
                    continue;
                }
                if (jumlah.compareTo(p.getJumlah()) > 0) {
                    g.tambah(f + ".jumlah", x.jumlah(), "Program '" + p.getNamaProgram() + "': " + rp(jumlah)
                                    + " melebihi anggarannya pada PK induk " + induk.getKode() + " (" + rp(p.getJumlah()) + ").",
                            "Program '" + p.getNamaProgram() + "': " + rp(jumlah) + " exceeds its amount in parent "
                                    + induk.getKode() + " (" + rp(p.getJumlah()) + ").");
                    continue;
                }
            }
            ProgramPerjanjian.Isi isi = new ProgramPerjanjian.Isi(p.getNamaProgram(), p.getPosAnggaran().orElse(null),
                    jumlah, p.getSumberDana());
            hasil.add(isi);
            diminta.merge(kunci(isi), jumlah, BigDecimal::add);
            fieldPertama.putIfAbsent(kunci(isi), f + ".jumlah");
        }
        if (diminta.isEmpty()) {
            return hasil;
        }
        Map<String, List<String>> saudara = new HashMap<>();
        Map<String, BigDecimal> sudahDibagi = new HashMap<>();
        for (PerjanjianKinerja versi : perjanjian.versi(induk)) {
            for (PerjanjianKinerja a : perjanjian.anak(versi)) {
                if (bukanSaudara.contains(a) || perjanjian.pengganti(a).isPresent()) {
                    continue;
                }
                for (ProgramPerjanjian p : a.getProgram()) {
                    String k = kunci(p.isi());
                    sudahDibagi.merge(k, p.getJumlah(), BigDecimal::add);
                    saudara.computeIfAbsent(k, x -> new ArrayList<>()).add(a.getKode() + " " + rp(p.getJumlah()));
                }
            }
        }
        diminta.forEach((k, j) -> {
            BigDecimal plafon = jumlahInduk.get(k);
            BigDecimal sudah = sudahDibagi.getOrDefault(k, BigDecimal.ZERO);
            if (sudah.add(j).compareTo(plafon) > 0) {
                String nama = hasil.stream().filter(x -> kunci(x).equals(k)).findFirst().map(ProgramPerjanjian.Isi::namaProgram)
                        .orElse(k);
                String lain = String.join(", ", saudara.get(k));
                g.tambah(fieldPertama.get(k), j.toPlainString(), "Program '" + nama + "': anggaran PK induk "
                                + induk.getKode() + " " + rp(plafon) + ", sudah dibagi ke PK anak lain " + rp(sudah) + " (" + lain
                                + "), sisa " + rp(plafon.subtract(sudah)) + "; diminta " + rp(j) + ".",
                        "Program '" + nama + "': parent " + induk.getKode() + " has " + rp(plafon) + ", other child PKs hold "
                                + rp(sudah) + " (" + lain + "), " + rp(plafon.subtract(sudah)) + " left; asked " + rp(j) + ".");
            }
        });
        return hasil;
    }

    /** The rows of a PK without a parent, written out. */
    private List<BarisPerjanjian.Isi> barisLengkap(List<IsiBaris> baris, ValidasiGagalException.Pengumpul g) {
        List<BarisPerjanjian.Isi> hasil = new ArrayList<>();
        for (int i = 0; i < baris.size(); i++) {
            String f = "baris[" + i + "]";
            IsiBaris x = baris.get(i);
            if (x == null) {
                g.tambah(f, null, "Baris kosong.", "Empty row.");
                continue;
            }
            g.jika(x.barisInduk() != null, f + ".barisInduk", x.barisInduk(), "PK ini tidak memiliki PK induk: tulis barisnya"
                    + " lengkap (sasaranTeks, indikatorTeks).", "This PK has no parent: write the row out (sasaranTeks, indikatorTeks).");
            g.jika(kosong(x.sasaranTeks()), f + ".sasaranTeks", x.sasaranTeks(), "Sasaran wajib diisi.", "The sasaran is required.");
            g.jika(kosong(x.indikatorTeks()), f + ".indikatorTeks", x.indikatorTeks(), "Indikator wajib diisi.",
                    "The indicator is required.");
            IndikatorKinerja indikator = null;
            if (x.indikator() != null) {
                indikator = rencana.cariIndikator(x.indikator()).orElse(null);
                g.jika(indikator == null, f + ".indikator", x.indikator(), "Indikator " + x.indikator() + " tidak ditemukan.",
                        "Indicator " + x.indikator() + " not found.");
            }
            BigDecimal target = x.target() == null ? null : angka(x.target(), f + ".target", g);
            if (!kosong(x.sasaranTeks()) && !kosong(x.indikatorTeks())) {
                hasil.add(new BarisPerjanjian.Isi(x.sasaranTeks(), indikator == null ? null : indikator.getSasaran().orElse(null),
                        x.indikatorTeks(), indikator, x.satuan(), target, x.targetLabel()));
            }
        }
        return hasil;
    }

    /** The programs of a PK without a parent, written out. */
    private List<ProgramPerjanjian.Isi> programLengkap(int tahun, List<IsiProgram> program, ValidasiGagalException.Pengumpul g) {
        List<ProgramPerjanjian.Isi> hasil = new ArrayList<>();
        List<PosAnggaran> pos = program.stream().anyMatch(x -> x != null && x.posAnggaran() != null)
                ? anggaran.perTahun(tahun) : List.of();
        for (int i = 0; i < program.size(); i++) {
            String f = "program[" + i + "]";
            IsiProgram x = program.get(i);
            if (x == null) {
                g.tambah(f, null, "Program kosong.", "Empty program.");
                continue;
            }
            g.jika(x.programInduk() != null, f + ".programInduk", x.programInduk(), "PK ini tidak memiliki PK induk: tulis"
                    + " programnya lengkap (namaProgram, jumlah).", "This PK has no parent: write the program out (namaProgram, jumlah).");
            g.jika(kosong(x.namaProgram()), f + ".namaProgram", x.namaProgram(), "Nama program wajib diisi.",
                    "The program name is required.");
            BigDecimal jumlah = null;
            if (x.jumlah() == null) {
                g.tambah(f + ".jumlah", null, "Jumlah anggaran program wajib diisi.", "The program amount is required.");
            } else {
                jumlah = rupiah(x.jumlah(), f + ".jumlah", g);
            }
            PosAnggaran posAnggaran = null;
            if (x.posAnggaran() != null) {
                posAnggaran = pos.stream().filter(p -> p.getKode().equals(x.posAnggaran())).findFirst().orElse(null);
                g.jika(posAnggaran == null, f + ".posAnggaran", x.posAnggaran(), "Pos anggaran " + x.posAnggaran()
                        + " tahun " + tahun + " tidak ditemukan.", "Budget line " + x.posAnggaran() + " of " + tahun + " not found.");
            }
            if (!kosong(x.namaProgram()) && jumlah != null) {
                hasil.add(new ProgramPerjanjian.Isi(x.namaProgram(), posAnggaran, jumlah, x.sumberDana()));
            }
        }
        return hasil;
    }

    private Penugasan penugasan(String kode, String field, boolean wajib, ValidasiGagalException.Pengumpul g) {
        if (kode == null) {
            g.jika(wajib, field, null, "Penugasan wajib diisi (kode penugasan).", "The assignment (its code) is required.");
            return null;
        }
        Optional<Penugasan> p = kepegawaian.cariPenugasan(kode);
        g.jika(p.isEmpty(), field, kode, "Penugasan " + kode + " tidak ditemukan.", "Assignment " + kode + " not found.");
        return p.orElse(null);
    }

    /** A party must hold the position on the PK's date (at its precision: some day of that month or year). */
    private static void periksaPihakBerlaku(Penugasan p, String field, LocalDate tanggal, PresisiTanggal presisi,
            ValidasiGagalException.Pengumpul g) {
        if (p == null || tanggal == null) {
            return;
        }
        LocalDate awal = normal(tanggal, presisi);
        LocalDate akhir = switch (presisi) {
            case HARI -> tanggal;
            case BULAN -> awal.withDayOfMonth(awal.lengthOfMonth());
            case TAHUN -> awal.withDayOfYear(awal.lengthOfYear());
        };
        boolean berlaku = !p.getMulai().isAfter(akhir) && p.getSelesai().map(s -> !s.isBefore(awal)).orElse(true);
        String masa = p.getMulai() + p.getSelesai().map(s -> " s.d. " + s).orElse(" dan seterusnya");
        g.jika(!berlaku, field, p.getKode(), p.sebutanJabatan() + " (" + p.getPegawai().getNama() + ", penugasan "
                        + p.getKode() + ") menjabat " + masa + ", tidak pada tanggal PK " + tampil(tanggal, presisi) + ".",
                p.getKode() + " holds the position " + masa.replace("s.d.", "to").replace("dan seterusnya", "onwards")
                        + ", not on the PK's date " + tanggal + ".");
    }

    private static PresisiTanggal presisi(String teks, PresisiTanggal bawaan, ValidasiGagalException.Pengumpul g) {
        if (teks == null) {
            return bawaan;
        }
        try {
            return PresisiTanggal.valueOf(teks.strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            g.tambah("presisiTanggal", teks, "Presisi tanggal: HARI, BULAN atau TAHUN.", "Date precision: HARI, BULAN or TAHUN.");
            return bawaan;
        }
    }

    private static LocalDate tanggal(String teks, PresisiTanggal presisi, ValidasiGagalException.Pengumpul g) {
        if (teks == null) {
            return null;
        }
        try {
            return normal(LocalDate.parse(teks.strip()), presisi);
        } catch (DateTimeParseException e) {
            g.tambah("tanggal", teks, "Tanggal ditulis ISO-8601, mis. 2022-01-03 (bulan saja: tanggal 1 dengan presisi BULAN).",
                    "Write the date as ISO-8601, e.g. 2022-01-03 (a month only: day 1 with precision BULAN).");
            return null;
        }
    }

    /** A month-only date is stored as the month's first day, a year-only one as 1 January (PresisiTanggal). */
    private static LocalDate normal(LocalDate t, PresisiTanggal presisi) {
        return switch (presisi) {
            case HARI -> t;
            case BULAN -> t.withDayOfMonth(1);
            case TAHUN -> t.withDayOfYear(1);
        };
    }

    private static BigDecimal angka(String teks, String field, ValidasiGagalException.Pengumpul g) {
        try {
            return AngkaParser.parse(teks).nilai();
        } catch (AngkaTidakTerbacaException e) {
            g.tambah(field, teks, e.getMessage(), "Not a number in Indonesian notation (e.g. 1.234,5): " + teks);
            return null;
        }
    }

    private static BigDecimal rupiah(String teks, String field, ValidasiGagalException.Pengumpul g) {
        if (teks == null) {
            return null;
        }
        try {
            BigDecimal nilai = AngkaParser.parseRupiah(teks);
            if (nilai.signum() < 0) {
                g.tambah(field, teks, "Jumlah Rupiah tidak boleh negatif.", "A Rupiah amount cannot be negative.");
                return null;
            }
            return nilai;
        } catch (AngkaTidakTerbacaException e) {
            g.tambah(field, teks, e.getMessage(), "Not a Rupiah amount in Indonesian notation (e.g. 174.713.000.459): " + teks);
            return null;
        }
    }

    /** The stated total and its words; left out on a new PK: Σ programs and its words. */
    private static void tetapkanTotal(PerjanjianKinerja pk, BigDecimal total, String terbilang, boolean baru) {
        if (total != null) {
            pk.tetapkanTotalTertulis(total, terbilang != null ? terbilang : TerbilangFormatter.rupiah(total));
        } else if (terbilang != null) {
            pk.tetapkanTotalTertulis(pk.getTotalTertulis().orElse(pk.totalTerhitung()), terbilang);
        } else if (baru) {
            pk.tetapkanTotalTertulis(pk.totalTerhitung(), pk.totalTerbilangTerhitung());
        }
    }

    private static String kunci(ProgramPerjanjian.Isi isi) {
        return KaskadePk.kunci(new PaketData.ProgramPk(isi.namaProgram(),
                isi.posAnggaran() == null ? null : isi.posAnggaran().getKode(), isi.jumlah(), isi.sumberDana()));
    }

    private static boolean kosong(String s) {
        return s == null || s.isBlank();
    }

    private static String rp(BigDecimal b) {
        return AngkaFormatter.formatRupiah(b);
    }

    private static String teksAngka(BigDecimal b) {
        return AngkaFormatter.formatTepat(Rupiah.normal(b));
    }

    // ------------------------------------------------------------------------------------------------ mapping

    private RingkasanPk ringkasan(PerjanjianKinerja p, String digantikanOleh) {
        return new RingkasanPk(p.getKode(), p.getTahun(), p.getVersiKe(), p.getJenisVersi().name(), p.getStatus().name(),
                p.getVersi(), unitPk(p.getUnit().orElse(null)), pihak(p.getPihakPertama()), pihak(p.getPihakKedua().orElse(null)),
                p.getInduk().map(PerjanjianKinerja::getKode).orElse(null),
                p.getMenggantikan().map(PerjanjianKinerja::getKode).orElse(null), digantikanOleh, p.getTempat(),
                p.getTanggal().map(LocalDate::toString).orElse(null), p.getPresisiTanggal().name(),
                p.getTanggal().map(t -> tampil(t, p.getPresisiTanggal())).orElse(null), Rupiah.total(p.totalTerhitung()),
                p.getTotalTertulis().map(Rupiah::total).orElse(null), p.getBaris().size(), p.getProgram().size());
    }

    private RincianPk rincian(PerjanjianKinerja p) {
        List<BarisPk> baris = p.getBaris().stream().map(b -> new BarisPk(b.getUrutan(), b.getSasaranTeks(),
                b.getSasaran().map(s -> s.getKode()).orElse(null), b.getIndikatorTeks(),
                b.getIndikator().map(IndikatorKinerja::getKode).orElse(null), b.getSatuan(),
                b.getTargetNilai().map(Rupiah::normal).orElse(null), b.getTargetNilai().map(LayananPerjanjianKinerja::teksAngka).orElse(null),
                b.getTargetLabel())).toList();
        List<ProgramPk> program = p.getProgram().stream().map(g -> new ProgramPk(g.getUrutan(), g.getNamaProgram(),
                g.getPosAnggaran().map(PosAnggaran::getKode).orElse(null), Rupiah.dari(g.getJumlah()), g.getSumberDana())).toList();
        List<VersiPk> versi = perjanjian.versi(p).stream().map(v -> new VersiPk(v.getKode(), v.getVersiKe(),
                v.getJenisVersi().name(), v.getStatus().name(), v.getAlasanPerubahan(),
                v.getDitandatanganiPada().map(Instant::toString).orElse(null))).toList();
        return new RincianPk(p.getKode(), p.getTahun(), p.getVersiKe(), p.getJenisVersi().name(), p.getStatus().name(),
                p.getVersi(), unitPk(p.getUnit().orElse(null)), pihak(p.getPihakPertama()), pihak(p.getPihakKedua().orElse(null)),
                p.getInduk().map(PerjanjianKinerja::getKode).orElse(null),
                p.getMenggantikan().map(PerjanjianKinerja::getKode).orElse(null), p.getAlasanPerubahan(),
                perjanjian.pengganti(p).map(PerjanjianKinerja::getKode).orElse(null), p.getTempat(),
                p.getTanggal().map(LocalDate::toString).orElse(null), p.getPresisiTanggal().name(),
                p.getTanggal().map(t -> tampil(t, p.getPresisiTanggal())).orElse(null),
                p.getDitandatanganiPada().map(Instant::toString).orElse(null), baris, program, Rupiah.total(p.totalTerhitung()),
                p.getTotalTertulis().map(Rupiah::total).orElse(null), p.getTotalTerbilang(),
                p.selisihTotal().map(Rupiah::dari).orElse(null), versi,
                perjanjian.anak(p).stream().map(PerjanjianKinerja::getKode).toList());
    }

    private static UnitPk unitPk(UnitOrganisasi u) {
        return u == null ? null : new UnitPk(u.getKode(), u.getNama());
    }

    private static PihakPk pihak(Penugasan p) {
        if (p == null) {
            return null;
        }
        return new PihakPk(p.getKode(), p.getPegawai().getNama(), p.getPegawai().getNip().map(Nip::tampil).orElse(null),
                p.getJabatan().getNama(), p.getJenis().name(), p.sebutanJabatan());
    }

    /** The date as a PK prints it at its precision: "3 Januari 2022", "Februari 2022", "2022". */
    static String tampil(LocalDate t, PresisiTanggal presisi) {
        return switch (presisi) {
            case HARI -> t.getDayOfMonth() + " " + BULAN[t.getMonthValue() - 1] + " " + t.getYear();
            case BULAN -> BULAN[t.getMonthValue() - 1] + " " + t.getYear();
            case TAHUN -> String.valueOf(t.getYear());
        };
    }
}
