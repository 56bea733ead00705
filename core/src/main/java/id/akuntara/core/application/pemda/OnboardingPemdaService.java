package id.akuntara.core.application.pemda;

import id.akuntara.core.akses.Akses;
import id.akuntara.core.akses.Peran;
import id.akuntara.core.application.pengguna.AkunBaru;
import id.akuntara.core.application.pengguna.AkunPengguna;
import id.akuntara.core.application.pengguna.DirektoriPengguna;
import id.akuntara.core.application.pengguna.PenggunaPemdaService;
import id.akuntara.core.application.pengguna.PermintaanPengguna;
import id.akuntara.core.domain.bersama.AturanDilanggarException;
import id.akuntara.core.domain.pemda.Pemda;
import id.akuntara.core.domain.pemda.PemdaRepository;
import id.akuntara.core.domain.pemda.PengaturanPemda;
import id.akuntara.core.domain.pemda.Tingkat;
import id.akuntara.core.galat.GalatIsian;
import id.akuntara.core.galat.ValidasiGagalException;
import id.akuntara.core.plugin.cdi.LayananPlugin;
import id.akuntara.core.tenancy.KerjaLatar;
import id.akuntara.core.tenancy.PenggunaSaatIni;
import id.akuntara.core.tenancy.PenggunaTerverifikasi;
import id.akuntara.spi.TenantPlugin;
import id.akuntara.spi.TingkatPemerintahan;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;

import java.time.ZoneId;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Function;
import java.util.function.Supplier;
import java.util.logging.Level;
import java.util.logging.Logger;
import java.util.regex.Pattern;

/**
 * Onboarding a new pemda, for {@code admin-platform} only (issue 13 point 4: "a new pemda joins with no code" — no
 * migration, no realm file edit, no rebuild). Rules:
 * <ul>
 *   <li>the code is the level's prefix ({@code kota-}, {@code kab-}, {@code prov-}) and the name in kebab case, e.g.
 *       {@code kab-contoh}; it becomes the tenant id of every row and the alias of the Keycloak organization, so it is
 *       unique and never changes (a code already registered: 409);</li>
 *   <li>name, province (data, not code), time zone (WIB {@code Asia/Jakarta}, WITA {@code Asia/Makassar}, WIT
 *       {@code Asia/Jayapura}), report name (LAKIP, LKIP, LKjIP — the seeds use all three) and the first admin
 *       (as a user of {@link PenggunaPemdaService}: temporary password, "update password" at first sign-in) are
 *       checked all at once (422 naming every field);</li>
 *   <li>its settings start as its level plugin's defaults ({@link PengaturanBawaan});</li>
 *   <li>all or nothing: the registry row and the settings row are written in one transaction, the organization and
 *       its admin are created inside it, and a directory failure (Keycloak unreachable: 503) rolls the rows back and
 *       removes what the directory made ({@link DirektoriPengguna#buatPemda}); a retry repairs what an outage left.</li>
 * </ul>
 */
@RequestScoped
public class OnboardingPemdaService {

    /** The database side of onboarding (one transaction), then {@code lalu} inside that transaction. */
    public interface Pencatat {
        AkunPengguna catat(Pemda pemda, PengaturanPemda pengaturan, Supplier<AkunPengguna> lalu);
    }

    static final Pattern KODE = Pattern.compile("(kota|kab|prov)-[a-z0-9]+(-[a-z0-9]+)*");
    static final Pattern NAMA = Pattern.compile("[\\p{L}][\\p{L}\\p{N} .'()-]{2,199}");
    static final Pattern PROVINSI = Pattern.compile("[\\p{L}][\\p{L} .'-]{2,99}");
    public static final List<String> ZONA_WAKTU = List.of("Asia/Jakarta", "Asia/Makassar", "Asia/Jayapura");
    public static final List<String> NAMA_LAPORAN = List.of("LAKIP", "LKIP", "LKjIP");
    private static final Map<Tingkat, String> AWALAN = Map.of(Tingkat.KOTA, "kota-", Tingkat.KABUPATEN, "kab-",
            Tingkat.PROVINSI, "prov-");

    private static final Logger LOG = Logger.getLogger(OnboardingPemdaService.class.getName());

    private final PenggunaSaatIni penggunaSaatIni;
    private final PemdaRepository pemdaRepository;
    private final DirektoriPengguna direktori;
    private final Function<Tingkat, Optional<TenantPlugin>> pluginTingkat;
    private final Pencatat pencatat;

    @Inject
    public OnboardingPemdaService(PenggunaSaatIni penggunaSaatIni, PemdaRepository pemdaRepository,
                                  DirektoriPengguna direktori, LayananPlugin layananPlugin, PencatatanPemda pencatat) {
        this(penggunaSaatIni, pemdaRepository, direktori,
                t -> layananPlugin.registri().untukTingkat(TingkatPemerintahan.valueOf(t.name())), pencatat);
    }

    /** With its collaborators given directly (tests). */
    OnboardingPemdaService(PenggunaSaatIni penggunaSaatIni, PemdaRepository pemdaRepository, DirektoriPengguna direktori,
                           Function<Tingkat, Optional<TenantPlugin>> pluginTingkat, Pencatat pencatat) {
        this.penggunaSaatIni = penggunaSaatIni;
        this.pemdaRepository = pemdaRepository;
        this.direktori = direktori;
        this.pluginTingkat = pluginTingkat;
        this.pencatat = pencatat;
    }

    /** For CDI's proxy only. */
    protected OnboardingPemdaService() {
        this(null, null, null, (Function<Tingkat, Optional<TenantPlugin>>) null, null);
    }

    /** Every registered pemda, by code. */
    public List<RingkasanPemda> daftar() {
        Akses.wajib(penggunaSaatIni, Peran.ADMIN_PLATFORM);
        return pemdaRepository.semua().stream().map(RingkasanPemda::dari).toList();
    }

    /** Registers a new pemda with its settings, its organization and its first admin; see the class's rules. */
    public HasilOnboarding daftarkan(PermintaanPemda p) {
        PenggunaTerverifikasi saya = Akses.wajib(penggunaSaatIni, Peran.ADMIN_PLATFORM);
        Calon c = periksa(p);
        if (pemdaRepository.cari(c.pemda().getKode()).isPresent()) {
            throw new AturanDilanggarException("Pemda " + c.pemda().getKode() + " sudah terdaftar; kode pemda tidak"
                    + " dapat dipakai dua kali.", "The pemda " + c.pemda().getKode() + " is already registered; a pemda"
                    + " code cannot be used twice.");
        }
        ValidasiGagalException.Pengumpul galat = new ValidasiGagalException.Pengumpul();
        String nama = c.pemda().getNama();
        galat.jika(pemdaRepository.semua().stream().anyMatch(x -> x.getNama().equalsIgnoreCase(nama)), "nama", nama,
                "Nama " + nama + " sudah dipakai pemda lain.", "The name " + nama + " is used by another pemda.");
        Set<String> dipakai = direktori.sudahDipakai(c.admin().username(), c.admin().email());
        galat.jika(dipakai.contains("username"), "admin.username", c.admin().username(),
                "Nama pengguna " + c.admin().username() + " sudah dipakai.",
                "The username " + c.admin().username() + " is taken.");
        galat.jika(dipakai.contains("email"), "admin.email", c.admin().email(),
                "Email " + c.admin().email() + " sudah dipakai pengguna lain.",
                "The e-mail " + c.admin().email() + " is used by another user.");
        galat.periksa();
        Tingkat tingkat = c.pemda().getTingkat();
        TenantPlugin plugin = pluginTingkat.apply(tingkat).orElseThrow(() -> new AturanDilanggarException(
                "Tidak ada plugin untuk tingkat " + tingkat + "; pasang plugin tingkat itu lebih dulu.",
                "No plugin serves the level " + tingkat + "; install one first."));
        PengaturanPemda pengaturan = PengaturanBawaan.dari(plugin);
        String kode = c.pemda().getKode();
        AtomicBoolean direktoriDibuat = new AtomicBoolean();
        try {
            AkunPengguna admin = KerjaLatar.jalankan(kode, saya.username(), () -> pencatat.catat(c.pemda(), pengaturan,
                    () -> {
                        AkunPengguna a = direktori.buatPemda(kode, nama, c.admin());
                        direktoriDibuat.set(true);
                        return a;
                    }));
            LOG.info(() -> "Pemda " + kode + " didaftarkan oleh " + saya.username() + " (plugin " + plugin.id()
                    + ", admin " + c.admin().username() + ")");
            return new HasilOnboarding(RingkasanPemda.dari(c.pemda()), plugin.id(), admin);
        } catch (RuntimeException e) {
            if (direktoriDibuat.get()) {
                // the rows did not commit after the directory side was made: undo it so that a retry starts clean
                try {
                    direktori.batalkanPemda(kode, c.admin().username());
                } catch (RuntimeException x) {
                    LOG.log(Level.WARNING, "Organisasi " + kode + " tertinggal; dipakai ulang pada percobaan berikutnya", x);
                }
            }
            throw e;
        }
    }

    record Calon(Pemda pemda, AkunBaru admin) {
    }

    /** Checks every field at once (422 naming each); the new registry row and first admin if all are valid. */
    static Calon periksa(PermintaanPemda p) {
        ValidasiGagalException.Pengumpul galat = new ValidasiGagalException.Pengumpul();
        if (p == null) {
            galat.tambah("$", null, "Isi permintaan kosong.", "The request body is empty.").periksa();
        }
        Tingkat tingkat = null;
        try {
            tingkat = p.tingkat() == null ? null : Tingkat.valueOf(p.tingkat().strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            // reported below
        }
        galat.jika(tingkat == null, "tingkat", p.tingkat(), "Tingkat wajib KOTA, KABUPATEN atau PROVINSI.",
                "The level must be KOTA, KABUPATEN or PROVINSI.");
        String kode = p.kode() == null ? "" : p.kode().strip();
        if (kode.length() > 64 || !KODE.matcher(kode).matches()) {
            galat.tambah("kode", p.kode(), "Kode pemda wajib berawalan kota-, kab- atau prov- lalu nama dengan huruf"
                    + " kecil, angka dan tanda hubung (mis. kab-contoh), paling panjang 64 karakter.",
                    "The pemda code must start with kota-, kab- or prov- followed by the name in lower-case letters,"
                            + " digits and hyphens (e.g. kab-contoh), at most 64 characters.");
        } else if (tingkat != null && !kode.startsWith(AWALAN.get(tingkat))) {
            galat.tambah("kode", p.kode(), "Kode pemda tingkat " + tingkat + " wajib berawalan " + AWALAN.get(tingkat)
                    + ".", "The code of a pemda of level " + tingkat + " must start with " + AWALAN.get(tingkat) + ".");
        }
        String nama = normal(p.nama());
        galat.jika(!NAMA.matcher(nama).matches(), "nama", p.nama(),
                "Nama pemda wajib 3–200 karakter, diawali huruf (mis. Kabupaten Contoh).",
                "The pemda's name must be 3–200 characters, starting with a letter (e.g. Kabupaten Contoh).");
        String provinsi = normal(p.provinsi());
        galat.jika(!PROVINSI.matcher(provinsi).matches(), "provinsi", p.provinsi(),
                "Provinsi wajib diisi (3–100 huruf, mis. Bali).", "The province is required (3–100 letters, e.g. Bali).");
        String zona = p.zonaWaktu() == null ? "" : p.zonaWaktu().strip();
        galat.jika(!ZONA_WAKTU.contains(zona), "zonaWaktu", p.zonaWaktu(),
                "Zona waktu wajib salah satu dari " + String.join(", ", ZONA_WAKTU) + " (WIB, WITA, WIT).",
                "The time zone must be one of " + String.join(", ", ZONA_WAKTU) + " (WIB, WITA, WIT).");
        String laporan = p.namaLaporan() == null ? "" : p.namaLaporan().strip();
        galat.jika(!NAMA_LAPORAN.contains(laporan), "namaLaporan", p.namaLaporan(),
                "Nama laporan wajib salah satu dari " + String.join(", ", NAMA_LAPORAN) + ".",
                "The report name must be one of " + String.join(", ", NAMA_LAPORAN) + ".");
        AkunBaru admin = null;
        PermintaanPemda.AdminPertama a = p.admin();
        if (a == null) {
            galat.tambah("admin", null, "Admin pertama pemda wajib diisi (username, nama, email, kata sandi sementara).",
                    "The pemda's first admin is required (username, name, e-mail, temporary password).");
        } else {
            try {
                admin = PenggunaPemdaService.periksa(new PermintaanPengguna(a.username(), a.nama(), a.email(),
                        List.of(Peran.ADMIN_PEMDA), a.kataSandiSementara(), null));
            } catch (ValidasiGagalException e) {
                for (GalatIsian g : e.galat()) {
                    galat.tambah("admin." + g.field(), g.nilai(), g.pesan(), g.pesanEn());
                }
            }
        }
        galat.periksa();
        return new Calon(new Pemda(kode, nama, tingkat, provinsi, ZoneId.of(zona), laporan), admin);
    }

    private static String normal(String s) {
        return s == null ? "" : s.strip().replaceAll("\\s+", " ");
    }
}
