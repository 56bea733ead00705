package id.akuntara.core.application.pemda;

import id.akuntara.core.akses.AksesDitolakException;
import id.akuntara.core.application.pengguna.AkunBaru;
import id.akuntara.core.application.pengguna.AkunPengguna;
import id.akuntara.core.application.pengguna.DirektoriPengguna;
import id.akuntara.core.domain.bersama.AturanDilanggarException;
import id.akuntara.core.domain.pemda.PengaturanPemda;
import id.akuntara.core.domain.pemda.Tingkat;
import id.akuntara.core.galat.GalatIsian;
import id.akuntara.core.galat.LayananTidakTersediaException;
import id.akuntara.core.galat.ValidasiGagalException;
import id.akuntara.core.infrastructure.paket.EksporPaket;
import id.akuntara.core.infrastructure.paket.ImporPaket;
import id.akuntara.core.infrastructure.persistence.JpaPemdaRepository;
import id.akuntara.core.paket.Paket;
import id.akuntara.core.paket.PaketTidakSahException;
import id.akuntara.core.plugin.PluginUji;
import id.akuntara.core.tenancy.PenggunaSaatIni;
import id.akuntara.core.tenancy.PenggunaTerverifikasi;
import id.akuntara.core.testsupport.BasisDataUji;
import id.akuntara.spi.TenantPlugin;
import id.akuntara.spi.TingkatPemerintahan;
import jakarta.persistence.EntityManager;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * {@link OnboardingPemdaService} on a real PostgreSQL (the rows are written by {@link PencatatanPemda#tulis} in a
 * transaction for the NEW pemda, as in the server): every field checked at once, admin-platform only, the code used
 * once, all or nothing when the directory fails, and a data package importable afterwards.
 */
class OnboardingPemdaServiceTest {

    /** The directory in memory; {@code gagal} makes its creation fail like an unreachable Keycloak. */
    static final class DirektoriUji implements DirektoriPengguna {
        final Map<String, List<AkunPengguna>> anggota = new java.util.TreeMap<>();
        boolean gagal;

        @Override
        public List<AkunPengguna> daftar(String kodePemda) {
            return anggota.getOrDefault(kodePemda, List.of());
        }

        @Override
        public Optional<AkunPengguna> cari(String kodePemda, String id) {
            return daftar(kodePemda).stream().filter(a -> a.id().equals(id)).findFirst();
        }

        @Override
        public Set<String> sudahDipakai(String username, String email) {
            Set<String> d = new HashSet<>();
            anggota.values().forEach(l -> l.forEach(a -> {
                if (a.username().equals(username)) {
                    d.add("username");
                }
                if (a.email().equalsIgnoreCase(email)) {
                    d.add("email");
                }
            }));
            return d;
        }

        @Override
        public AkunPengguna buat(String kodePemda, AkunBaru akun) {
            AkunPengguna a = new AkunPengguna(UUID.randomUUID().toString(), akun.username(), akun.nama(), akun.email(),
                    new ArrayList<>(akun.peran()), akun.nip(), true, true);
            anggota.computeIfAbsent(kodePemda, k -> new ArrayList<>()).add(a);
            return a;
        }

        @Override
        public AkunPengguna buatPemda(String kodePemda, String namaPemda, AkunBaru admin) {
            if (gagal) {
                throw new LayananTidakTersediaException("Layanan akun (Keycloak) sedang tidak dapat dihubungi.",
                        "The account service (Keycloak) cannot be reached.", null);
            }
            return buat(kodePemda, admin);
        }

        @Override
        public void batalkanPemda(String kodePemda, String usernameAdmin) {
            anggota.remove(kodePemda);
        }

        @Override
        public void aturAktif(String kodePemda, String id, boolean aktif) {
            throw new UnsupportedOperationException();
        }

        @Override
        public void aturPeran(String kodePemda, String id, Set<String> peran) {
            throw new UnsupportedOperationException();
        }
    }

    private BasisDataUji db;
    private DirektoriUji direktori;

    @BeforeEach
    void siapkan() {
        db = BasisDataUji.baru();
        direktori = new DirektoriUji();
    }

    private OnboardingPemdaService sebagai(String username, String... peran) {
        PenggunaSaatIni p = new PenggunaSaatIni();
        p.tetapkan(new PenggunaTerverifikasi(username, username, username + "@uji", List.of(), Set.of(peran)));
        EntityManager em = db.emf().createEntityManager();
        TenantPlugin kabupaten = new PluginUji("kabupaten", TingkatPemerintahan.KABUPATEN);
        return new OnboardingPemdaService(p, new JpaPemdaRepository(em), direktori,
                t -> t == Tingkat.KABUPATEN ? Optional.of(kabupaten) : Optional.empty(),
                (pemda, pengaturan, lalu) -> db.transaksi(pemda.getKode(), username, x -> {
                    PencatatanPemda.tulis(x, pemda, pengaturan);
                    return lalu.get();
                }));
    }

    private OnboardingPemdaService adminPlatform() {
        return sebagai("admin.platform", "admin-platform");
    }

    static PermintaanPemda contoh() {
        return new PermintaanPemda("kab-contoh", "Kabupaten Contoh", "KABUPATEN", "Bali", "Asia/Makassar", "LKjIP",
                new PermintaanPemda.AdminPertama("admin.contoh", "Admin Contoh", "admin@contohkab.go.id", "Sementara123"));
    }

    private long hitung(String sql) throws SQLException {
        try (Connection c = db.superuser().getConnection(); ResultSet rs = c.createStatement().executeQuery(sql)) {
            rs.next();
            return rs.getLong(1);
        }
    }

    @Test
    void pemdaBaruDenganPengaturanPluginDanAdminPertama() throws SQLException {
        HasilOnboarding h = adminPlatform().daftarkan(contoh());

        assertEquals(new RingkasanPemda("kab-contoh", "Kabupaten Contoh", "KABUPATEN", "Bali", "Asia/Makassar", "LKjIP"),
                h.pemda());
        assertEquals("kabupaten", h.plugin());
        assertEquals("admin.contoh", h.admin().username());
        assertEquals(List.of("admin-pemda"), h.admin().peran());
        assertTrue(h.admin().wajibGantiSandi());
        assertEquals(List.of("admin.contoh"), direktori.daftar("kab-contoh").stream().map(AkunPengguna::username).toList());
        // the settings row belongs to the new pemda (RLS: visible to that pemda only) and holds the plugin's defaults
        PengaturanPemda s = db.transaksi("kab-contoh", em -> em.createQuery("select p from PengaturanPemda p",
                PengaturanPemda.class).getSingleResult());
        assertEquals("kabupaten", s.getPlugin());
        assertEquals(2, s.pembulatan().skala());
        assertEquals(0L, (long) db.transaksi("kab-klungkung", em -> em.createQuery(
                "select count(p) from PengaturanPemda p where p.tenantId = 'kab-contoh'", Long.class).getSingleResult()));
        assertEquals(1, hitung("select count(*) from pengaturan_pemda where tenant_id = 'kab-contoh'"));
        // the audit names the platform admin
        assertEquals(1, hitung("select count(*) from revisi where tenant_id = 'kab-contoh' and username = 'admin.platform'"));
        assertTrue(adminPlatform().daftar().stream().anyMatch(p -> p.kode().equals("kab-contoh") && p.provinsi().equals("Bali")));
        assertEquals(5, adminPlatform().daftar().size());
    }

    @Test
    void paketDataDapatDiimporSesudahOnboarding() throws IOException {
        adminPlatform().daftarkan(contoh());
        String json;
        try (InputStream in = getClass().getResourceAsStream("/paket/kab-contoh.json")) {
            json = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
        var paket = Paket.periksa(json).paket().orElseThrow();
        db.jalankan("kab-contoh", em -> new ImporPaket(em).impor(paket, "kab-contoh"));
        // the package's settings replaced the plugin's defaults in the same row
        String sumberDanSkala = db.transaksi("kab-contoh", em -> {
            PengaturanPemda s = em.createQuery("select p from PengaturanPemda p", PengaturanPemda.class).getSingleResult();
            return s.getSumberTarget() + " " + s.skalaPredikat().orElseThrow().nama();
        });
        assertEquals("PK Skala capaian Kabupaten Contoh", sumberDanSkala);
        var tersimpan = db.transaksi("kab-contoh", em -> new EksporPaket(em).ekspor("kab-contoh"));
        assertEquals(paket.indikator().size(), tersimpan.indikator().size(), "every indicator was stored");
        assertEquals(paket.realisasi().size(), tersimpan.realisasi().size(), "every realisasi was stored");
        // a second import is refused: the pemda has data now
        PaketTidakSahException e = assertThrows(PaketTidakSahException.class,
                () -> db.jalankan("kab-contoh", em -> new ImporPaket(em).impor(paket, "kab-contoh")));
        assertTrue(e.galat().get(0).pesan().contains("sudah memiliki data"), e.galat().toString());
    }

    @Test
    void semuaIsianSalahDisebutSekaligusDanTidakAdaYangDitulis() throws SQLException {
        ValidasiGagalException e = assertThrows(ValidasiGagalException.class, () -> adminPlatform().daftarkan(
                new PermintaanPemda("kota-contoh", "", "KABUPATEN", "", "Europe/Berlin", "LAPORAN",
                        new PermintaanPemda.AdminPertama("A", "", "bukan-email", "pendek"))));
        Map<String, GalatIsian> g = e.galat().stream().collect(Collectors.toMap(GalatIsian::field, x -> x));
        assertEquals(Set.of("kode", "nama", "provinsi", "zonaWaktu", "namaLaporan", "admin.username", "admin.nama",
                "admin.email", "admin.kataSandiSementara"), g.keySet());
        assertTrue(g.get("kode").pesan().contains("berawalan kab-"), g.get("kode").pesan());
        assertTrue(g.get("kode").pesanEn().contains("must start with kab-"), g.get("kode").pesanEn());
        ValidasiGagalException tanpaAdmin = assertThrows(ValidasiGagalException.class, () -> adminPlatform().daftarkan(
                new PermintaanPemda("kab contoh", "Kabupaten Contoh", "DESA", "Bali", "Asia/Makassar", "LKjIP", null)));
        assertEquals(Set.of("kode", "tingkat", "admin"),
                tanpaAdmin.galat().stream().map(GalatIsian::field).collect(Collectors.toSet()));
        assertEquals(4, hitung("select count(*) from pemda"));
        assertTrue(direktori.anggota.isEmpty());
    }

    @Test
    void kodeYangSudahTerdaftarDitolak() {
        AturanDilanggarException e = assertThrows(AturanDilanggarException.class, () -> adminPlatform().daftarkan(
                new PermintaanPemda("kab-klungkung", "Kabupaten Klungkung Baru", "KABUPATEN", "Bali", "Asia/Makassar",
                        "LKjIP", contoh().admin())));
        assertTrue(e.getMessage().contains("kab-klungkung sudah terdaftar"), e.getMessage());
        adminPlatform().daftarkan(contoh());
        assertThrows(AturanDilanggarException.class, () -> adminPlatform().daftarkan(contoh()));
        assertEquals(1, direktori.daftar("kab-contoh").size());
    }

    @Test
    void namaAtauAdminYangSudahDipakaiDitolak() {
        adminPlatform().daftarkan(contoh());
        ValidasiGagalException e = assertThrows(ValidasiGagalException.class, () -> adminPlatform().daftarkan(
                new PermintaanPemda("kab-contoh-dua", "kabupaten contoh", "KABUPATEN", "Bali", "Asia/Makassar", "LKjIP",
                        contoh().admin())));
        assertEquals(Set.of("nama", "admin.username", "admin.email"),
                e.galat().stream().map(GalatIsian::field).collect(Collectors.toSet()));
    }

    @Test
    void direktoriMatiTidakMeninggalkanApaPun() throws SQLException {
        direktori.gagal = true;
        assertThrows(LayananTidakTersediaException.class, () -> adminPlatform().daftarkan(contoh()));
        assertEquals(0, hitung("select count(*) from pemda where kode = 'kab-contoh'"));
        assertEquals(0, hitung("select count(*) from pengaturan_pemda where tenant_id = 'kab-contoh'"));
        // Keycloak back: the same request succeeds
        direktori.gagal = false;
        assertEquals("admin.contoh", adminPlatform().daftarkan(contoh()).admin().username());
        assertEquals(1, hitung("select count(*) from pemda where kode = 'kab-contoh'"));
    }

    @Test
    void hanyaAdminPlatform() {
        for (String peran : List.of("admin-pemda", "kementerian", "operator")) {
            assertThrows(AksesDitolakException.class, () -> sebagai("x", peran).daftarkan(contoh()));
            assertThrows(AksesDitolakException.class, () -> sebagai("x", peran).daftar());
        }
    }
}
