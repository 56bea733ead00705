package id.akuntara.core.application.organisasi;

import id.akuntara.core.akses.AksesDitolakException;
import id.akuntara.core.akses.Peran;
import id.akuntara.core.domain.bersama.AturanDilanggarException;
import id.akuntara.core.galat.GalatIsian;
import id.akuntara.core.galat.TidakDitemukanException;
import id.akuntara.core.galat.ValidasiGagalException;
import id.akuntara.core.infrastructure.paket.MuatPaketBawaan;
import id.akuntara.core.infrastructure.persistence.JpaKepegawaianRepository;
import id.akuntara.core.infrastructure.persistence.JpaUnitOrganisasiRepository;
import id.akuntara.core.tenancy.KerjaLatar;
import id.akuntara.core.tenancy.PenggunaSaatIni;
import id.akuntara.core.tenancy.PenggunaTerverifikasi;
import id.akuntara.core.testsupport.BasisDataUji;
import jakarta.persistence.EntityManager;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.function.Executable;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.function.Consumer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The organisation chart use cases on a real PostgreSQL holding the seeds' packages of Kabupaten Klungkung and
 * Provinsi Kalimantan Timur (Pergub Kaltim 18/2021 restructured the Setda on 1 July 2021). Every test runs in a
 * transaction that is rolled back afterwards (it still flushes, so the database's constraints run).
 */
class LayananOrganisasiTest {

    private static final String KLUNGKUNG = "kab-klungkung";
    private static final String KALTIM = "prov-kaltim";
    private static final String DASAR = "Perbup Klungkung 99/2021 (uji)";
    private static BasisDataUji db;

    @BeforeAll
    static void siapkan() throws IOException {
        db = BasisDataUji.baru();
        muat(KLUNGKUNG, "tenant-kabupaten");
        muat(KALTIM, "tenant-provinsi");
    }

    private static void muat(String pemda, String modul) throws IOException {
        String json = Files.readString(Path.of("..", modul, "src", "main", "resources", "paket", pemda + ".json"),
                StandardCharsets.UTF_8);
        db.jalankanSebagai(pemda, "uji", em -> new MuatPaketBawaan(em).muat(pemda, "uji:" + pemda, json));
    }

    record Pemda(EntityManager em, String kode) {
        OrganisasiService sebagai(String peran) {
            PenggunaSaatIni pengguna = new PenggunaSaatIni();
            pengguna.tetapkan(new PenggunaTerverifikasi(peran + "." + kode, peran, null, List.of(kode), Set.of(peran)));
            return new LayananOrganisasi(new JpaUnitOrganisasiRepository(em), new JpaKepegawaianRepository(em), pengguna);
        }

        OrganisasiService admin() {
            return sebagai(Peran.ADMIN_PEMDA);
        }
    }

    private static void batal(String pemda, Consumer<Pemda> kerja) {
        KerjaLatar.jalankan(pemda, "uji", () -> {
            EntityManager em = db.emf().createEntityManager();
            try {
                em.getTransaction().begin();
                kerja.accept(new Pemda(em, pemda));
                em.flush();
                return null;
            } finally {
                if (em.getTransaction().isActive()) {
                    em.getTransaction().rollback();
                }
                em.close();
            }
        });
    }

    private static List<GalatIsian> galat(Executable e) {
        return assertThrows(ValidasiGagalException.class, e).galat();
    }

    /** Every unit code of the tree, depth first. */
    private static List<String> kode(StrukturOrganisasi s) {
        List<String> hasil = new ArrayList<>();
        s.unit().forEach(u -> kumpul(u, hasil));
        return hasil;
    }

    private static void kumpul(StrukturOrganisasi.UnitStruktur u, List<String> hasil) {
        hasil.add(u.kode());
        u.anak().forEach(a -> kumpul(a, hasil));
    }

    private static StrukturOrganisasi.UnitStruktur unit(StrukturOrganisasi s, String kode) {
        List<StrukturOrganisasi.UnitStruktur> antre = new ArrayList<>(s.unit());
        while (!antre.isEmpty()) {
            StrukturOrganisasi.UnitStruktur u = antre.remove(0);
            if (u.kode().equals(kode)) {
                return u;
            }
            antre.addAll(u.anak());
        }
        throw new AssertionError("unit " + kode + " tidak ada pada " + s.tanggal());
    }

    @Test
    void pohonKaltimSebelumDanSesudahPergub18Tahun2021() {
        batal(KALTIM, p -> {
            OrganisasiService layanan = p.sebagai(Peran.VERIFIKATOR);
            StrukturOrganisasi juni = layanan.struktur(LocalDate.of(2021, 6, 30));
            StrukturOrganisasi juli = layanan.struktur(LocalDate.of(2021, 7, 1));
            assertTrue(kode(juni).contains("B-HUMAS") && !kode(juni).contains("B-PBJ"), kode(juni).toString());
            assertTrue(kode(juli).contains("B-PBJ") && !kode(juli).contains("B-HUMAS"), kode(juli).toString());
            assertEquals(List.of("SETDA"), juli.unit().stream().map(StrukturOrganisasi.UnitStruktur::kode).toList());
            assertEquals("AS2", unit(juli, "B-PBJ").induk());
            // Sekda: Sa'bani definitif until 21 February 2022, then Pj. Riza Indra Riadi (kaltim-c)
            var sekda = unit(juli, "SETDA").jabatan().stream().filter(j -> j.kode().equals("SEKDA")).findFirst().orElseThrow();
            assertEquals("Muhammad Sa'bani", sekda.pemegang().get(0).nama());
            var maret = unit(layanan.struktur(LocalDate.of(2022, 3, 1)), "SETDA").jabatan().stream()
                    .filter(j -> j.kode().equals("SEKDA")).findFirst().orElseThrow();
            assertEquals("Pj. Sekretaris Daerah Provinsi Kalimantan Timur", maret.pemegang().get(0).sebutan());
            assertEquals("19641028 199003 1 009", maret.pemegang().get(0).nip());
            assertTrue(juli.jabatanTanpaUnit().stream().anyMatch(j -> j.kode().equals("GUB")
                    && j.pemegang().get(0).nama().contains("Isran Noor")), juli.jabatanTanpaUnit().toString());
            assertTrue(layanan.riwayat().stream().anyMatch(r -> r.kodeAsal().equals("B-INFRA") && r.jenis().equals("BUBAR")
                    && "Pergub Kaltim 18/2021".equals(r.dasarHukum()) && r.tanggal().equals("2021-07-01")));
        });
    }

    @Test
    void pecahPertengahanTahunPohonSebelumMelihatUnitLamaSesudahnyaDuaUnitBaru() {
        batal(KLUNGKUNG, p -> {
            List<PerubahanStruktur> links = p.admin().pecah("BAG-ORG", new Permintaan.Pecah(List.of(
                    new Permintaan.Hasil("BAG-ORG-KLB", "Bagian Kelembagaan dan Analisis Jabatan"),
                    new Permintaan.Hasil("BAG-ORG-RB", "Bagian Reformasi Birokrasi dan Tata Laksana")), "2021-07-01", DASAR));
            assertEquals(2, links.size());
            assertTrue(links.stream().allMatch(l -> l.jenis().equals("PECAH") && l.kodeAsal().equals("BAG-ORG")
                    && l.dasarHukum().equals(DASAR)), links.toString());
            OrganisasiService baca = p.sebagai(Peran.OPERATOR);
            List<String> sebelum = kode(baca.struktur(LocalDate.of(2021, 6, 30)));
            List<String> sesudah = kode(baca.struktur(LocalDate.of(2021, 7, 1)));
            assertTrue(sebelum.contains("BAG-ORG") && !sebelum.contains("BAG-ORG-KLB") && !sebelum.contains("BAG-ORG-RB"),
                    sebelum.toString());
            assertTrue(!sesudah.contains("BAG-ORG") && sesudah.contains("BAG-ORG-KLB") && sesudah.contains("BAG-ORG-RB"),
                    sesudah.toString());
            assertEquals("SETDA", unit(baca.struktur(LocalDate.of(2021, 7, 1)), "BAG-ORG-RB").induk(), "induk tetap");
            assertEquals(2, baca.riwayat().stream().filter(r -> r.kodeAsal().equals("BAG-ORG")).count());
            // the old version ended: a second move on it is refused with the reason
            var e = assertThrows(AturanDilanggarException.class, () -> p.admin().tutup("BAG-ORG",
                    new Permintaan.Tutup("2022-01-01", DASAR)));
            assertTrue(e.getMessage().contains("sudah berakhir pada 2021-07-01"), e.getMessage());
        });
    }

    @Test
    void dasarHukumWajibDanSemuaIsianSalahDisebutSekaligus() {
        batal(KLUNGKUNG, p -> {
            List<GalatIsian> g = galat(() -> p.admin().pecah("BAG-ORG", new Permintaan.Pecah(List.of(
                    new Permintaan.Hasil("BAG-HUK", ""), new Permintaan.Hasil("x y", "Bagian Baru")), "2019-01-01", " ")));
            List<String> field = g.stream().map(GalatIsian::field).toList();
            assertEquals(List.of("hasil[0].kode", "hasil[0].nama", "hasil[1].kode", "tanggal", "dasarHukum"), field, g.toString());
            assertTrue(g.get(3).pesan().contains("sesudah unit BAG-ORG mulai berlaku (2019-01-01)"), g.get(3).pesan());
            assertTrue(g.get(4).pesan().contains("Dasar hukum wajib diisi"), g.get(4).pesan());
            galat(() -> p.admin().gantiNama("BAG-ORG", new Permintaan.GantiNama("BAG-ORG-2", "Bagian Organisasi dan RB",
                    null, "2021-07-01", null)));
        });
        // nothing half-written: the unit is still in force after the refusals
        batal(KLUNGKUNG, p -> assertTrue(kode(p.admin().struktur(LocalDate.of(2022, 1, 1))).contains("BAG-ORG")));
    }

    @Test
    void unitYangMasihMembawahiUnitBerlakuTidakDapatDiakhiri() {
        batal(KLUNGKUNG, p -> {
            var e = assertThrows(AturanDilanggarException.class, () -> p.admin().tutup("BAG-PBJ",
                    new Permintaan.Tutup("2021-07-01", DASAR)));
            assertTrue(e.getMessage().contains("ULP (Unit Layanan Pengadaan"), e.getMessage());
        });
    }

    @Test
    void gantiNamaGabungDanTutupDenganRiwayat() {
        batal(KLUNGKUNG, p -> {
            OrganisasiService a = p.admin();
            a.gantiNama("BAG-HUK", new Permintaan.GantiNama("BAG-HUK-2022", "Bagian Hukum dan HAM", null, "2022-01-01", DASAR));
            a.gabung("BAG-EKON", new Permintaan.Gabung(List.of("BAG-ADPEM"), "BAG-EKBANG", "Bagian Perekonomian dan"
                    + " Pembangunan", "2022-01-01", DASAR));
            a.tutup("BAG-KESRA", new Permintaan.Tutup("2022-01-01", DASAR));
            List<String> des = kode(a.struktur(LocalDate.of(2021, 12, 31)));
            List<String> jan = kode(a.struktur(LocalDate.of(2022, 1, 1)));
            assertTrue(des.containsAll(List.of("BAG-HUK", "BAG-EKON", "BAG-ADPEM", "BAG-KESRA")), des.toString());
            assertTrue(jan.containsAll(List.of("BAG-HUK-2022", "BAG-EKBANG")), jan.toString());
            assertTrue(jan.stream().noneMatch(List.of("BAG-HUK", "BAG-EKON", "BAG-ADPEM", "BAG-KESRA")::contains), jan.toString());
            List<String> jenis = a.riwayat().stream().filter(r -> r.tanggal().equals("2022-01-01"))
                    .map(r -> r.jenis() + ":" + r.kodeAsal() + ">" + r.kodeHasil()).toList();
            assertEquals(List.of("GABUNG:BAG-ADPEM>BAG-EKBANG", "GABUNG:BAG-EKON>BAG-EKBANG", "GANTI_NAMA:BAG-HUK>BAG-HUK-2022",
                    "BUBAR:BAG-KESRA>null"), jenis);
        });
    }

    @Test
    void satuPejabatDefinitifPerJabatanTumpangTindihDitolakDenganAlasannya() {
        batal(KLUNGKUNG, p -> {
            OrganisasiService a = p.admin();
            PegawaiRingkas baru = a.tambahPegawai(new Permintaan.PegawaiBaru(null, "Dr. I Made Uji, S.H.",
                    "19700101 199503 1 002", "Pembina Utama Muda", "IV/c"));
            assertEquals("197001011995031002", baru.kode());
            assertEquals("LAKI_LAKI", baru.jenisKelamin());
            var e = assertThrows(AturanDilanggarException.class, () -> a.tugaskan(new Permintaan.Penugasan("sekda-uji",
                    baru.kode(), "SEKDA", "DEFINITIF", "2021-07-01", null, "SK Bupati (uji)")));
            assertTrue(e.getMessage().contains("Ir. I. Gede Putu Winastra, M.MA") && e.getMessage().contains("sekda-winastra")
                    && e.getMessage().contains("2020-01-01 dan seterusnya"), e.getMessage());
            // a Plt. beside is allowed, and printed with its prefix
            var plt = a.tugaskan(new Permintaan.Penugasan("plt-sekda-uji", "19700101 199503 1 002", "SEKDA", "PLT",
                    "2021-07-01", null, "SK Bupati (uji)"));
            assertEquals("Plt. Sekretaris Daerah Kabupaten Klungkung", plt.sebutan());
            // the old holder ends on 30 June: the definitive from 1 July is accepted
            a.akhiriPenugasan("sekda-winastra", new Permintaan.Akhiri("2021-06-30"));
            a.akhiriPenugasan("plt-sekda-uji", new Permintaan.Akhiri("2021-07-01"));
            a.tugaskan(new Permintaan.Penugasan("sekda-uji", baru.kode(), "SEKDA", "DEFINITIF", "2021-07-02", null, null));
            var juni = unit(a.struktur(LocalDate.of(2021, 6, 30)), "SETDA").jabatan().get(0).pemegang();
            var juli = unit(a.struktur(LocalDate.of(2021, 7, 1)), "SETDA").jabatan().get(0).pemegang();
            var agustus = unit(a.struktur(LocalDate.of(2021, 8, 1)), "SETDA").jabatan().get(0).pemegang();
            assertEquals(List.of("Ir. I. Gede Putu Winastra, M.MA"), juni.stream().map(StrukturOrganisasi.Pemegang::nama).toList());
            assertEquals(List.of("Plt. Sekretaris Daerah Kabupaten Klungkung"),
                    juli.stream().map(StrukturOrganisasi.Pemegang::sebutan).toList());
            assertEquals(List.of("Sekretaris Daerah Kabupaten Klungkung:Dr. I Made Uji, S.H."),
                    agustus.stream().map(x -> x.sebutan() + ":" + x.nama()).toList());
            // ending before the start is refused on the field
            assertEquals("selesai", galat(() -> a.akhiriPenugasan("sekda-uji", new Permintaan.Akhiri("2021-01-01")))
                    .get(0).field());
        });
    }

    @Test
    void nipDitolakDenganSetiapPesannya() {
        batal(KLUNGKUNG, p -> {
            List<GalatIsian> g = galat(() -> p.admin().tambahPegawai(new Permintaan.PegawaiBaru(null, "",
                    "19641328 199003 3 000", null, null)));
            List<String> pesan = g.stream().filter(x -> x.field().equals("nip")).map(GalatIsian::pesan).toList();
            assertEquals(3, pesan.size(), g.toString());
            assertTrue(pesan.get(0).contains("8 angka pertama NIP bukan tanggal lahir yang sah (19641328)"), pesan.get(0));
            assertTrue(pesan.get(1).contains("angka ke-15 NIP (jenis kelamin) harus 1 atau 2, bukan 3"), pesan.get(1));
            assertTrue(pesan.get(2).contains("nomor urut NIP (3 angka terakhir) tidak boleh 000"), pesan.get(2));
            assertTrue(g.stream().anyMatch(x -> x.field().equals("nama")), g.toString());
            List<GalatIsian> pendek = galat(() -> p.admin().tambahPegawai(new Permintaan.PegawaiBaru(null, "Uji", "1234",
                    null, null)));
            assertTrue(pendek.get(0).pesan().contains("NIP harus terdiri atas 18 angka"), pendek.toString());
            List<GalatIsian> ganda = galat(() -> p.admin().tambahPegawai(new Permintaan.PegawaiBaru(null, "Uji",
                    "19630721 198803 1 013", null, null)));
            assertTrue(ganda.get(0).pesan().contains("sudah terdaftar untuk Ir. I. Gede Putu Winastra"), ganda.toString());
        });
    }

    @Test
    void operatorMembacaTetapiTidakMenulisDanKodeTakDikenal404SebelumIsi() {
        batal(KLUNGKUNG, p -> {
            OrganisasiService operator = p.sebagai(Peran.OPERATOR);
            assertFalse(kode(operator.struktur(null)).isEmpty());
            assertThrows(AksesDitolakException.class, () -> operator.tutup("BAG-ORG", new Permintaan.Tutup("2021-07-01", DASAR)));
            assertThrows(AksesDitolakException.class, () -> operator.tambahPegawai(null));
            assertThrows(AksesDitolakException.class, () -> p.sebagai(Peran.KEMENTERIAN).struktur(null));
            assertThrows(TidakDitemukanException.class, () -> p.admin().pecah("B-PBJ", null), "kode Kaltim di Klungkung");
            assertThrows(TidakDitemukanException.class, () -> p.admin().akhiriPenugasan("sekda-sabani", null));
        });
    }
}
