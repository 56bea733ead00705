package id.akuntara.core.application.anggaran;

import id.akuntara.core.akses.Akses;
import id.akuntara.core.akses.Peran;
import id.akuntara.core.application.KinerjaBersumber;
import id.akuntara.core.application.PengukuranService;
import id.akuntara.core.calc.AngkaParser;
import id.akuntara.core.calc.AngkaTercetak;
import id.akuntara.core.calc.AngkaTidakTerbacaException;
import id.akuntara.core.calc.KonteksAngka;
import id.akuntara.core.domain.anggaran.AnggaranRepository;
import id.akuntara.core.domain.anggaran.KaitanAnggaran;
import id.akuntara.core.domain.anggaran.KodePermendagri;
import id.akuntara.core.domain.anggaran.PosAnggaran;
import id.akuntara.core.domain.anggaran.TingkatAnggaran;
import id.akuntara.core.domain.bersama.AturanDilanggarException;
import id.akuntara.core.domain.organisasi.UnitOrganisasi;
import id.akuntara.core.domain.organisasi.UnitOrganisasiRepository;
import id.akuntara.core.domain.pengukuran.SnapshotKinerja;
import id.akuntara.core.domain.pengukuran.SnapshotKinerjaRepository;
import id.akuntara.core.domain.rencana.IndikatorKinerja;
import id.akuntara.core.domain.rencana.Sasaran;
import id.akuntara.core.galat.KonflikVersiException;
import id.akuntara.core.galat.TidakDitemukanException;
import id.akuntara.core.galat.ValidasiGagalException;
import id.akuntara.core.pengukuran.KinerjaAnggaran;
import id.akuntara.core.tenancy.PenggunaSaatIni;
import id.akuntara.core.tenancy.TenantContext;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.function.IntFunction;
import java.util.function.Supplier;

/**
 * {@link AnggaranService} over the repositories. Order of the checks on an existing line: found in the caller's pemda
 * (404, before the body is read), the version the caller edited (409), the year not fixed (409), the line able to take
 * the change (409), then every field at once (422). Serapan is never computed here: the tree's figures are the
 * measurement service's read model of the year ({@link PengukuranService#kinerjaBersumber}), matched by code.
 */
@RequestScoped
public class AnggaranServiceImpl implements AnggaranService {

    private static final String[] BACA = {Peran.ADMIN_PEMDA, Peran.OPERATOR, Peran.VERIFIKATOR, Peran.PIMPINAN};
    private static final int TAHUN_AWAL = 2000;
    private static final int TAHUN_AKHIR = 2100;

    @Inject
    AnggaranRepository anggaran;

    @Inject
    UnitOrganisasiRepository unit;

    @Inject
    SnapshotKinerjaRepository snapshot;

    @Inject
    PenggunaSaatIni pengguna;

    @Inject
    TenantContext tenant;

    @Inject
    PengukuranService pengukuran;

    private IntFunction<KinerjaBersumber> ukur;
    private Supplier<String> pemda;

    protected AnggaranServiceImpl() {
    }

    /**
     * Outside CDI (repository tests): the repositories, the verified user, the measurement of a year and the pemda's
     * code given explicitly.
     */
    public AnggaranServiceImpl(AnggaranRepository anggaran, UnitOrganisasiRepository unit, SnapshotKinerjaRepository snapshot,
            PenggunaSaatIni pengguna, IntFunction<KinerjaBersumber> ukur, Supplier<String> pemda) {
        this.anggaran = anggaran;
        this.unit = unit;
        this.snapshot = snapshot;
        this.pengguna = pengguna;
        this.ukur = ukur;
        this.pemda = pemda;
    }

    private KinerjaBersumber ukur(int tahun) {
        return ukur != null ? ukur.apply(tahun) : pengukuran.kinerjaBersumber(tahun);
    }

    private String kodePemda() {
        return pemda != null ? pemda.get() : tenant.kodePemda();
    }

    @Override
    @Transactional
    public PohonAnggaran pohon(int tahun) {
        Akses.wajib(pengguna, BACA);
        return susunPohon(tahun);
    }

    @Override
    @Transactional
    public PohonAnggaran.Simpul pos(UUID id) {
        Akses.wajib(pengguna, BACA);
        return tampil(muat(id));
    }

    @Override
    @Transactional
    public PohonAnggaran.Simpul buat(IsianPosBaru isian) {
        Akses.wajib(pengguna, Peran.OPERATOR, Peran.ADMIN_PEMDA);
        IsianPosBaru i = isian != null ? isian
                : new IsianPosBaru(null, null, null, null, null, null, null, null, null, null, null);
        ValidasiGagalException.Pengumpul g = new ValidasiGagalException.Pengumpul();
        Integer tahun = i.tahun();
        if (tahun == null) {
            wajib(g, "tahun");
        } else if (tahun < TAHUN_AWAL || tahun > TAHUN_AKHIR) {
            g.tambah("tahun", tahun, "Tahun anggaran harus " + TAHUN_AWAL + "–" + TAHUN_AKHIR + ".",
                    "The budget year must be " + TAHUN_AWAL + "–" + TAHUN_AKHIR + ".");
        } else {
            periksaTidakTerkunci(tahun);
        }
        TingkatAnggaran tingkat = tingkat(g, i.tingkat());
        PosAnggaran induk = induk(g, i.induk(), tahun, tingkat);
        String kodePermendagri = kodePermendagri(g, i.kodePermendagri(), tingkat, induk);
        String kode = kosong(i.kode()) ? (kodePermendagri != null && tahun != null ? tahun + "-" + kodePermendagri : null)
                : i.kode().strip();
        if (kode == null) {
            g.jika(kodePermendagri == null && kosong(i.kodePermendagri()), "kode", i.kode(),
                    "Kode wajib diisi bila kodePermendagri tidak diisi.", "The code is required when kodePermendagri is not given.");
        } else if (kode.length() > 64) {
            g.tambah("kode", kode, "Kode paling panjang 64 karakter.", "The code is at most 64 characters long.");
        } else if (anggaran.cariKode(kode).isPresent()) {
            g.tambah("kode", kode, "Kode pos anggaran " + kode + " sudah dipakai di pemda ini.",
                    "Budget line code " + kode + " is already used in this pemda.");
        }
        String nama = nama(g, i.nama());
        UnitOrganisasi u = unit(g, i.unit());
        BigDecimal paguMurni = rupiah(g, "paguMurni", i.paguMurni(), true);
        BigDecimal paguPerubahan = rupiah(g, "paguPerubahan", i.paguPerubahan(), false);
        List<Sasaran> sasaran = sasaran(g, i.sasaran());
        g.periksa();

        PosAnggaran pos = new PosAnggaran(kode, kodePermendagri, tahun, tingkat, nama, induk, u, teks(i.indikatorKeluaran()),
                paguMurni);
        if (paguPerubahan != null) {
            pos.tetapkanPaguPerubahan(paguPerubahan);
        }
        anggaran.simpan(pos);
        sasaran.forEach(s -> anggaran.simpan(new KaitanAnggaran(pos, s, null)));
        anggaran.tulisSekarang();
        return tampil(pos);
    }

    @Override
    @Transactional
    public PohonAnggaran.Simpul ubah(UUID id, IsianPos isian) {
        Akses.wajib(pengguna, Peran.OPERATOR, Peran.ADMIN_PEMDA);
        PosAnggaran pos = muat(id);
        IsianPos i = isian != null ? isian : new IsianPos(null, null, null, null, null, null, null, null);
        ValidasiGagalException.Pengumpul g = new ValidasiGagalException.Pengumpul();
        periksaVersi(g, pos, i.versi());
        periksaTidakTerkunci(pos.getTahun());

        String nama = nama(g, i.nama());
        String kodePermendagri = kodePermendagri(g, i.kodePermendagri(), pos.getTingkat(), pos.getInduk().orElse(null));
        if (kodePermendagri != null) {
            for (PosAnggaran anak : anggaran.anak(pos)) {
                anak.getKodePermendagri().filter(k -> !KodePermendagri.turunanDari(k, kodePermendagri)).ifPresent(k ->
                        g.tambah("kodePermendagri", kodePermendagri, "Kode anak " + anak.getKode() + " (" + k
                                + ") tidak diawali kode ini; ubah kode anaknya dulu.",
                                "The code of child " + anak.getKode() + " (" + k + ") does not begin with this code;"
                                        + " change the child's code first."));
            }
        }
        UnitOrganisasi u = unit(g, i.unit());
        BigDecimal paguMurni = rupiah(g, "paguMurni", i.paguMurni(), true);
        BigDecimal paguPerubahan = rupiah(g, "paguPerubahan", i.paguPerubahan(), false);
        BigDecimal paguBerlaku = paguPerubahan != null ? paguPerubahan : paguMurni;
        if (paguBerlaku != null && pos.adaRealisasiTriwulan() && pos.getRealisasi().isPresent()
                && paguBerlaku.compareTo(pos.getRealisasi().get()) < 0) {
            String field = paguPerubahan != null ? "paguPerubahan" : "paguMurni";
            g.tambah(field, paguPerubahan != null ? i.paguPerubahan() : i.paguMurni(),
                    "Pagu yang berlaku " + rp(paguBerlaku) + " lebih kecil dari realisasi yang sudah tercatat "
                            + rp(pos.getRealisasi().get()) + ".",
                    "The budget in force " + rp(paguBerlaku) + " is below the realisation already recorded "
                            + rp(pos.getRealisasi().get()) + ".");
        }
        List<Sasaran> sasaran = i.sasaran() == null ? null : sasaran(g, i.sasaran());
        g.periksa();

        pos.ubahUraian(nama, kodePermendagri, u, teks(i.indikatorKeluaran()));
        pos.tetapkanPaguMurni(paguMurni);
        pos.tetapkanPaguPerubahan(paguPerubahan);
        if (sasaran != null) {
            gantiKaitanSasaran(pos, sasaran);
        }
        anggaran.tulisSekarang();
        return tampil(pos);
    }

    @Override
    @Transactional
    public PohonAnggaran.Simpul catatRealisasi(UUID id, int triwulan, IsianRealisasi isian) {
        Akses.wajib(pengguna, Peran.OPERATOR);
        PosAnggaran pos = muat(id);
        if (triwulan < 1 || triwulan > 4) {
            throw new TidakDitemukanException("Triwulan " + triwulan + " tidak ada; triwulan 1–4.",
                    "Quarter " + triwulan + " does not exist; quarters are 1–4.");
        }
        IsianRealisasi i = isian != null ? isian : new IsianRealisasi(null, null);
        ValidasiGagalException.Pengumpul g = new ValidasiGagalException.Pengumpul();
        periksaVersi(g, pos, i.versi());
        periksaTidakTerkunci(pos.getTahun());
        if (!anggaran.anak(pos).isEmpty()) {
            throw new AturanDilanggarException("Pos " + pos.getKode() + " memiliki rincian di bawahnya; realisasinya"
                    + " dijumlahkan dari rincian itu. Catat realisasi pada tingkat terendah.",
                    "Budget line " + pos.getKode() + " has lines below it; its realisation is their sum."
                            + " Record the realisation on the lowest level.");
        }
        if (pos.getRealisasi().isPresent() && !pos.adaRealisasiTriwulan()) {
            throw new AturanDilanggarException("Realisasi pos " + pos.getKode() + " tercatat sebagai jumlah setahun"
                    + " tanpa rincian triwulan (dari laporan); rincian triwulan tidak dapat menggantinya diam-diam.",
                    "The realisation of budget line " + pos.getKode() + " is recorded as a year total without"
                            + " quarters (from a report); quarters cannot silently replace it.");
        }
        BigDecimal nilai = rupiah(g, "nilai", i.nilai(), true);
        if (nilai != null) {
            BigDecimal setahun = nilai;
            for (int t = 1; t <= 4; t++) {
                if (t != triwulan) {
                    setahun = setahun.add(pos.getRealisasiTriwulan(t).orElse(BigDecimal.ZERO));
                }
            }
            if (setahun.compareTo(pos.pagu()) > 0) {
                g.tambah("nilai", i.nilai(), "Realisasi setahun menjadi " + rp(setahun) + ", melebihi pagu yang berlaku "
                                + rp(pos.pagu()) + ". Periksa nilainya, atau tetapkan pagu perubahan dulu.",
                        "The year's realisation would be " + rp(setahun) + ", above the budget in force " + rp(pos.pagu())
                                + ". Check the amount, or set the revised budget first.");
            }
        }
        g.periksa();
        pos.catatRealisasiTriwulan(triwulan, nilai);
        anggaran.tulisSekarang();
        return tampil(pos);
    }

    // ---------------------------------------------------------------- checks

    private PosAnggaran muat(UUID id) {
        return anggaran.cari(id).orElseThrow(() -> new TidakDitemukanException(
                "Pos anggaran " + id + " tidak ditemukan di pemda Anda.", "Budget line " + id + " was not found in your pemda."));
    }

    private static void periksaVersi(ValidasiGagalException.Pengumpul g, PosAnggaran pos, Long versi) {
        if (versi == null) {
            g.tambah("versi", null, "Versi yang Anda ubah wajib dikirim (dari jawaban GET).",
                    "The version you edited is required (from the GET answer).");
        } else {
            KonflikVersiException.periksa("Pos anggaran " + pos.getKode(), versi, pos.getVersi());
        }
    }

    /** A fixed year's budget is locked: its snapshot was computed from it and must stay reproducible. */
    private void periksaTidakTerkunci(int tahun) {
        Optional<SnapshotKinerja> s = snapshot.untukTahun(tahun);
        if (s.isPresent()) {
            throw new AturanDilanggarException("Kinerja tahun " + tahun + " sudah ditetapkan pada " + s.get().getDitetapkanPada()
                    + " oleh " + s.get().getDitetapkanOleh() + "; anggaran tahun itu terkunci.",
                    "The performance of " + tahun + " was fixed on " + s.get().getDitetapkanPada() + " by "
                            + s.get().getDitetapkanOleh() + "; that year's budget is locked.");
        }
    }

    private static TingkatAnggaran tingkat(ValidasiGagalException.Pengumpul g, String teks) {
        if (kosong(teks)) {
            wajib(g, "tingkat");
            return null;
        }
        try {
            return TingkatAnggaran.valueOf(teks.strip().toUpperCase(Locale.ROOT).replace('-', '_'));
        } catch (IllegalArgumentException e) {
            g.tambah("tingkat", teks, "Tingkat harus PROGRAM, KEGIATAN atau SUB_KEGIATAN.",
                    "The level must be PROGRAM, KEGIATAN or SUB_KEGIATAN.");
            return null;
        }
    }

    /** The parent: required below program, absent for a program, of the same year and one level up. */
    private PosAnggaran induk(ValidasiGagalException.Pengumpul g, String teks, Integer tahun, TingkatAnggaran tingkat) {
        if (kosong(teks)) {
            g.jika(tingkat != null && tingkat != TingkatAnggaran.PROGRAM, "induk", teks,
                    "Induk wajib diisi untuk " + nama(tingkat) + ".", "The parent is required for a " + nama(tingkat) + ".");
            return null;
        }
        if (tingkat == TingkatAnggaran.PROGRAM) {
            g.tambah("induk", teks, "Program tidak memiliki induk.", "A program has no parent.");
            return null;
        }
        Optional<PosAnggaran> induk = uuid(teks).flatMap(anggaran::cari);
        if (induk.isEmpty()) {
            g.tambah("induk", teks, "Pos anggaran induk tidak ditemukan di pemda Anda.",
                    "The parent budget line was not found in your pemda.");
            return null;
        }
        PosAnggaran p = induk.get();
        if (tahun != null && p.getTahun() != tahun) {
            g.tambah("induk", teks, "Induk " + p.getKode() + " adalah pos tahun " + p.getTahun() + ", bukan " + tahun + ".",
                    "Parent " + p.getKode() + " is a line of " + p.getTahun() + ", not " + tahun + ".");
        }
        if (tingkat != null && !p.getTingkat().indukYangSahUntuk(tingkat)) {
            g.tambah("induk", teks, "Induk " + p.getKode() + " adalah " + nama(p.getTingkat()) + "; induk " + nama(tingkat)
                    + " harus " + nama(TingkatAnggaran.values()[tingkat.ordinal() - 1]) + ".",
                    "Parent " + p.getKode() + " is a " + nama(p.getTingkat()) + "; a " + nama(tingkat) + "'s parent must be a "
                            + nama(TingkatAnggaran.values()[tingkat.ordinal() - 1]) + ".");
        }
        return p;
    }

    /**
     * The Permendagri 90/2019 code where given: the level's shape, and extending the parent's code; null when absent
     * or refused (the refusal is collected).
     */
    private static String kodePermendagri(ValidasiGagalException.Pengumpul g, String teks, TingkatAnggaran tingkat,
            PosAnggaran induk) {
        if (kosong(teks)) {
            return null;
        }
        String kode = teks.strip();
        if (tingkat != null && !KodePermendagri.sah(tingkat, kode)) {
            kode = null;
            g.tambah("kodePermendagri", teks, "Kode Permendagri 90/2019 untuk " + nama(tingkat) + " berbentuk "
                            + KodePermendagri.bentuk(tingkat) + " (angka), mis. " + contoh(tingkat) + ".",
                    "A Permendagri 90/2019 code of a " + nama(tingkat) + " has the shape " + KodePermendagri.bentuk(tingkat)
                            + " (digits), e.g. " + contoh(tingkat) + ".");
        } else if (induk != null && induk.getKodePermendagri().isPresent()
                && !KodePermendagri.turunanDari(kode, induk.getKodePermendagri().get())) {
            kode = null;
            g.tambah("kodePermendagri", teks, "Kode harus diawali kode induknya " + induk.getKodePermendagri().get() + ".",
                    "The code must begin with its parent's code " + induk.getKodePermendagri().get() + ".");
        }
        return kode;
    }

    private static String contoh(TingkatAnggaran tingkat) {
        return switch (tingkat) {
            case PROGRAM -> "4.01.02";
            case KEGIATAN -> "4.01.02.2.01";
            case SUB_KEGIATAN -> "4.01.02.2.01.01";
        };
    }

    private static String nama(ValidasiGagalException.Pengumpul g, String teks) {
        if (kosong(teks)) {
            wajib(g, "nama");
            return null;
        }
        return teks.strip();
    }

    private UnitOrganisasi unit(ValidasiGagalException.Pengumpul g, String kode) {
        if (kosong(kode)) {
            return null;
        }
        Optional<UnitOrganisasi> u = unit.cariKode(kode.strip());
        g.jika(u.isEmpty(), "unit", kode, "Unit organisasi " + kode + " tidak ditemukan di pemda Anda.",
                "Organisation unit " + kode + " was not found in your pemda.");
        return u.orElse(null);
    }

    /** The sasaran to link, each of the caller's pemda; duplicates count once. */
    private List<Sasaran> sasaran(ValidasiGagalException.Pengumpul g, List<String> ids) {
        if (ids == null) {
            return List.of();
        }
        Map<UUID, Sasaran> hasil = new LinkedHashMap<>();
        for (int n = 0; n < ids.size(); n++) {
            String teks = ids.get(n);
            Optional<Sasaran> s = uuid(teks).flatMap(anggaran::sasaran);
            if (s.isEmpty()) {
                g.tambah("sasaran[" + n + "]", teks, "Sasaran tidak ditemukan di pemda Anda.",
                        "The sasaran was not found in your pemda.");
            } else {
                hasil.putIfAbsent(s.get().getId(), s.get());
            }
        }
        return List.copyOf(hasil.values());
    }

    /**
     * A Rupiah amount in Indonesian notation ("1.234.567,89", "Rp 1.234.567,-"): not negative, at most two decimals
     * (sen), never a percentage; unreadable or ambiguous notation is refused, never guessed (AngkaParser).
     */
    private static BigDecimal rupiah(ValidasiGagalException.Pengumpul g, String field, String teks, boolean wajib) {
        if (kosong(teks)) {
            if (wajib) {
                wajib(g, field);
            }
            return null;
        }
        AngkaTercetak angka;
        try {
            angka = AngkaParser.parse(teks, KonteksAngka.RUPIAH);
        } catch (AngkaTidakTerbacaException e) {
            g.tambah(field, teks, "Bukan jumlah Rupiah yang terbaca: " + e.getMessage() + ".",
                    "Not a readable Rupiah amount; write it in Indonesian notation, e.g. 1.234.567,89.");
            return null;
        }
        BigDecimal nilai = angka.nilai();
        if (angka.persen()) {
            g.tambah(field, teks, "Jumlah Rupiah tidak berupa persen.", "A Rupiah amount is not a percentage.");
        } else if (nilai.signum() < 0) {
            g.tambah(field, teks, "Jumlah Rupiah tidak boleh negatif.", "A Rupiah amount cannot be negative.");
        } else if (nilai.stripTrailingZeros().scale() > 2) {
            g.tambah(field, teks, "Jumlah Rupiah paling banyak dua angka desimal (sen).",
                    "A Rupiah amount has at most two decimals (sen).");
        } else {
            return nilai;
        }
        return null;
    }

    private static void wajib(ValidasiGagalException.Pengumpul g, String field) {
        g.tambah(field, null, "Wajib diisi.", "Required.");
    }

    private static Optional<UUID> uuid(String teks) {
        if (teks == null) {
            return Optional.empty();
        }
        try {
            return Optional.of(UUID.fromString(teks.strip()));
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }

    private static boolean kosong(String teks) {
        return teks == null || teks.isBlank();
    }

    private static String teks(String teks) {
        return kosong(teks) ? null : teks.strip();
    }

    private static String nama(TingkatAnggaran t) {
        return t == null ? "pos" : t.name().toLowerCase(Locale.ROOT).replace('_', '-');
    }

    private static String rp(BigDecimal nilai) {
        return PohonAnggaran.Rupiah.dari(nilai).tampil();
    }

    private void gantiKaitanSasaran(PosAnggaran pos, List<Sasaran> sasaran) {
        Set<UUID> baru = new LinkedHashSet<>();
        sasaran.forEach(s -> baru.add(s.getId()));
        Set<UUID> ada = new LinkedHashSet<>();
        for (KaitanAnggaran k : anggaran.kaitan(pos)) {
            if (k.getSasaran().isEmpty()) {
                continue;
            }
            UUID s = k.getSasaran().get().getId();
            if (!baru.contains(s) || !ada.add(s)) {
                anggaran.hapus(k);
            }
        }
        sasaran.stream().filter(s -> !ada.contains(s.getId())).forEach(s -> anggaran.simpan(new KaitanAnggaran(pos, s, null)));
    }

    // ---------------------------------------------------------------- reading

    /** One line with its subtree, from the year's tree. */
    private PohonAnggaran.Simpul tampil(PosAnggaran pos) {
        return cari(susunPohon(pos.getTahun()).program(), pos.getId().toString()).orElseThrow(() ->
                new IllegalStateException("pos " + pos.getKode() + " tidak ada di pohon tahun " + pos.getTahun()));
    }

    private static Optional<PohonAnggaran.Simpul> cari(List<PohonAnggaran.Simpul> simpul, String id) {
        for (PohonAnggaran.Simpul s : simpul) {
            if (s.id().equals(id)) {
                return Optional.of(s);
            }
            Optional<PohonAnggaran.Simpul> di = cari(s.anak(), id);
            if (di.isPresent()) {
                return di;
            }
        }
        return Optional.empty();
    }

    private PohonAnggaran susunPohon(int tahun) {
        List<PosAnggaran> semua = anggaran.perTahun(tahun);
        if (semua.isEmpty()) {
            Optional<SnapshotKinerja> s = snapshot.untukTahun(tahun);
            return new PohonAnggaran(kodePemda(), tahun, s.isPresent() ? "snapshot" : "langsung", s.isPresent(),
                    s.map(x -> x.getDitetapkanPada().toString()).orElse(null), List.of(), null, List.of());
        }
        KinerjaBersumber kb = ukur(tahun);
        KinerjaAnggaran angka = kb.kinerja().anggaran();
        Map<String, KinerjaAnggaran.Pos> perKode = new HashMap<>();
        if (angka != null) {
            angka.pos().forEach(p -> perKode.put(p.kode(), p));
        }
        Map<UUID, List<PosAnggaran>> anak = new HashMap<>();
        List<PosAnggaran> akar = new ArrayList<>();
        for (PosAnggaran p : semua) {
            Optional<PosAnggaran> induk = p.getInduk();
            if (induk.isPresent()) {
                anak.computeIfAbsent(induk.get().getId(), x -> new ArrayList<>()).add(p);
            } else {
                akar.add(p);
            }
        }
        Map<UUID, List<KaitanAnggaran>> kaitan = new HashMap<>();
        anggaran.kaitanPerTahun(tahun).forEach(k -> kaitan.computeIfAbsent(k.getPosAnggaran().getId(), x -> new ArrayList<>()).add(k));
        List<PohonAnggaran.Simpul> program = akar.stream().sorted(Comparator.comparing(PosAnggaran::getKode))
                .map(p -> simpul(p, anak, kaitan, perKode)).toList();
        List<String> tanpaKaitan = semua.stream().filter(p -> !kaitan.containsKey(p.getId())).map(PosAnggaran::getKode).toList();
        KinerjaAnggaran.Pos t = angka == null ? null : angka.total();
        PohonAnggaran.Jumlah total = t == null ? null : new PohonAnggaran.Jumlah(PohonAnggaran.Rupiah.dari(t.paguMurni()),
                PohonAnggaran.Rupiah.dari(t.paguPerubahan()), PohonAnggaran.Rupiah.dari(t.pagu()),
                PohonAnggaran.Rupiah.dari(t.realisasi()), t.serapan());
        return new PohonAnggaran(kb.kinerja().pemda(), tahun, kb.asal(), kb.ditetapkan(),
                kb.penetapan().map(p -> p.ditetapkanPada().toString()).orElse(null), program, total, tanpaKaitan);
    }

    private static PohonAnggaran.Simpul simpul(PosAnggaran p, Map<UUID, List<PosAnggaran>> anak,
            Map<UUID, List<KaitanAnggaran>> kaitan, Map<String, KinerjaAnggaran.Pos> angka) {
        KinerjaAnggaran.Pos a = angka.get(p.getKode());
        List<PohonAnggaran.Triwulan> triwulan = new ArrayList<>();
        for (int t = 1; t <= 4; t++) {
            triwulan.add(new PohonAnggaran.Triwulan(t, PohonAnggaran.Rupiah.dari(p.getRealisasiTriwulan(t).orElse(null))));
        }
        List<KaitanAnggaran> k = kaitan.getOrDefault(p.getId(), List.of());
        List<PohonAnggaran.Terkait> sasaran = k.stream().flatMap(x -> x.getSasaran().stream()).distinct()
                .map(s -> new PohonAnggaran.Terkait(s.getId().toString(), s.getKode(), s.getTeks()))
                .sorted(Comparator.comparing(PohonAnggaran.Terkait::kode)).toList();
        List<PohonAnggaran.Terkait> indikator = k.stream().flatMap(x -> x.getIndikator().stream()).distinct()
                .map(AnggaranServiceImpl::terkait).sorted(Comparator.comparing(PohonAnggaran.Terkait::kode)).toList();
        List<PohonAnggaran.Simpul> rincian = anak.getOrDefault(p.getId(), List.of()).stream()
                .sorted(Comparator.comparing(PosAnggaran::getKode)).map(c -> simpul(c, anak, kaitan, angka)).toList();
        return new PohonAnggaran.Simpul(p.getId().toString(), p.getVersi(), p.getKode(), p.getKodePermendagri().orElse(null),
                p.getTingkat().name(), p.getNama(), p.getInduk().map(x -> x.getId().toString()).orElse(null),
                p.getUnit().map(UnitOrganisasi::getKode).orElse(null), p.getIndikatorKeluaran(),
                PohonAnggaran.Rupiah.dari(p.getPaguMurni()), PohonAnggaran.Rupiah.dari(p.getPaguPerubahan().orElse(null)),
                PohonAnggaran.Rupiah.dari(a == null ? p.pagu() : a.pagu()),
                PohonAnggaran.Rupiah.dari(a == null ? p.getRealisasi().orElse(null) : a.realisasi()), triwulan,
                a == null ? null : a.serapan(), sasaran, indikator, rincian);
    }

    private static PohonAnggaran.Terkait terkait(IndikatorKinerja i) {
        return new PohonAnggaran.Terkait(i.getId().toString(), i.getKode(), i.getNama());
    }
}
