package id.akuntara.core.application.pengguna;

import id.akuntara.core.akses.Akses;
import id.akuntara.core.akses.Peran;
import id.akuntara.core.domain.bersama.AturanDilanggarException;
import id.akuntara.core.domain.kepegawaian.Nip;
import id.akuntara.core.galat.TidakDitemukanException;
import id.akuntara.core.galat.ValidasiGagalException;
import id.akuntara.core.tenancy.PenggunaSaatIni;
import id.akuntara.core.tenancy.PenggunaTerverifikasi;
import id.akuntara.core.tenancy.TenantContext;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.function.Supplier;
import java.util.regex.Pattern;

/**
 * The users of the caller's pemda, for its {@code admin-pemda} only (issue 13, point 2). The pemda is the verified
 * token's organization ({@link TenantContext}); a user of another pemda is "not found" (404), never "forbidden".
 * <p>
 * Rules:
 * <ul>
 *   <li>roles given here are the pemda's own: {@code operator}, {@code verifikator}, {@code pimpinan},
 *       {@code admin-pemda} ({@link #PERAN_BOLEH}); {@code kementerian} and {@code admin-platform} are never given by a
 *       pemda (they see several pemda, {@code Peran});</li>
 *   <li>a new user gets a temporary password and must choose their own at the first sign-in (Keycloak's
 *       "update password" required action);</li>
 *   <li>the NIP, optional, links the account to a pegawai and must be a valid 18-digit NIP ({@link Nip});</li>
 *   <li>an admin cannot disable themself nor take away their own {@code admin-pemda} role: the pemda would be left
 *       without the person who can undo it.</li>
 * </ul>
 * Every invalid field of an input is reported at once ({@link ValidasiGagalException}).
 */
@RequestScoped
public class PenggunaPemdaService {

    /** The roles an admin-pemda may give, in the order the pages show them. */
    public static final List<String> PERAN_BOLEH = List.of(Peran.OPERATOR, Peran.VERIFIKATOR, Peran.PIMPINAN,
            Peran.ADMIN_PEMDA);

    static final Pattern USERNAME = Pattern.compile("[a-z0-9][a-z0-9._-]{2,49}");
    static final Pattern NAMA = Pattern.compile("[\\p{L}][\\p{L} .'-]{1,99}");
    static final Pattern EMAIL = Pattern.compile("[A-Za-z0-9._%+-]+@[A-Za-z0-9.-]+\\.[A-Za-z]{2,}");
    private static final Pattern ID = Pattern.compile("[0-9a-fA-F-]{36}");
    static final int PANJANG_SANDI_MIN = 8;

    private final PenggunaSaatIni penggunaSaatIni;
    private final Supplier<String> tenant;
    private final DirektoriPengguna direktori;

    @Inject
    public PenggunaPemdaService(PenggunaSaatIni penggunaSaatIni, TenantContext tenant, DirektoriPengguna direktori) {
        this(penggunaSaatIni, tenant::kodePemda, direktori);
    }

    /** With the pemda code given directly (tests). */
    PenggunaPemdaService(PenggunaSaatIni penggunaSaatIni, Supplier<String> kodePemda, DirektoriPengguna direktori) {
        this.penggunaSaatIni = penggunaSaatIni;
        this.tenant = kodePemda;
        this.direktori = direktori;
    }

    /** For CDI's proxy only. */
    protected PenggunaPemdaService() {
        this.penggunaSaatIni = null;
        this.tenant = null;
        this.direktori = null;
    }

    /** The users of the caller's pemda, sorted by username. */
    public List<AkunPengguna> daftar() {
        Akses.wajib(penggunaSaatIni, Peran.ADMIN_PEMDA);
        return direktori.daftar(tenant.get());
    }

    /** One user of the caller's pemda; 404 for any other id. */
    public AkunPengguna baca(String id) {
        Akses.wajib(penggunaSaatIni, Peran.ADMIN_PEMDA);
        return muat(tenant.get(), id);
    }

    /** Creates a user of the caller's pemda; every invalid field is reported at once, nothing is created then. */
    public AkunPengguna buat(PermintaanPengguna p) {
        Akses.wajib(penggunaSaatIni, Peran.ADMIN_PEMDA);
        String kode = tenant.get();
        AkunBaru akun = periksa(p);
        Set<String> dipakai = direktori.sudahDipakai(akun.username(), akun.email());
        ValidasiGagalException.Pengumpul galat = new ValidasiGagalException.Pengumpul();
        galat.jika(dipakai.contains("username"), "username", akun.username(),
                "Nama pengguna " + akun.username() + " sudah dipakai.", "The username " + akun.username() + " is taken.");
        galat.jika(dipakai.contains("email"), "email", akun.email(),
                "Email " + akun.email() + " sudah dipakai pengguna lain.", "The e-mail " + akun.email() + " is used by another user.");
        galat.periksa();
        return direktori.buat(kode, akun);
    }

    /** Stops the user from signing in. The admin cannot disable themself. */
    public AkunPengguna nonaktifkan(String id) {
        PenggunaTerverifikasi saya = Akses.wajib(penggunaSaatIni, Peran.ADMIN_PEMDA);
        String kode = tenant.get();
        AkunPengguna akun = muat(kode, id);
        if (akun.username().equalsIgnoreCase(saya.username())) {
            throw new AturanDilanggarException("Anda tidak dapat menonaktifkan akun Anda sendiri.",
                    "You cannot disable your own account.");
        }
        direktori.aturAktif(kode, id, false);
        return muat(kode, id);
    }

    /** Lets a disabled user sign in again. */
    public AkunPengguna aktifkan(String id) {
        Akses.wajib(penggunaSaatIni, Peran.ADMIN_PEMDA);
        String kode = tenant.get();
        muat(kode, id);
        direktori.aturAktif(kode, id, true);
        return muat(kode, id);
    }

    /** Replaces the user's roles (at least one, among {@link #PERAN_BOLEH}). */
    public AkunPengguna ubahPeran(String id, List<String> peran) {
        PenggunaTerverifikasi saya = Akses.wajib(penggunaSaatIni, Peran.ADMIN_PEMDA);
        String kode = tenant.get();
        AkunPengguna akun = muat(kode, id);
        ValidasiGagalException.Pengumpul galat = new ValidasiGagalException.Pengumpul();
        Set<String> baru = periksaPeran(peran, galat);
        galat.periksa();
        if (akun.username().equalsIgnoreCase(saya.username()) && !baru.contains(Peran.ADMIN_PEMDA)) {
            throw new AturanDilanggarException("Anda tidak dapat mencabut peran admin-pemda dari akun Anda sendiri.",
                    "You cannot remove the admin-pemda role from your own account.");
        }
        direktori.aturPeran(kode, id, baru);
        return muat(kode, id);
    }

    private AkunPengguna muat(String kode, String id) {
        if (id == null || !ID.matcher(id).matches()) {
            throw tidakDitemukan(id);
        }
        return direktori.cari(kode, id).orElseThrow(() -> tidakDitemukan(id));
    }

    private static TidakDitemukanException tidakDitemukan(String id) {
        return new TidakDitemukanException("Pengguna " + id + " tidak ada di pemda Anda.",
                "User " + id + " does not exist in your pemda.");
    }

    /**
     * Checks every field of a new user at once; the normalised account if all are valid (also used for a new pemda's
     * first admin by {@code application.pemda.OnboardingPemdaService}).
     */
    public static AkunBaru periksa(PermintaanPengguna p) {
        ValidasiGagalException.Pengumpul galat = new ValidasiGagalException.Pengumpul();
        if (p == null) {
            galat.tambah("$", null, "Isi permintaan kosong.", "The request body is empty.").periksa();
        }
        String username = p.username() == null ? "" : p.username().strip().toLowerCase(Locale.ROOT);
        galat.jika(!USERNAME.matcher(username).matches(), "username", p.username(),
                "Nama pengguna wajib 3–50 karakter: huruf kecil, angka, titik, garis bawah atau tanda hubung, diawali huruf"
                        + " atau angka.",
                "The username must be 3–50 characters: lower-case letters, digits, dot, underscore or hyphen, starting"
                        + " with a letter or digit.");
        String nama = p.nama() == null ? "" : p.nama().strip().replaceAll("\\s+", " ");
        galat.jika(!NAMA.matcher(nama).matches(), "nama", p.nama(),
                "Nama wajib diisi (2–100 karakter: huruf, spasi, titik, apostrof atau tanda hubung; gelar"
                        + " ditulis tanpa koma).",
                "The name is required (2–100 characters: letters, spaces, dots, apostrophes or hyphens; no commas).");
        String email = p.email() == null ? "" : p.email().strip();
        galat.jika(email.length() > 255 || !EMAIL.matcher(email).matches(), "email", p.email(),
                "Email wajib diisi dengan alamat yang sah, mis. nama@pemda.go.id.",
                "A valid e-mail address is required, e.g. name@pemda.go.id.");
        Set<String> peran = periksaPeran(p.peran(), galat);
        String sandi = p.kataSandiSementara() == null ? "" : p.kataSandiSementara();
        galat.jika(sandi.length() < PANJANG_SANDI_MIN || !sandi.matches(".*\\p{L}.*") || !sandi.matches(".*\\d.*")
                        || sandi.length() > 128 || !sandi.equals(sandi.strip()),
                "kataSandiSementara", null,
                "Kata sandi sementara wajib 8–128 karakter dengan huruf dan angka, tanpa spasi di awal atau akhir.",
                "The temporary password must be 8–128 characters with letters and digits, no leading or trailing space.");
        String nip = null;
        if (p.nip() != null && !p.nip().isBlank()) {
            nip = Nip.normalkan(p.nip());
            List<String> salah = Nip.periksa(nip);
            galat.jika(!salah.isEmpty(), "nip", p.nip(), "NIP tidak sah: " + String.join("; ", salah) + ".",
                    "The NIP is not valid: 18 digits, birth date, TMT CPNS, sex digit 1 or 2 and a serial number other"
                            + " than 000 (Perka BKN 22/2007).");
        }
        galat.periksa();
        return new AkunBaru(username, nama, email, peran, sandi, nip);
    }

    /** The roles, checked into {@code galat}: at least one, each among {@link #PERAN_BOLEH}, no repeats kept. */
    static Set<String> periksaPeran(List<String> peran, ValidasiGagalException.Pengumpul galat) {
        Set<String> hasil = new LinkedHashSet<>();
        if (peran == null || peran.isEmpty()) {
            galat.tambah("peran", null, "Pilih paling sedikit satu peran: " + String.join(", ", PERAN_BOLEH) + ".",
                    "Choose at least one role: " + String.join(", ", PERAN_BOLEH) + ".");
            return hasil;
        }
        List<String> daftar = new ArrayList<>(peran);
        for (int i = 0; i < daftar.size(); i++) {
            String r = daftar.get(i);
            if (r != null && PERAN_BOLEH.contains(r)) {
                hasil.add(r);
            } else if (Peran.KEMENTERIAN.equals(r) || Peran.ADMIN_PLATFORM.equals(r)) {
                galat.tambah("peran[" + i + "]", r, "Peran " + r + " tidak dapat diberikan oleh admin pemda; pilih "
                        + String.join(", ", PERAN_BOLEH) + ".", "The role " + r + " cannot be given by a pemda's admin;"
                        + " choose " + String.join(", ", PERAN_BOLEH) + ".");
            } else {
                galat.tambah("peran[" + i + "]", r, "Peran tidak dikenal; pilih " + String.join(", ", PERAN_BOLEH) + ".",
                        "Unknown role; choose " + String.join(", ", PERAN_BOLEH) + ".");
            }
        }
        return hasil;
    }
}
