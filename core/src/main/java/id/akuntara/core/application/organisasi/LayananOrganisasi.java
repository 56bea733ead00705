package id.akuntara.core.application.organisasi;

import id.akuntara.core.akses.Akses;
import id.akuntara.core.akses.Peran;
import id.akuntara.core.domain.bersama.AturanDilanggarException;
import id.akuntara.core.domain.kepegawaian.JenisPenugasan;
import id.akuntara.core.domain.kepegawaian.KepegawaianRepository;
import id.akuntara.core.domain.kepegawaian.Nip;
import id.akuntara.core.domain.kepegawaian.Pegawai;
import id.akuntara.core.domain.kepegawaian.Penugasan;
import id.akuntara.core.domain.organisasi.Jabatan;
import id.akuntara.core.domain.organisasi.JenisJabatan;
import id.akuntara.core.domain.organisasi.JenisUnit;
import id.akuntara.core.domain.organisasi.PerubahanUnit;
import id.akuntara.core.domain.organisasi.Restrukturisasi;
import id.akuntara.core.domain.organisasi.UnitOrganisasi;
import id.akuntara.core.domain.organisasi.UnitOrganisasiRepository;
import id.akuntara.core.galat.TidakDitemukanException;
import id.akuntara.core.galat.ValidasiGagalException;
import id.akuntara.core.tenancy.PenggunaSaatIni;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * The organisation chart use cases over the domain repositories ({@link OrganisasiService} states the rules). Every
 * write loads the record named in the address first (another pemda's code is simply not found, before the input is
 * looked at), then checks the input as a whole (every invalid field at once), then the chart's rules, and only then
 * writes; a refusal leaves nothing written (the transaction rolls back).
 */
@RequestScoped
@Transactional
public class LayananOrganisasi implements OrganisasiService {

    private static final String[] STAF = {Peran.ADMIN_PEMDA, Peran.OPERATOR, Peran.VERIFIKATOR, Peran.PIMPINAN};
    static final Pattern KODE = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._-]{0,49}");
    private static final int PANJANG_NAMA = 200;

    private UnitOrganisasiRepository unit;
    private KepegawaianRepository kepegawaian;
    private PenggunaSaatIni pengguna;

    protected LayananOrganisasi() {
        // for the CDI proxy
    }

    @Inject
    public LayananOrganisasi(UnitOrganisasiRepository unit, KepegawaianRepository kepegawaian, PenggunaSaatIni pengguna) {
        this.unit = unit;
        this.kepegawaian = kepegawaian;
        this.pengguna = pengguna;
    }

    // ------------------------------------------------------------------------------------------------ reading

    @Override
    public StrukturOrganisasi struktur(LocalDate tanggal) {
        Akses.wajib(pengguna, STAF);
        LocalDate t = tanggal == null ? LocalDate.now() : tanggal;
        List<UnitOrganisasi> berlaku = unit.berlakuPada(t);
        Set<UnitOrganisasi> ada = new HashSet<>(berlaku);
        Map<String, List<StrukturOrganisasi.Pemegang>> pemegang = new LinkedHashMap<>();
        for (Penugasan p : kepegawaian.penugasanAktifPada(t)) {
            pemegang.computeIfAbsent(p.getJabatan().getKode(), k -> new ArrayList<>()).add(pemegang(p));
        }
        Map<UnitOrganisasi, List<StrukturOrganisasi.JabatanStruktur>> jabatanUnit = new LinkedHashMap<>();
        List<StrukturOrganisasi.JabatanStruktur> tanpaUnit = new ArrayList<>();
        for (Jabatan j : kepegawaian.semuaJabatan()) {
            StrukturOrganisasi.JabatanStruktur js = new StrukturOrganisasi.JabatanStruktur(j.getKode(), j.getNama(),
                    j.getJenis().name(), j.getEselon(), pemegang.getOrDefault(j.getKode(), List.of()));
            Optional<UnitOrganisasi> u = j.getUnit();
            if (u.isEmpty()) {
                tanpaUnit.add(js);
            } else if (ada.contains(u.get())) {
                jabatanUnit.computeIfAbsent(u.get(), k -> new ArrayList<>()).add(js);
            }
        }
        Map<UnitOrganisasi, List<UnitOrganisasi>> anak = new LinkedHashMap<>();
        List<UnitOrganisasi> akar = new ArrayList<>();
        for (UnitOrganisasi u : berlaku) {
            Optional<UnitOrganisasi> induk = u.getInduk().filter(ada::contains);
            if (induk.isPresent()) {
                anak.computeIfAbsent(induk.get(), k -> new ArrayList<>()).add(u);
            } else {
                akar.add(u);
            }
        }
        List<StrukturOrganisasi.UnitStruktur> pohon = akar.stream().map(u -> simpul(u, anak, jabatanUnit)).toList();
        return new StrukturOrganisasi(t.toString(), pohon, tanpaUnit);
    }

    private static StrukturOrganisasi.UnitStruktur simpul(UnitOrganisasi u, Map<UnitOrganisasi, List<UnitOrganisasi>> anak,
            Map<UnitOrganisasi, List<StrukturOrganisasi.JabatanStruktur>> jabatan) {
        List<StrukturOrganisasi.UnitStruktur> sub = anak.getOrDefault(u, List.of()).stream()
                .sorted(Comparator.comparing(UnitOrganisasi::getKode)).map(a -> simpul(a, anak, jabatan)).toList();
        return unitStruktur(u, jabatan.getOrDefault(u, List.of()), sub);
    }

    private static StrukturOrganisasi.UnitStruktur unitStruktur(UnitOrganisasi u,
            List<StrukturOrganisasi.JabatanStruktur> jabatan, List<StrukturOrganisasi.UnitStruktur> anak) {
        return new StrukturOrganisasi.UnitStruktur(u.getKode(), u.getNama(), u.getJenis().name(),
                u.getInduk().map(UnitOrganisasi::getKode).orElse(null), u.getBerlakuMulai().toString(),
                u.getBerlakuSampai().map(LocalDate::toString).orElse(null), u.getDasarHukum(), jabatan, anak);
    }

    @Override
    public List<PerubahanStruktur> riwayat() {
        Akses.wajib(pengguna, STAF);
        return unit.semuaPerubahan().stream().map(LayananOrganisasi::perubahan).toList();
    }

    // ------------------------------------------------------------------------------------------------ units

    @Override
    public StrukturOrganisasi.UnitStruktur buatUnit(Permintaan.UnitBaru permintaan) {
        Akses.wajib(pengguna, Peran.ADMIN_PEMDA);
        Permintaan.UnitBaru q = permintaan != null ? permintaan : new Permintaan.UnitBaru(null, null, null, null, null, null);
        ValidasiGagalException.Pengumpul g = new ValidasiGagalException.Pengumpul();
        String kode = kodeUnitBaru(q.kode(), "kode", g, new HashSet<>());
        String nama = nama(q.nama(), "nama", g);
        JenisUnit jenis = pilihan(q.jenis(), JenisUnit.class, "jenis", g);
        LocalDate mulai = tanggal(q.berlakuMulai(), "berlakuMulai", g);
        UnitOrganisasi induk = null;
        if (q.induk() != null && !q.induk().isBlank()) {
            induk = unit.cariKode(q.induk().strip()).orElse(null);
            g.jika(induk == null, "induk", q.induk(), "Unit induk " + q.induk() + " tidak ditemukan.",
                    "Parent unit " + q.induk() + " not found.");
            if (induk != null && mulai != null) {
                indukBerlaku(induk, mulai, "induk", g);
            }
        }
        String dasar = dasarHukum(q.dasarHukum(), g);
        g.periksa();
        UnitOrganisasi baru = new UnitOrganisasi(kode, nama, jenis, induk, mulai, List.of(), dasar);
        unit.simpan(baru);
        return unitStruktur(baru, List.of(), List.of());
    }

    @Override
    public List<PerubahanStruktur> gantiNama(String kode, Permintaan.GantiNama permintaan) {
        Akses.wajib(pengguna, Peran.ADMIN_PEMDA);
        UnitOrganisasi lama = muatUnit(kode);
        Permintaan.GantiNama q = permintaan != null ? permintaan : new Permintaan.GantiNama(null, null, null, null, null);
        ValidasiGagalException.Pengumpul g = new ValidasiGagalException.Pengumpul();
        String kodeBaru = kodeUnitBaru(q.kodeBaru(), "kodeBaru", g, new HashSet<>());
        String nama = nama(q.namaBaru(), "namaBaru", g);
        LocalDate tanggal = tanggalPerubahan(q.tanggal(), lama, g);
        UnitOrganisasi induk = lama.getInduk().orElse(null);
        if (q.indukBaru() != null && !q.indukBaru().isBlank()) {
            induk = unit.cariKode(q.indukBaru().strip()).orElse(null);
            g.jika(induk == null, "indukBaru", q.indukBaru(), "Unit induk " + q.indukBaru() + " tidak ditemukan.",
                    "Parent unit " + q.indukBaru() + " not found.");
            g.jika(induk == lama, "indukBaru", q.indukBaru(), "Unit tidak dapat menjadi induk dirinya sendiri.",
                    "A unit cannot be its own parent.");
            if (induk != null && induk != lama && tanggal != null) {
                indukBerlaku(induk, tanggal, "indukBaru", g);
            }
        }
        g.jika(nama != null && nama.equals(lama.getNama()) && induk == lama.getInduk().orElse(null), "namaBaru", q.namaBaru(),
                "Nama dan induk sama dengan yang berlaku; tidak ada yang berubah.",
                "The name and parent are those in force; nothing changes.");
        String dasar = dasarHukum(q.dasarHukum(), g);
        g.periksa();
        dapatDiakhiri(lama, tanggal);
        Restrukturisasi.HasilRestrukturisasi hasil = Restrukturisasi.teruskan(lama, kodeBaru, nama, induk, tanggal, dasar);
        hasil.unitBaru().forEach(unit::simpan);
        hasil.perubahan().forEach(unit::simpan);
        return hasil.perubahan().stream().map(LayananOrganisasi::perubahan).toList();
    }

    @Override
    public List<PerubahanStruktur> pecah(String kode, Permintaan.Pecah permintaan) {
        Akses.wajib(pengguna, Peran.ADMIN_PEMDA);
        UnitOrganisasi asal = muatUnit(kode);
        Permintaan.Pecah q = permintaan != null ? permintaan : new Permintaan.Pecah(null, null, null);
        ValidasiGagalException.Pengumpul g = new ValidasiGagalException.Pengumpul();
        List<Permintaan.Hasil> daftar = q.hasil() == null ? List.of() : q.hasil();
        g.jika(daftar.size() < 2, "hasil", daftar.size(), "Pemecahan menghasilkan paling sedikit dua unit baru.",
                "A split gives at least two new units.");
        Set<String> dipakai = new HashSet<>();
        List<String[]> baru = new ArrayList<>();
        for (int i = 0; i < daftar.size(); i++) {
            Permintaan.Hasil h = daftar.get(i) != null ? daftar.get(i) : new Permintaan.Hasil(null, null);
            baru.add(new String[] {kodeUnitBaru(h.kode(), "hasil[" + i + "].kode", g, dipakai),
                nama(h.nama(), "hasil[" + i + "].nama", g)});
        }
        LocalDate tanggal = tanggalPerubahan(q.tanggal(), asal, g);
        String dasar = dasarHukum(q.dasarHukum(), g);
        g.periksa();
        dapatDiakhiri(asal, tanggal);
        List<UnitOrganisasi> hasil = baru.stream().map(b -> new UnitOrganisasi(b[0], b[1], asal.getJenis(),
                asal.getInduk().orElse(null), tanggal, List.of(), dasar)).toList();
        List<PerubahanUnit> perubahan = Restrukturisasi.pecah(asal, hasil, tanggal, dasar);
        hasil.forEach(unit::simpan);
        perubahan.forEach(unit::simpan);
        return perubahan.stream().map(LayananOrganisasi::perubahan).toList();
    }

    @Override
    public List<PerubahanStruktur> gabung(String kode, Permintaan.Gabung permintaan) {
        Akses.wajib(pengguna, Peran.ADMIN_PEMDA);
        UnitOrganisasi pertama = muatUnit(kode);
        Permintaan.Gabung q = permintaan != null ? permintaan : new Permintaan.Gabung(null, null, null, null, null);
        ValidasiGagalException.Pengumpul g = new ValidasiGagalException.Pengumpul();
        List<UnitOrganisasi> asal = new ArrayList<>(List.of(pertama));
        List<String> lainnya = q.lainnya() == null ? List.of() : q.lainnya();
        g.jika(lainnya.isEmpty(), "lainnya", null, "Sebutkan paling sedikit satu unit lain yang digabungkan.",
                "Name at least one other unit to merge.");
        LocalDate tanggal = tanggalPerubahan(q.tanggal(), pertama, g);
        for (int i = 0; i < lainnya.size(); i++) {
            String k = lainnya.get(i) == null ? "" : lainnya.get(i).strip();
            Optional<UnitOrganisasi> u = unit.cariKode(k);
            String field = "lainnya[" + i + "]";
            if (u.isEmpty()) {
                g.tambah(field, lainnya.get(i), "Unit " + k + " tidak ditemukan.", "Unit " + k + " not found.");
            } else if (asal.contains(u.get())) {
                g.tambah(field, k, "Unit " + k + " disebut dua kali.", "Unit " + k + " is named twice.");
            } else {
                asal.add(u.get());
                if (tanggal != null && !(tanggal.isAfter(u.get().getBerlakuMulai()) && u.get().berlakuPada(tanggal))) {
                    g.tambah(field, k, "Unit " + k + " tidak berlaku pada " + tanggal + " (berlaku " + masa(u.get()) + ").",
                            "Unit " + k + " is not in force on " + tanggal + ".");
                }
            }
        }
        String kodeBaru = kodeUnitBaru(q.kodeBaru(), "kodeBaru", g, new HashSet<>());
        String nama = nama(q.namaBaru(), "namaBaru", g);
        String dasar = dasarHukum(q.dasarHukum(), g);
        g.periksa();
        asal.forEach(u -> dapatDiakhiri(u, tanggal));
        UnitOrganisasi hasil = new UnitOrganisasi(kodeBaru, nama, pertama.getJenis(), pertama.getInduk().orElse(null),
                tanggal, asal.stream().map(UnitOrganisasi::getNama).distinct().toList(), dasar);
        List<PerubahanUnit> perubahan = Restrukturisasi.gabungkan(asal, hasil, tanggal, dasar);
        unit.simpan(hasil);
        perubahan.forEach(unit::simpan);
        return perubahan.stream().map(LayananOrganisasi::perubahan).toList();
    }

    @Override
    public List<PerubahanStruktur> tutup(String kode, Permintaan.Tutup permintaan) {
        Akses.wajib(pengguna, Peran.ADMIN_PEMDA);
        UnitOrganisasi lama = muatUnit(kode);
        Permintaan.Tutup q = permintaan != null ? permintaan : new Permintaan.Tutup(null, null);
        ValidasiGagalException.Pengumpul g = new ValidasiGagalException.Pengumpul();
        LocalDate tanggal = tanggalPerubahan(q.tanggal(), lama, g);
        String dasar = dasarHukum(q.dasarHukum(), g);
        g.periksa();
        dapatDiakhiri(lama, tanggal);
        PerubahanUnit p = Restrukturisasi.bubarkan(lama, tanggal, dasar);
        unit.simpan(p);
        return List.of(perubahan(p));
    }

    private UnitOrganisasi muatUnit(String kode) {
        return (kode == null ? Optional.<UnitOrganisasi>empty() : unit.cariKode(kode)).orElseThrow(() ->
                new TidakDitemukanException("Unit " + kode + " tidak ada di pemda Anda.",
                        "Unit " + kode + " does not exist in your pemda."));
    }

    /** The effective date of a move on {@code lama}: required, after the version's start. */
    private static LocalDate tanggalPerubahan(String teks, UnitOrganisasi lama, ValidasiGagalException.Pengumpul g) {
        LocalDate t = tanggal(teks, "tanggal", g);
        if (t != null && !t.isAfter(lama.getBerlakuMulai())) {
            g.tambah("tanggal", teks, "Tanggal berlaku harus sesudah unit " + lama.getKode() + " mulai berlaku ("
                    + lama.getBerlakuMulai() + ").", "The effective date must be after unit " + lama.getKode()
                    + " started (" + lama.getBerlakuMulai() + ").");
            return null;
        }
        return t;
    }

    /** A version can end on {@code tanggal}: still in force, and no sub-unit in force on or after that day. */
    private void dapatDiakhiri(UnitOrganisasi u, LocalDate tanggal) {
        u.getBerlakuSampai().ifPresent(s -> {
            throw new AturanDilanggarException("Unit " + u.getKode() + " (" + u.getNama() + ") sudah berakhir pada " + s
                    + "; perubahan dicatat pada versi penggantinya.", "Unit " + u.getKode() + " already ended on " + s
                    + "; record the change on its successor.");
        });
        List<UnitOrganisasi> anak = unit.anakBerlakuSejak(u, tanggal);
        if (!anak.isEmpty()) {
            String daftar = anak.stream().map(a -> a.getKode() + " (" + a.getNama() + ")").collect(Collectors.joining(", "));
            throw new AturanDilanggarException("Unit " + u.getKode() + " masih membawahi unit yang berlaku sesudah " + tanggal
                    + ": " + daftar + ". Pindahkan atau akhiri unit bawahannya lebih dulu.", "Unit " + u.getKode()
                    + " still has sub-units in force after " + tanggal + ": " + daftar + ". Move or end them first.");
        }
    }

    private static void indukBerlaku(UnitOrganisasi induk, LocalDate tanggal, String field, ValidasiGagalException.Pengumpul g) {
        g.jika(!induk.berlakuPada(tanggal), field, induk.getKode(), "Unit induk " + induk.getKode() + " tidak berlaku pada "
                + tanggal + " (berlaku " + masa(induk) + ").", "Parent unit " + induk.getKode() + " is not in force on "
                + tanggal + ".");
    }

    private String kodeUnitBaru(String teks, String field, ValidasiGagalException.Pengumpul g, Set<String> dipakai) {
        String k = kode(teks, field, g);
        if (k != null) {
            if (unit.cariKode(k).isPresent() || !dipakai.add(k)) {
                g.tambah(field, teks, "Kode unit " + k + " sudah dipakai; setiap versi unit mendapat kode sendiri.",
                        "Unit code " + k + " is taken; each unit version gets its own code.");
                return null;
            }
        }
        return k;
    }

    // ------------------------------------------------------------------------------------------------ people

    @Override
    public StrukturOrganisasi.JabatanStruktur buatJabatan(Permintaan.JabatanBaru permintaan) {
        Akses.wajib(pengguna, Peran.ADMIN_PEMDA);
        Permintaan.JabatanBaru q = permintaan != null ? permintaan : new Permintaan.JabatanBaru(null, null, null, null, null);
        ValidasiGagalException.Pengumpul g = new ValidasiGagalException.Pengumpul();
        String kode = kode(q.kode(), "kode", g);
        if (kode != null && kepegawaian.cariJabatan(kode).isPresent()) {
            g.tambah("kode", q.kode(), "Kode jabatan " + kode + " sudah dipakai.", "Position code " + kode + " is taken.");
        }
        String nama = nama(q.nama(), "nama", g);
        JenisJabatan jenis = pilihan(q.jenis(), JenisJabatan.class, "jenis", g);
        UnitOrganisasi u = null;
        if (q.unit() != null && !q.unit().isBlank()) {
            u = unit.cariKode(q.unit().strip()).orElse(null);
            g.jika(u == null, "unit", q.unit(), "Unit " + q.unit() + " tidak ditemukan.", "Unit " + q.unit() + " not found.");
            g.jika(u != null && u.getBerlakuSampai().isPresent(), "unit", q.unit(), "Unit " + q.unit()
                    + " sudah berakhir; buat jabatan pada unit penggantinya.", "Unit " + q.unit() + " has ended.");
        } else {
            g.jika(jenis != null && jenis != JenisJabatan.KEPALA_DAERAH, "unit", null,
                    "Unit wajib diisi (hanya kepala daerah yang tanpa unit).", "The unit is required (only the head of"
                            + " region has none).");
        }
        String eselon = q.eselon() == null || q.eselon().isBlank() ? null : q.eselon().strip();
        g.jika(eselon != null && !eselon.matches("[IV]{1,3}(\\.[ab])?"), "eselon", q.eselon(),
                "Eselon ditulis seperti II.a, III.b atau IV.", "Write the eselon as II.a, III.b or IV.");
        g.periksa();
        Jabatan j = new Jabatan(kode, nama, jenis, u, eselon);
        kepegawaian.simpan(j);
        return new StrukturOrganisasi.JabatanStruktur(j.getKode(), j.getNama(), j.getJenis().name(), j.getEselon(), List.of());
    }

    @Override
    public PegawaiRingkas tambahPegawai(Permintaan.PegawaiBaru permintaan) {
        Akses.wajib(pengguna, Peran.ADMIN_PEMDA);
        Permintaan.PegawaiBaru q = permintaan != null ? permintaan : new Permintaan.PegawaiBaru(null, null, null, null, null);
        ValidasiGagalException.Pengumpul g = new ValidasiGagalException.Pengumpul();
        String nama = nama(q.nama(), "nama", g);
        String nip = null;
        if (q.nip() != null && !q.nip().isBlank()) {
            String digit = Nip.normalkan(q.nip());
            List<String> salah = Nip.periksa(digit);
            for (String s : salah) {
                g.tambah("nip", q.nip(), "NIP tidak sah: " + s + ".", "The NIP is not valid (Perka BKN 22/2007): " + s + ".");
            }
            if (salah.isEmpty()) {
                nip = digit;
                Optional<Pegawai> ada = kepegawaian.cariNip(new Nip(digit));
                if (ada.isPresent()) {
                    g.tambah("nip", q.nip(), "NIP " + new Nip(digit).tampil() + " sudah terdaftar untuk " + ada.get().getNama()
                            + " (kode " + ada.get().getKode() + ").", "NIP already registered for " + ada.get().getNama() + ".");
                }
            }
        }
        String kode;
        if (q.kode() != null && !q.kode().isBlank()) {
            kode = kode(q.kode(), "kode", g);
        } else {
            kode = nip;
            g.jika(nip == null && (q.nip() == null || q.nip().isBlank()), "kode", null,
                    "Kode pegawai wajib diisi bila tidak ada NIP.", "The pegawai code is required without a NIP.");
        }
        if (kode != null && kepegawaian.cariPegawai(kode).isPresent()) {
            g.tambah("kode", kode, "Kode pegawai " + kode + " sudah dipakai.", "Pegawai code " + kode + " is taken.");
        }
        g.periksa();
        Pegawai p = new Pegawai(kode, nama, nip, kosong(q.pangkat()), kosong(q.golongan()), null);
        kepegawaian.simpan(p);
        return new PegawaiRingkas(p.getKode(), p.getNama(), p.getNip().map(Nip::tampil).orElse(null),
                p.getJenisKelamin().map(Enum::name).orElse(null), p.getPangkat(), p.getGolongan());
    }

    @Override
    public StrukturOrganisasi.Pemegang tugaskan(Permintaan.Penugasan permintaan) {
        Akses.wajib(pengguna, Peran.ADMIN_PEMDA);
        Permintaan.Penugasan q = permintaan != null ? permintaan
                : new Permintaan.Penugasan(null, null, null, null, null, null, null);
        ValidasiGagalException.Pengumpul g = new ValidasiGagalException.Pengumpul();
        String kode = kode(q.kode(), "kode", g);
        if (kode != null && kepegawaian.cariPenugasan(kode).isPresent()) {
            g.tambah("kode", q.kode(), "Kode penugasan " + kode + " sudah dipakai.", "Assignment code " + kode + " is taken.");
        }
        Pegawai pegawai = null;
        if (q.pegawai() == null || q.pegawai().isBlank()) {
            g.tambah("pegawai", null, "Pegawai wajib diisi (kode atau NIP).", "The pegawai (code or NIP) is required.");
        } else {
            pegawai = kepegawaian.cariPegawai(q.pegawai().strip()).or(() -> {
                String d = Nip.normalkan(q.pegawai());
                return Nip.periksa(d).isEmpty() ? kepegawaian.cariNip(new Nip(d)) : Optional.empty();
            }).orElse(null);
            g.jika(pegawai == null, "pegawai", q.pegawai(), "Pegawai " + q.pegawai() + " tidak ditemukan.",
                    "Pegawai " + q.pegawai() + " not found.");
        }
        Jabatan jabatan = null;
        if (q.jabatan() == null || q.jabatan().isBlank()) {
            g.tambah("jabatan", null, "Jabatan wajib diisi.", "The position is required.");
        } else {
            jabatan = kepegawaian.cariJabatan(q.jabatan().strip()).orElse(null);
            g.jika(jabatan == null, "jabatan", q.jabatan(), "Jabatan " + q.jabatan() + " tidak ditemukan.",
                    "Position " + q.jabatan() + " not found.");
        }
        JenisPenugasan jenis = pilihan(q.jenis(), JenisPenugasan.class, "jenis", g);
        LocalDate mulai = tanggal(q.mulai(), "mulai", g);
        LocalDate selesai = q.selesai() == null || q.selesai().isBlank() ? null : tanggal(q.selesai(), "selesai", g);
        g.jika(mulai != null && selesai != null && selesai.isBefore(mulai), "selesai", q.selesai(),
                "Tanggal selesai tidak boleh sebelum tanggal mulai " + mulai + ".", "The end may not be before the start.");
        if (jabatan != null && mulai != null && jabatan.getUnit().isPresent() && !jabatan.getUnit().get().berlakuPada(mulai)) {
            UnitOrganisasi u = jabatan.getUnit().get();
            g.tambah("mulai", q.mulai(), "Unit jabatan ini, " + u.getNama() + " (" + u.getKode() + "), tidak berlaku pada "
                    + mulai + " (berlaku " + masa(u) + ").", "The position's unit " + u.getKode() + " is not in force on "
                    + mulai + ".");
        }
        g.periksa();
        if (jenis == JenisPenugasan.DEFINITIF) {
            for (Penugasan lain : kepegawaian.penugasanJabatan(jabatan)) {
                if (lain.getJenis() == JenisPenugasan.DEFINITIF && tumpang(lain, mulai, selesai)) {
                    String masaLain = lain.getMulai() + lain.getSelesai().map(s -> " s.d. " + s).orElse(" dan seterusnya");
                    throw new AturanDilanggarException("Jabatan " + jabatan.getNama() + " sudah dipegang secara definitif oleh "
                            + lain.getPegawai().getNama() + " (penugasan " + lain.getKode() + ", " + masaLain
                            + "); satu jabatan hanya mempunyai satu pejabat definitif pada satu waktu. Akhiri penugasan itu"
                            + " lebih dulu atau tunjuk Plt./Pj./Plh.", "The position " + jabatan.getNama()
                            + " is already held definitively by " + lain.getPegawai().getNama() + " (assignment "
                            + lain.getKode() + ", " + masaLain.replace("s.d.", "to").replace("dan seterusnya", "onwards")
                            + "); one definitive holder per position at a time.");
                }
            }
        }
        Penugasan p = new Penugasan(kode, pegawai, jabatan, jenis, mulai, selesai, kosong(q.dasar()));
        kepegawaian.simpan(p);
        return pemegang(p);
    }

    @Override
    public StrukturOrganisasi.Pemegang akhiriPenugasan(String kode, Permintaan.Akhiri permintaan) {
        Akses.wajib(pengguna, Peran.ADMIN_PEMDA);
        Penugasan p = (kode == null ? Optional.<Penugasan>empty() : kepegawaian.cariPenugasan(kode)).orElseThrow(() ->
                new TidakDitemukanException("Penugasan " + kode + " tidak ada di pemda Anda.",
                        "Assignment " + kode + " does not exist in your pemda."));
        ValidasiGagalException.Pengumpul g = new ValidasiGagalException.Pengumpul();
        String teks = permintaan == null ? null : permintaan.selesai();
        LocalDate selesai = tanggal(teks, "selesai", g);
        g.jika(selesai != null && selesai.isBefore(p.getMulai()), "selesai", teks, "Tanggal selesai tidak boleh sebelum"
                + " penugasan mulai (" + p.getMulai() + ").", "The end may not be before the start (" + p.getMulai() + ").");
        g.periksa();
        p.akhiri(selesai);
        return pemegang(p);
    }

    private static boolean tumpang(Penugasan p, LocalDate mulai, LocalDate selesai) {
        boolean mulaiSebelumAkhirLain = p.getSelesai().map(s -> !mulai.isAfter(s)).orElse(true);
        boolean akhirSesudahMulaiLain = selesai == null || !selesai.isBefore(p.getMulai());
        return mulaiSebelumAkhirLain && akhirSesudahMulaiLain;
    }

    // ------------------------------------------------------------------------------------------------ helpers

    static StrukturOrganisasi.Pemegang pemegang(Penugasan p) {
        return new StrukturOrganisasi.Pemegang(p.getKode(), p.getJabatan().getKode(), p.getPegawai().getKode(),
                p.getPegawai().getNama(), p.getPegawai().getNip().map(Nip::tampil).orElse(null), p.getJenis().name(),
                p.sebutanJabatan(), p.getMulai().toString(), p.getSelesai().map(LocalDate::toString).orElse(null));
    }

    private static PerubahanStruktur perubahan(PerubahanUnit p) {
        return new PerubahanStruktur(p.getTanggal().toString(), p.getJenis().name(), p.getAsal().getKode(),
                p.getAsal().getNama(), p.getHasil().map(UnitOrganisasi::getKode).orElse(null),
                p.getHasil().map(UnitOrganisasi::getNama).orElse(null), p.getDasarHukum());
    }

    private static String masa(UnitOrganisasi u) {
        return u.getBerlakuMulai() + u.getBerlakuSampai().map(s -> " s.d. sebelum " + s).orElse(" dan seterusnya");
    }

    private static String kode(String teks, String field, ValidasiGagalException.Pengumpul g) {
        String k = teks == null ? "" : teks.strip();
        if (!KODE.matcher(k).matches()) {
            g.tambah(field, teks, "Kode wajib diisi: 1–50 karakter huruf, angka, titik, garis bawah atau tanda hubung.",
                    "The code is required: 1–50 letters, digits, dots, underscores or hyphens.");
            return null;
        }
        return k;
    }

    private static String nama(String teks, String field, ValidasiGagalException.Pengumpul g) {
        String n = teks == null ? "" : teks.strip().replaceAll("\\s+", " ");
        if (n.isEmpty() || n.length() > PANJANG_NAMA) {
            g.tambah(field, teks, "Nama wajib diisi (paling banyak " + PANJANG_NAMA + " karakter).",
                    "The name is required (at most " + PANJANG_NAMA + " characters).");
            return null;
        }
        return n;
    }

    /** The legal basis of a change: required (issue 13: "with an effective date and a legal basis"). */
    private static String dasarHukum(String teks, ValidasiGagalException.Pengumpul g) {
        String d = teks == null ? "" : teks.strip().replaceAll("\\s+", " ");
        if (d.length() < 3 || d.length() > 300) {
            g.tambah("dasarHukum", teks, "Dasar hukum wajib diisi, mis. \"Pergub Kaltim 18/2021\".",
                    "The legal basis is required, e.g. \"Pergub Kaltim 18/2021\".");
            return null;
        }
        return d;
    }

    private static LocalDate tanggal(String teks, String field, ValidasiGagalException.Pengumpul g) {
        if (teks == null || teks.isBlank()) {
            g.tambah(field, null, "Tanggal wajib diisi (TTTT-BB-HH, mis. 2021-07-01).",
                    "The date is required (YYYY-MM-DD, e.g. 2021-07-01).");
            return null;
        }
        try {
            return LocalDate.parse(teks.strip());
        } catch (DateTimeParseException e) {
            g.tambah(field, teks, "Tanggal tidak terbaca; tulis TTTT-BB-HH, mis. 2021-07-01.",
                    "Unreadable date; write YYYY-MM-DD, e.g. 2021-07-01.");
            return null;
        }
    }

    private static <E extends Enum<E>> E pilihan(String teks, Class<E> jenis, String field, ValidasiGagalException.Pengumpul g) {
        String pilihan = Arrays.stream(jenis.getEnumConstants()).map(Enum::name).collect(Collectors.joining(", "));
        if (teks == null || teks.isBlank()) {
            g.tambah(field, null, "Wajib diisi: " + pilihan + ".", "Required: " + pilihan + ".");
            return null;
        }
        try {
            return Enum.valueOf(jenis, teks.strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            g.tambah(field, teks, "Pilih salah satu: " + pilihan + ".", "Choose one of: " + pilihan + ".");
            return null;
        }
    }

    private static String kosong(String teks) {
        return teks == null || teks.isBlank() ? null : teks.strip();
    }
}
