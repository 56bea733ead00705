package id.akuntara.core.application.pengguna;

import id.akuntara.core.akses.AksesDitolakException;
import id.akuntara.core.domain.bersama.AturanDilanggarException;
import id.akuntara.core.galat.GalatIsian;
import id.akuntara.core.galat.TidakDitemukanException;
import id.akuntara.core.galat.ValidasiGagalException;
import id.akuntara.core.tenancy.PenggunaSaatIni;
import id.akuntara.core.tenancy.PenggunaTerverifikasi;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The rules of {@link PenggunaPemdaService}: validation of every field at once, own pemda only, roles, self-lockout. */
class PenggunaPemdaServiceTest {

    private static final String NIP_SAH = "196410281990031009"; // kaltim-a signatory's NIP (seed report)

    private DirektoriDalamMemori direktori;
    private String adminKlungkung;
    private String operatorKlungkung;
    private String operatorKaltim;

    @BeforeEach
    void siapkan() {
        direktori = new DirektoriDalamMemori();
        adminKlungkung = direktori.tambah("kab-klungkung", "admin.klungkung", "admin-pemda");
        operatorKlungkung = direktori.tambah("kab-klungkung", "operator.klungkung", "operator");
        operatorKaltim = direktori.tambah("prov-kaltim", "operator.kaltim", "operator");
    }

    private PenggunaPemdaService sebagai(String pemda, String username, String... peran) {
        PenggunaSaatIni p = new PenggunaSaatIni();
        p.tetapkan(new PenggunaTerverifikasi(username, username, username + "@uji", List.of(pemda), Set.of(peran)));
        return new PenggunaPemdaService(p, () -> pemda, direktori);
    }

    private PenggunaPemdaService admin() {
        return sebagai("kab-klungkung", "admin.klungkung", "admin-pemda");
    }

    private static Map<String, GalatIsian> galat(ValidasiGagalException e) {
        return e.galat().stream().collect(Collectors.toMap(GalatIsian::field, g -> g));
    }

    @Test
    void daftarHanyaPenggunaPemdaSendiri() {
        List<String> nama = admin().daftar().stream().map(AkunPengguna::username).toList();
        assertEquals(List.of("admin.klungkung", "operator.klungkung"), nama);
    }

    @Test
    void semuaIsianSalahDilaporkanSekaligus() {
        ValidasiGagalException e = assertThrows(ValidasiGagalException.class, () -> admin().buat(new PermintaanPengguna(
                "A b", "", "bukan-email", List.of("kementerian", "operator", "raja"), "pendek", "123")));
        Map<String, GalatIsian> g = galat(e);
        assertEquals(Set.of("username", "nama", "email", "peran[0]", "peran[2]", "kataSandiSementara", "nip"), g.keySet());
        assertTrue(g.get("peran[0]").pesan().contains("kementerian tidak dapat diberikan"), g.get("peran[0]").pesan());
        assertTrue(g.get("peran[0]").pesanEn().contains("cannot be given"), g.get("peran[0]").pesanEn());
        assertEquals("kementerian", g.get("peran[0]").nilai());
        assertTrue(g.get("nip").pesan().contains("18 angka"), g.get("nip").pesan());
        assertEquals(null, g.get("kataSandiSementara").nilai(), "the password is never echoed");
        assertEquals(3, direktori.akun.size(), "nothing created");
    }

    @Test
    void adminPlatformDanTanpaPeranDitolak() {
        Map<String, GalatIsian> g = galat(assertThrows(ValidasiGagalException.class, () -> admin().buat(
                new PermintaanPengguna("uji.satu", "Uji Satu", "uji.satu@klungkungkab.go.id", List.of("admin-platform"),
                        "Sementara123", null))));
        assertEquals(Set.of("peran[0]"), g.keySet());
        g = galat(assertThrows(ValidasiGagalException.class, () -> admin().buat(
                new PermintaanPengguna("uji.satu", "Uji Satu", "uji.satu@klungkungkab.go.id", List.of(),
                        "Sementara123", null))));
        assertEquals(Set.of("peran"), g.keySet());
    }

    @Test
    void membuatPenggunaDenganNipDanSandiSementara() {
        AkunPengguna a = admin().buat(new PermintaanPengguna(" Uji.Operator ", "I Made  Suartana", "made@klungkungkab.go.id",
                List.of("operator", "verifikator", "operator"), "Sementara123", "NIP. 19641028 199003 1 009"));
        assertEquals("uji.operator", a.username());
        assertEquals("I Made Suartana", a.nama());
        assertEquals(List.of("operator", "verifikator"), a.peran());
        assertEquals(NIP_SAH, a.nip());
        assertTrue(a.wajibGantiSandi());
        assertEquals("Sementara123", direktori.akun.get(a.id()).sandi());
        assertEquals("kab-klungkung", direktori.akun.get(a.id()).pemda());
    }

    @Test
    void usernameDanEmailYangSudahDipakaiDitolakBersama() {
        Map<String, GalatIsian> g = galat(assertThrows(ValidasiGagalException.class, () -> admin().buat(
                new PermintaanPengguna("operator.kaltim", "Uji", "operator.klungkung@contoh.go.id", List.of("operator"),
                        "Sementara123", null))));
        assertEquals(Set.of("username", "email"), g.keySet());
    }

    @Test
    void nipDenganTanggalSalahDitolak() {
        Map<String, GalatIsian> g = galat(assertThrows(ValidasiGagalException.class, () -> admin().buat(
                new PermintaanPengguna("uji.nip", "Uji Nip", "uji.nip@klungkungkab.go.id", List.of("operator"),
                        "Sementara123", "196413281990031009"))));
        assertEquals(Set.of("nip"), g.keySet());
        assertTrue(g.get("nip").pesan().contains("tanggal lahir"), g.get("nip").pesan());
    }

    @Test
    void penggunaPemdaLainTidakDitemukan() {
        PenggunaPemdaService admin = admin();
        assertThrows(TidakDitemukanException.class, () -> admin.nonaktifkan(operatorKaltim));
        assertThrows(TidakDitemukanException.class, () -> admin.aktifkan(operatorKaltim));
        assertThrows(TidakDitemukanException.class, () -> admin.ubahPeran(operatorKaltim, List.of("operator")));
        // 404 before the body is looked at: an invalid body on another pemda's id still says "not found"
        assertThrows(TidakDitemukanException.class, () -> admin.ubahPeran(operatorKaltim, List.of("kementerian")));
        assertThrows(TidakDitemukanException.class, () -> admin.nonaktifkan("bukan-id"));
        assertTrue(direktori.akun.get(operatorKaltim).akun().aktif());
    }

    @Test
    void nonaktifkanLaluAktifkanLagi() {
        PenggunaPemdaService admin = admin();
        assertFalse(admin.nonaktifkan(operatorKlungkung).aktif());
        assertTrue(admin.aktifkan(operatorKlungkung).aktif());
    }

    @Test
    void adminTidakDapatMenonaktifkanDirinyaAtauMencabutPeranAdminnya() {
        PenggunaPemdaService admin = admin();
        assertThrows(AturanDilanggarException.class, () -> admin.nonaktifkan(adminKlungkung));
        assertThrows(AturanDilanggarException.class, () -> admin.ubahPeran(adminKlungkung, List.of("operator")));
        assertEquals(List.of("admin-pemda", "pimpinan"), admin.ubahPeran(adminKlungkung,
                List.of("pimpinan", "admin-pemda")).peran());
        assertTrue(direktori.akun.get(adminKlungkung).akun().aktif());
    }

    @Test
    void ubahPeranMenolakKementerian() {
        Map<String, GalatIsian> g = galat(assertThrows(ValidasiGagalException.class,
                () -> admin().ubahPeran(operatorKlungkung, List.of("operator", "kementerian"))));
        assertEquals(Set.of("peran[1]"), g.keySet());
        assertEquals(List.of("operator"), direktori.akun.get(operatorKlungkung).akun().peran());
    }

    @Test
    void hanyaAdminPemda() {
        for (String[] peran : new String[][] {{"operator"}, {"verifikator"}, {"pimpinan"}, {"kementerian"}, {"admin-platform"}}) {
            PenggunaPemdaService bukanAdmin = sebagai("kab-klungkung", "x", peran);
            assertThrows(AksesDitolakException.class, bukanAdmin::daftar, Arrays.toString(peran));
            assertThrows(AksesDitolakException.class, () -> bukanAdmin.nonaktifkan(operatorKlungkung));
        }
    }
}
