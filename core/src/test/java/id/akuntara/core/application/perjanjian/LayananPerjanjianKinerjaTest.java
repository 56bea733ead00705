package id.akuntara.core.application.perjanjian;

import id.akuntara.core.akses.AksesDitolakException;
import id.akuntara.core.akses.Peran;
import id.akuntara.core.domain.bersama.AturanDilanggarException;
import id.akuntara.core.galat.GalatIsian;
import id.akuntara.core.galat.KonflikVersiException;
import id.akuntara.core.galat.TidakDitemukanException;
import id.akuntara.core.galat.ValidasiGagalException;
import id.akuntara.core.infrastructure.paket.MuatPaketBawaan;
import id.akuntara.core.infrastructure.persistence.JpaAnggaranRepository;
import id.akuntara.core.infrastructure.persistence.JpaKepegawaianRepository;
import id.akuntara.core.infrastructure.persistence.JpaPerjanjianKinerjaRepository;
import id.akuntara.core.infrastructure.persistence.JpaRencanaRepository;
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
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.SQLException;
import java.util.List;
import java.util.Set;
import java.util.function.Function;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The Perjanjian Kinerja use cases on a real PostgreSQL holding the seeds' packages of Provinsi Kalimantan Timur and
 * Kota Pangkalpinang. Golden figures from the seeds: Kaltim 2022's Sekda PK (Rp 254.986.626.497) and its three signed
 * Asisten PKs, which sum to it. Every test that writes runs in a transaction that is rolled back afterwards (it still
 * flushes, so the database's constraints and triggers run), so the tests share the seeded data without an order.
 */
class LayananPerjanjianKinerjaTest {

    private static final String KALTIM = "prov-kaltim";
    private static final String PANGKALPINANG = "kota-pangkalpinang";
    private static final String SEKDA_2022 = "PK-2022-SEKDA";
    private static final BigDecimal TOTAL_2022 = new BigDecimal("254986626497");
    private static BasisDataUji db;

    @BeforeAll
    static void siapkan() throws IOException {
        db = BasisDataUji.baru();
        muat(KALTIM, "tenant-provinsi");
        muat(PANGKALPINANG, "tenant-kota");
    }

    private static void muat(String pemda, String modul) throws IOException {
        String json = Files.readString(Path.of("..", modul, "src", "main", "resources", "paket", pemda + ".json"),
                StandardCharsets.UTF_8);
        db.jalankanSebagai(pemda, "uji", em -> new MuatPaketBawaan(em).muat(pemda, "uji:" + pemda, json));
    }

    private static PerjanjianKinerjaService layanan(EntityManager em, String pemda, String peran) {
        PenggunaSaatIni pengguna = new PenggunaSaatIni();
        pengguna.tetapkan(new PenggunaTerverifikasi(peran + "." + pemda, peran, null, List.of(pemda), Set.of(peran)));
        return new LayananPerjanjianKinerja(new JpaPerjanjianKinerjaRepository(em), new JpaUnitOrganisasiRepository(em),
                new JpaKepegawaianRepository(em), new JpaRencanaRepository(em), new JpaAnggaranRepository(em), pengguna);
    }

    /** The callers of one unit of work of a pemda, all on the same transaction. */
    record Pemda(EntityManager em, String kode) {
        PerjanjianKinerjaService sebagai(String peran) {
            return layanan(em, kode, peran);
        }

        PerjanjianKinerjaService operator() {
            return sebagai(Peran.OPERATOR);
        }

        PerjanjianKinerjaService pimpinan() {
            return sebagai(Peran.PIMPINAN);
        }
    }

    /** Runs {@code kerja} for {@code pemda} in a transaction that is always rolled back, giving back its result. */
    private static <T> T hasil(String pemda, Function<Pemda, T> kerja) {
        return KerjaLatar.jalankan(pemda, "uji", () -> {
            EntityManager em = db.emf().createEntityManager();
            try {
                em.getTransaction().begin();
                return kerja.apply(new Pemda(em, pemda));
            } finally {
                if (em.getTransaction().isActive()) {
                    em.getTransaction().rollback();
                }
                em.close();
            }
        });
    }

    private static void batal(String pemda, java.util.function.Consumer<Pemda> kerja) {
        hasil(pemda, p -> {
            kerja.accept(p);
            return null;
        });
    }

    private static List<GalatIsian> galat(Executable e) {
        return assertThrows(ValidasiGagalException.class, e).galat();
    }

    private static GalatIsian field(List<GalatIsian> galat, String field) {
        return galat.stream().filter(g -> g.field().equals(field)).findFirst()
                .orElseThrow(() -> new AssertionError("tidak ada galat " + field + " dalam " + galat));
    }

    /**
     * The Plt. Asisten I's PK 2022 drafted again from the Sekda's, replacing the signed one: rows 1–4 of the Sekda
     * (SS1) and the programs as the seed splits them (kaltim-c agreements).
     */
    private static PermintaanAnak asistenSatu(String kode, String jumlahPenunjang) {
        return new PermintaanAnak(kode, null, "plt-as1-deni", null, "Samarinda", "2022-01-03", "HARI",
                List.of(IsiBaris.dariInduk(1, "3,10"), IsiBaris.dariInduk(2, "92,50"), IsiBaris.dariInduk(3, "100"),
                        IsiBaris.dariInduk(4, null)),
                List.of(IsiProgram.dariInduk(1, jumlahPenunjang), IsiProgram.dariInduk(3, null), IsiProgram.dariInduk(4, null),
                        IsiProgram.dariInduk(5, null)),
                null, null, "PK-2022-ASPEMKESRA", "Koreksi penulisan PK (uji)");
    }

    // ------------------------------------------------------------------------------------------------ reading

    @Test
    void daftarMenurutTahunDanUnitDenganPihakDanTotal() {
        batal(KALTIM, p -> {
            List<RingkasanPk> semua2022 = p.sebagai(Peran.VERIFIKATOR).daftar(2022, null);
            assertEquals(List.of("PK-2022-ASADUM", "PK-2022-ASPAP", "PK-2022-ASPEMKESRA", SEKDA_2022),
                    semua2022.stream().map(RingkasanPk::kode).toList());
            List<RingkasanPk> as1 = p.operator().daftar(2022, "AS1");
            assertEquals(1, as1.size());
            RingkasanPk pk = as1.get(0);
            assertEquals("PK-2022-ASPEMKESRA", pk.kode());
            assertEquals(SEKDA_2022, pk.induk());
            assertEquals("DITANDATANGANI", pk.status());
            assertEquals(1, pk.versiKe());
            assertEquals("MURNI", pk.jenisVersi());
            assertEquals("PLT", pk.pihakPertama().jenis());
            assertEquals("Plt. Asisten Pemerintahan dan Kesejahteraan Rakyat", pk.pihakPertama().sebutan());
            assertEquals("Sekretaris Daerah Provinsi Kalimantan Timur", pk.pihakKedua().sebutan());
            assertEquals("19620128 198803 1 005", pk.pihakKedua().nip());
            assertEquals("Muhammad Sa'bani", pk.pihakKedua().nama());
            assertEquals("3 Januari 2022", pk.tanggalTampil());
            assertEquals("Rp 56.748.128.038", pk.totalTerhitung().teks());
            assertEquals(0, new BigDecimal("56748128038").compareTo(pk.totalTertulis().nilai()));
            assertEquals(new BigDecimal("56748128038"), pk.totalTerhitung().nilai(), "no trailing .00, no exponent");
            assertEquals(4, pk.jumlahBaris());
            assertEquals(4, pk.jumlahProgram());
            assertEquals(List.of(), p.operator().daftar(2022, "TIDAK-ADA"));
            assertEquals(7, p.operator().daftar(null, null).size());
        });
    }

    @Test
    void bacaSatuPkDenganBarisProgramTerbilangDanVersi() {
        RincianPk pk = hasil(KALTIM, p -> p.sebagai(Peran.ADMIN_PEMDA).baca(SEKDA_2022));
        assertEquals(12, pk.baris().size());
        assertEquals(8, pk.program().size());
        BarisPk ikm = pk.baris().get(9);
        assertEquals(10, ikm.nomor());
        assertEquals("IK-IKM-UMUM", ikm.indikator());
        assertEquals("SS4", ikm.sasaran());
        assertEquals(0, new BigDecimal("77.5").compareTo(ikm.target()));
        assertEquals("77,5", ikm.targetTeks());
        assertEquals("77.50 (B/Baik)", ikm.targetLabel());
        ProgramPk penunjang = pk.program().get(0);
        assertEquals("PROGRAM PENUNJANG URUSAN PEMERINTAHAN DAERAH PROVINSI", penunjang.namaProgram());
        assertEquals("Rp 188.357.994.218", penunjang.jumlah().teks());
        assertEquals("Rp 254.986.626.497", pk.totalTertulis().teks());
        assertEquals("dua ratus lima puluh empat miliar sembilan ratus delapan puluh enam juta enam ratus dua puluh enam"
                + " ribu empat ratus sembilan puluh tujuh rupiah", pk.totalTerhitung().terbilang());
        assertEquals(pk.totalTerhitung().terbilang(), pk.totalTerbilangTertulis());
        assertNull(pk.selisihTotal());
        assertEquals(List.of(SEKDA_2022), pk.riwayatVersi().stream().map(VersiPk::kode).toList());
        assertEquals(List.of("PK-2022-ASADUM", "PK-2022-ASPAP", "PK-2022-ASPEMKESRA"), pk.anak());
        assertEquals("Gubernur Kalimantan Timur", pk.pihakKedua().sebutan());
    }

    /** domain.md: in Kaltim 2022 the children sum exactly to the parent (Rp 254.986.626.497). */
    @Test
    void kaskadeKaltim2022AsistenMenjumlahSamaDenganSekda() {
        LaporanKaskade k = hasil(KALTIM, p -> p.sebagai(Peran.PIMPINAN).kaskade(SEKDA_2022));
        assertEquals(List.of("PK-2022-ASADUM", "PK-2022-ASPAP", "PK-2022-ASPEMKESRA"),
                k.anak().stream().map(LaporanKaskade.Anak::kode).toList());
        assertEquals(0, TOTAL_2022.compareTo(k.total().induk().nilai()));
        assertEquals(0, TOTAL_2022.compareTo(k.total().anak().nilai()));
        assertEquals("Rp 254.986.626.497", k.total().anak().teks());
        assertEquals("Rp 0", k.total().selisih().teks());
        assertTrue(k.total().sama());
        assertEquals(8, k.program().size());
        LaporanKaskade.Program penunjang = k.program().get(0);
        assertEquals("Rp 188.357.994.218", penunjang.induk().teks());
        assertEquals(List.of("PK-2022-ASADUM Rp 174.713.000.459", "PK-2022-ASPAP Rp 7.982.494.600",
                "PK-2022-ASPEMKESRA Rp 5.662.499.159"),
                penunjang.rincian().stream().map(b -> b.kode() + " " + b.jumlah().teks()).toList());
        assertTrue(k.program().stream().allMatch(LaporanKaskade.Program::sama), k.program().toString());
        assertEquals(List.of(), k.temuan());
        assertTrue(k.seimbang());
        assertEquals("Rp 178.369.979.459", k.anak().get(0).total().teks());
    }

    // ------------------------------------------------------------------------------------------------ child PK

    @Test
    void anakMemuatSubsetBarisIndukDenganTargetSamaDanProgramDibagi() {
        batal(KALTIM, p -> {
            RincianPk anak = p.operator().buatAnak(SEKDA_2022, asistenSatu("PK-2022-ASPEMKESRA-P2", "5.662.499.159"));
            assertEquals("DRAFT", anak.status());
            assertEquals(2, anak.versiKe());
            assertEquals("PERUBAHAN", anak.jenisVersi());
            assertEquals("PK-2022-ASPEMKESRA", anak.menggantikan());
            assertEquals("Koreksi penulisan PK (uji)", anak.alasanPerubahan());
            assertEquals(SEKDA_2022, anak.induk());
            assertEquals("AS1", anak.unit().kode());
            assertEquals("sekda-sabani", anak.pihakKedua().penugasan(), "the parent's first party by default");
            assertEquals(List.of("IK-EKPPD", "IK-KERJASAMA", "IK-PRODUK-HUKUM", "IK-KESRA"),
                    anak.baris().stream().map(BarisPk::indikator).toList());
            assertEquals("92.50", anak.baris().get(1).targetLabel(), "the parent's row, label included");
            assertEquals("Rp 56.748.128.038", anak.totalTerhitung().teks());
            assertEquals("Rp 56.748.128.038", anak.totalTertulis().teks(), "stated total left out: Σ programs");
            assertTrue(anak.totalTerbilangTertulis().startsWith("lima puluh enam miliar"), anak.totalTerbilangTertulis());
            assertEquals(List.of("PK-2022-ASPEMKESRA", "PK-2022-ASPEMKESRA-P2"),
                    anak.riwayatVersi().stream().map(VersiPk::kode).toList());
            // the replaced child no longer counts: the cascade still adds up
            LaporanKaskade k = p.operator().kaskade(SEKDA_2022);
            assertEquals(List.of("PK-2022-ASADUM", "PK-2022-ASPAP", "PK-2022-ASPEMKESRA-P2"),
                    k.anak().stream().map(LaporanKaskade.Anak::kode).toList());
            assertTrue(k.seimbang(), k.toString());
        });
    }

    @Test
    void targetBerbedaDitolakMenyebutBarisnya() {
        batal(KALTIM, p -> {
            PermintaanAnak q = asistenSatu("PK-2022-ASPEMKESRA-P2", "5.662.499.159");
            PermintaanAnak beda = new PermintaanAnak(q.kode(), q.unit(), q.pihakPertama(), q.pihakKedua(), q.tempat(),
                    q.tanggal(), q.presisiTanggal(), List.of(IsiBaris.dariInduk(1, "3,10"), IsiBaris.dariInduk(2, "90"),
                    IsiBaris.dariInduk(13, null), IsiBaris.dariInduk(1, null), IsiBaris.dariInduk(4, "8,7.0")),
                    q.program(), null, null, q.menggantikan(), q.alasanPerubahan());
            List<GalatIsian> g = galat(() -> p.operator().buatAnak(SEKDA_2022, beda));
            GalatIsian target = field(g, "baris[1].target");
            assertEquals("90", target.nilai());
            assertTrue(target.pesan().contains("baris 2") && target.pesan().contains("92,5")
                    && target.pesan().contains("Persentase kerjasama yang ditindaklanjuti"), target.pesan());
            assertTrue(field(g, "baris[2].barisInduk").pesan().contains("tidak memiliki baris 13"), g.toString());
            assertTrue(field(g, "baris[3].barisInduk").pesan().contains("lebih dari sekali"), g.toString());
            field(g, "baris[4].target");
            assertEquals(4, g.size(), g.toString());
            assertEquals(4, p.operator().daftar(2022, null).size(), "nothing written");
        });
    }

    /**
     * The decision for a split program: the children's shares may not exceed the parent's amount (refused at once,
     * naming the program and who holds the rest); shares that fall short are a cascade finding, since the children are
     * drafted one by one.
     */
    @Test
    void programDibagiTidakBolehMelebihiIndukDanKekuranganMenjadiTemuan() {
        batal(KALTIM, p -> {
            List<GalatIsian> g = galat(() -> p.operator().buatAnak(SEKDA_2022,
                    asistenSatu("PK-2022-ASPEMKESRA-P2", "5.662.499.160")));
            GalatIsian lebih = field(g, "program[0].jumlah");
            assertTrue(lebih.pesan().contains("PROGRAM PENUNJANG URUSAN PEMERINTAHAN DAERAH PROVINSI")
                    && lebih.pesan().contains("Rp 188.357.994.218") && lebih.pesan().contains("sisa Rp 5.662.499.159")
                    && lebih.pesan().contains("PK-2022-ASADUM Rp 174.713.000.459"), lebih.pesan());
            // a new child beside the three: the whole of PROGRAM PENATAAN ORGANISASI is already with the Asisten III
            PermintaanAnak biro = new PermintaanAnak("PK-2022-BIRO-UJI", "AS3", "as3-fathul", null, null, null, null,
                    List.of(IsiBaris.dariInduk(9, "67")), List.of(IsiProgram.dariInduk(2, null)), null, null, null, null);
            assertTrue(field(galat(() -> p.operator().buatAnak(SEKDA_2022, biro)), "program[0].jumlah").pesan()
                    .contains("sisa Rp 0"));
            // one share larger than the parent's program itself
            PermintaanAnak besar = new PermintaanAnak("PK-2022-BIRO-UJI", "AS3", "as3-fathul", null, null, null, null,
                    List.of(IsiBaris.dariInduk(9, null)), List.of(IsiProgram.dariInduk(2, "Rp 4.000.000.000")), null, null,
                    null, null);
            assertTrue(field(galat(() -> p.operator().buatAnak(SEKDA_2022, besar)), "program[0].jumlah").pesan()
                    .contains("melebihi"));

            // a share that falls short is written, and the cascade check reports it
            p.operator().buatAnak(SEKDA_2022, asistenSatu("PK-2022-ASPEMKESRA-P2", "5.000.000.000"));
            LaporanKaskade k = p.operator().kaskade(SEKDA_2022);
            assertFalse(k.seimbang());
            assertEquals("Rp 662.499.159", k.total().selisih().teks());
            LaporanKaskade.Program penunjang = k.program().get(0);
            assertFalse(penunjang.sama());
            assertEquals("Rp 662.499.159", penunjang.selisih().teks());
            LaporanKaskade.Temuan t = k.temuan().stream().filter(x -> x.idPemeriksaan().equals("pk-anak-program"))
                    .findFirst().orElseThrow(() -> new AssertionError(k.temuan().toString()));
            assertEquals("GALAT", t.keparahan());
            assertTrue(t.deskripsi().contains("selisih Rp 662.499.159"), t.deskripsi());
            assertTrue(t.rujukan().contains(SEKDA_2022 + "/program/1") && t.rujukan().contains("PK-2022-ASPEMKESRA-P2/program/1"),
                    t.rujukan().toString());
        });
    }

    @Test
    void pihakHarusMenjabatPadaTanggalPkDanIsianLainDiperiksaSekaligus() {
        batal(KALTIM, p -> {
            PermintaanAnak q = new PermintaanAnak("PK 2022/x", "TIDAK-ADA", "tidak-ada", "sekda-sabani", null, "2022-03-01",
                    "MINGGU", List.of(), null, "1,234.5", null, null, null);
            List<GalatIsian> g = galat(() -> p.operator().buatAnak(SEKDA_2022, q));
            assertEquals(Set.of("kode", "unit", "pihakPertama", "presisiTanggal", "baris", "totalTertulis", "pihakKedua"),
                    g.stream().map(GalatIsian::field).collect(java.util.stream.Collectors.toSet()), g.toString());
            assertTrue(field(g, "pihakKedua").pesan().contains("2019-01-01 s.d. 2022-02-21"), g.toString());
            // the Pj. Sekda holds the position from 21 February 2022
            PermintaanAnak pj = new PermintaanAnak("PK-2022-UJI", "AS3", "as3-fathul", "pj-sekda-riza", null, "2022-02",
                    "BULAN", List.of(IsiBaris.dariInduk(9, null)), null, null, null, null, null);
            assertTrue(galat(() -> p.operator().buatAnak(SEKDA_2022, pj)).stream().anyMatch(x -> x.field().equals("tanggal")));
            PermintaanAnak bulan = new PermintaanAnak("PK-2022-UJI", "AS3", "as3-fathul", "pj-sekda-riza", null,
                    "2022-02-14", "BULAN", List.of(IsiBaris.dariInduk(9, null)), null, null, null, null, null);
            RincianPk r = p.operator().buatAnak(SEKDA_2022, bulan);
            assertEquals("2022-02-01", r.tanggal());
            assertEquals("Februari 2022", r.tanggalTampil());
            assertEquals("Pj. Sekretaris Daerah Provinsi Kalimantan Timur", r.pihakKedua().sebutan());
        });
    }

    // ------------------------------------------------------------------------------------------------ signing, versions

    @Test
    void pkTertandatanganTidakDapatDiubahDanPerubahanMenyebutYangDiganti() {
        batal(KALTIM, p -> {
            RincianPk draft = p.operator().buatAnak(SEKDA_2022, asistenSatu("PK-2022-ASPEMKESRA-P2", "5.662.499.159"));
            RincianPk ditandatangani = p.pimpinan().tandatangani(draft.kode(), new PermintaanTandaTangan(draft.versi()));
            assertEquals("DITANDATANGANI", ditandatangani.status());
            assertTrue(ditandatangani.versi() > draft.versi());
            assertFalse(ditandatangani.ditandatanganiPada().isBlank());

            PermintaanUbah ubah = new PermintaanUbah(ditandatangani.versi(), null, null, "Balikpapan", null, null, null, null,
                    null, null);
            var e = assertThrows(AturanDilanggarException.class, () -> p.operator().ubah(draft.kode(), ubah));
            assertTrue(e.getMessage().contains("sudah ditandatangani") && e.getMessage().contains("PK Perubahan"), e.getMessage());
            assertThrows(AturanDilanggarException.class, () -> p.pimpinan().tandatangani(draft.kode(),
                    new PermintaanTandaTangan(ditandatangani.versi())));
            // even without a version: the reason comes first
            assertThrows(AturanDilanggarException.class, () -> p.operator().ubah(draft.kode(), null));

            RincianPk perubahan = p.operator().buatPerubahan(draft.kode(),
                    new PermintaanPerubahan(null, "Pergantian pejabat: Asisten definitif dilantik", null, null));
            assertEquals("PK-2022-ASPEMKESRA-P3", perubahan.kode(), "the first version's code, -P and the version number");
            assertEquals(3, perubahan.versiKe());
            assertEquals(draft.kode(), perubahan.menggantikan());
            assertEquals("Pergantian pejabat: Asisten definitif dilantik", perubahan.alasanPerubahan());
            assertEquals("DRAFT", perubahan.status());
            assertEquals(draft.baris(), perubahan.baris());
            assertEquals(draft.totalTertulis(), perubahan.totalTertulis());
            assertEquals(List.of("PK-2022-ASPEMKESRA", "PK-2022-ASPEMKESRA-P2", "PK-2022-ASPEMKESRA-P3"),
                    perubahan.riwayatVersi().stream().map(VersiPk::kode).toList());
            assertEquals(perubahan.kode(), p.operator().baca(draft.kode()).digantikanOleh());

            var lagi = assertThrows(AturanDilanggarException.class, () -> p.operator().buatPerubahan(draft.kode(),
                    new PermintaanPerubahan(null, "lagi", null, null)));
            assertTrue(lagi.getMessage().contains("sudah digantikan oleh PK-2022-ASPEMKESRA-P3"), lagi.getMessage());
            var masihDraft = assertThrows(AturanDilanggarException.class, () -> p.operator().buatPerubahan(perubahan.kode(),
                    new PermintaanPerubahan(null, "lagi", null, null)));
            assertTrue(masihDraft.getMessage().contains("masih draft"), masihDraft.getMessage());
            assertEquals("alasan", galat(() -> p.operator().buatPerubahan("PK-2022-ASADUM", null)).get(0).field());
        });
    }

    @Test
    void indukYangSudahDigantikanTidakMenurunkanAnak() {
        batal(KALTIM, p -> {
            RincianPk p2 = p.operator().buatPerubahan(SEKDA_2022, new PermintaanPerubahan(null,
                    "Pergantian pejabat: Pj. Sekretaris Daerah sejak 21 Februari 2022", "pj-sekda-riza", null));
            assertEquals("PK-2022-SEKDA-P2", p2.kode());
            assertEquals("Pj. Sekretaris Daerah Provinsi Kalimantan Timur", p2.pihakPertama().sebutan());
            assertEquals("Rp 254.986.626.497", p2.totalTertulis().teks());
            var e = assertThrows(AturanDilanggarException.class,
                    () -> p.operator().buatAnak(SEKDA_2022, asistenSatu("PK-2022-X", null)));
            assertTrue(e.getMessage().contains("sudah digantikan oleh PK-2022-SEKDA-P2"), e.getMessage());
        });
    }

    @Test
    void versiBasiAtauTanpaVersiDitolak() {
        batal(KALTIM, p -> {
            RincianPk draft = p.operator().buatAnak(SEKDA_2022, asistenSatu("PK-2022-ASPEMKESRA-P2", "5.662.499.159"));
            var konflik = assertThrows(KonflikVersiException.class, () -> p.operator().ubah(draft.kode(),
                    new PermintaanUbah(draft.versi() + 5, null, null, "Balikpapan", null, null, null, null, null, null)));
            assertEquals(draft.versi(), konflik.versiSaatIni());
            assertEquals("versi", galat(() -> p.pimpinan().tandatangani(draft.kode(), new PermintaanTandaTangan(null)))
                    .get(0).field());
        });
    }

    /** Editing a draft: parties, place, date, rows and programs; a row dropped from the draft is deleted. */
    @Test
    void draftDiubahTermasukBarisDanProgram() {
        batal(PANGKALPINANG, p -> {
            RincianPk awal = p.operator().baca("PK-2021-SETDA");
            assertEquals("DRAFT", awal.status());
            assertEquals(3, awal.baris().size());
            assertEquals(14, awal.program().size());
            PermintaanUbah q = new PermintaanUbah(awal.versi(), null, null, "Pangkalpinang", "2021-02-01", "HARI",
                    List.of(new IsiBaris(null, "Meningkatnya Laporan Kinerja PD yang Akuntabel dan Tepat Waktu",
                                    "Persentase PD yang menyelesaikan laporan kinerja yang akuntabel dan tepat waktu", "IS-LKPD",
                                    "%", "85", "85"),
                            new IsiBaris(null, "Meningkatkan Nilai LPPD", "Nilai LPPD", "IT-LPPD", "Nilai", "3,2721", "3,2721")),
                    List.of(new IsiProgram(null, "PROGRAM ADMINISTRASI UMUM", "PB08", "11.265.499.627", "APBD")),
                    "11.265.499.627", null);
            RincianPk hasil = p.operator().ubah("PK-2021-SETDA", q);
            assertEquals(2, hasil.baris().size());
            assertEquals("IS-LKPD", hasil.baris().get(0).indikator());
            assertEquals("S1", hasil.baris().get(0).sasaran());
            assertEquals(0, new BigDecimal("3.2721").compareTo(hasil.baris().get(1).target()));
            assertEquals(1, hasil.program().size());
            assertEquals("PB08", hasil.program().get(0).posAnggaran());
            assertEquals("Rp 11.265.499.627", hasil.totalTertulis().teks());
            assertTrue(hasil.totalTerbilangTertulis().startsWith("sebelas miliar"), hasil.totalTerbilangTertulis());
            assertEquals("1 Februari 2021", hasil.tanggalTampil());
            assertTrue(hasil.versi() > awal.versi());
            p.em().clear();
            assertEquals(2, p.operator().baca("PK-2021-SETDA").baris().size(), "the dropped row is deleted");

            List<GalatIsian> g = galat(() -> p.operator().ubah("PK-2021-SETDA", new PermintaanUbah(hasil.versi(), null,
                    null, null, null, null, List.of(IsiBaris.dariInduk(1, "85")),
                    List.of(new IsiProgram(null, "X", "PB99", "12,345.6", null)), null, null)));
            assertEquals(Set.of("baris[0].barisInduk", "baris[0].sasaranTeks", "baris[0].indikatorTeks",
                    "program[0].posAnggaran", "program[0].jumlah"),
                    g.stream().map(GalatIsian::field).collect(java.util.stream.Collectors.toSet()), g.toString());
        });
    }

    // ------------------------------------------------------------------------------------------------ access

    @Test
    void kodePemdaLainTidakDitemukanSebelumIsianDiperiksa() {
        batal(PANGKALPINANG, p -> {
            assertThrows(TidakDitemukanException.class, () -> p.operator().baca(SEKDA_2022));
            assertThrows(TidakDitemukanException.class, () -> p.operator().buatAnak(SEKDA_2022, null));
            assertThrows(TidakDitemukanException.class, () -> p.operator().ubah(SEKDA_2022, null));
            assertThrows(TidakDitemukanException.class, () -> p.operator().kaskade(SEKDA_2022));
            assertThrows(TidakDitemukanException.class, () -> p.pimpinan().tandatangani(SEKDA_2022, null));
            assertThrows(TidakDitemukanException.class, () -> p.operator().buatPerubahan(SEKDA_2022, null));
            assertEquals(List.of("PK-2021-SETDA"), p.operator().daftar(null, null).stream().map(RingkasanPk::kode).toList());
        });
        batal(KALTIM, p -> {
            var e = assertThrows(TidakDitemukanException.class, () -> p.operator().baca("PK-2021-SETDA"));
            assertEquals("Perjanjian Kinerja PK-2021-SETDA tidak ditemukan.", e.getMessage());
        });
    }

    @Test
    void peranDiperiksaOlehLayanan() {
        batal(KALTIM, p -> {
            assertThrows(AksesDitolakException.class, () -> p.sebagai(Peran.VERIFIKATOR).buatAnak(SEKDA_2022, null));
            assertThrows(AksesDitolakException.class, () -> p.operator().tandatangani(SEKDA_2022, null));
            assertThrows(AksesDitolakException.class, () -> p.pimpinan().ubah(SEKDA_2022, null));
            assertThrows(AksesDitolakException.class, () -> p.sebagai(Peran.KEMENTERIAN).daftar(2022, null));
        });
    }

    // ------------------------------------------------------------------------------------------------ the whole flow

    /**
     * The flow the IT walks over HTTP (PerjanjianKaltimIT): the Pj. Sekda's PK Perubahan, the three Asisten PKs
     * drafted again from it with the seed's rows and amounts, the cascade adds up to Rp 254.986.626.497, all signed.
     */
    @Test
    void alurKaltim2022PerubahanSekdaDanTigaAsisten() {
        batal(KALTIM, p -> {
            RincianPk sekda = p.operator().buatPerubahan(SEKDA_2022, new PermintaanPerubahan(null,
                    "Pergantian pejabat: Pj. Sekretaris Daerah sejak 21 Februari 2022", "pj-sekda-riza", null));
            sekda = p.operator().ubah(sekda.kode(), new PermintaanUbah(sekda.versi(), null, null, null, "2022-03-01", "HARI",
                    null, null, null, null));
            String kode = sekda.kode();
            PermintaanAnak adum = new PermintaanAnak("PK-2022-ASADUM-P2", null, "as3-fathul", null, null, "2022-03-01", null,
                    List.of(IsiBaris.dariInduk(8, "79"), IsiBaris.dariInduk(9, "67"), IsiBaris.dariInduk(10, "77,50"),
                            IsiBaris.dariInduk(11, "77,35"), IsiBaris.dariInduk(12, "70")),
                    List.of(IsiProgram.dariInduk(1, "174.713.000.459"), IsiProgram.dariInduk(2, null)), "178.369.979.459",
                    null, "PK-2022-ASADUM", "Pihak kedua berganti: Pj. Sekretaris Daerah");
            PermintaanAnak pap = new PermintaanAnak("PK-2022-ASPAP-P2", null, "as2-abu", null, null, "2022-03-01", null,
                    List.of(IsiBaris.dariInduk(5, "95"), IsiBaris.dariInduk(6, "75"), IsiBaris.dariInduk(7, "75")),
                    List.of(IsiProgram.dariInduk(1, "7.982.494.600"), IsiProgram.dariInduk(6, null),
                            IsiProgram.dariInduk(7, null), IsiProgram.dariInduk(8, null)), null, null, "PK-2022-ASPAP",
                    "Pihak kedua berganti: Pj. Sekretaris Daerah");
            PermintaanAnak satu = new PermintaanAnak("PK-2022-ASPEMKESRA-P2", null, "plt-as1-deni", null, null, "2022-03-01",
                    null, asistenSatu(null, null).baris(), asistenSatu(null, "5.662.499.159").program(), null, null,
                    "PK-2022-ASPEMKESRA", "Pihak kedua berganti: Pj. Sekretaris Daerah");
            for (PermintaanAnak q : List.of(adum, pap, satu)) {
                RincianPk a = p.operator().buatAnak(kode, q);
                assertEquals("pj-sekda-riza", a.pihakKedua().penugasan());
            }
            LaporanKaskade k = p.sebagai(Peran.VERIFIKATOR).kaskade(kode);
            assertEquals(List.of("PK-2022-ASADUM-P2", "PK-2022-ASPAP-P2", "PK-2022-ASPEMKESRA-P2"),
                    k.anak().stream().map(LaporanKaskade.Anak::kode).toList());
            assertEquals("Rp 254.986.626.497", k.total().induk().teks());
            assertEquals("Rp 254.986.626.497", k.total().anak().teks());
            assertTrue(k.seimbang(), k.toString());
            assertEquals(0, k.jumlahTemuan(), k.temuan().toString());

            for (String pk : List.of(kode, "PK-2022-ASADUM-P2", "PK-2022-ASPAP-P2", "PK-2022-ASPEMKESRA-P2")) {
                long versi = p.operator().baca(pk).versi();
                assertEquals("DITANDATANGANI", p.pimpinan().tandatangani(pk, new PermintaanTandaTangan(versi)).status());
            }
            assertTrue(p.operator().kaskade(kode).seimbang());
            assertEquals(4, p.operator().daftar(2022, null).stream().filter(r -> r.digantikanOleh() != null).count());
        });
    }

    /**
     * A row dropped from a draft is deleted and the deletion audited, committed for real (on a database of its own):
     * the audit row keeps the pemda and the deleted content (Envers store_data_at_delete).
     */
    @Test
    void barisDraftYangDihapusTercatatDiAudit() throws IOException, SQLException {
        BasisDataUji sendiri = BasisDataUji.baru();
        String json = Files.readString(Path.of("..", "tenant-kota", "src", "main", "resources", "paket", PANGKALPINANG + ".json"),
                StandardCharsets.UTF_8);
        sendiri.jalankanSebagai(PANGKALPINANG, "uji", em -> new MuatPaketBawaan(em).muat(PANGKALPINANG, "uji", json));
        RincianPk hasil = sendiri.transaksi(PANGKALPINANG, "operator.pangkalpinang", em -> {
            PerjanjianKinerjaService operator = layanan(em, PANGKALPINANG, Peran.OPERATOR);
            RincianPk awal = operator.baca("PK-2021-SETDA");
            List<IsiBaris> duaBaris = awal.baris().subList(0, 2).stream().map(b -> new IsiBaris(null, b.sasaranTeks(),
                    b.indikatorTeks(), b.indikator(), b.satuan(), b.targetTeks(), b.targetLabel())).toList();
            return operator.ubah("PK-2021-SETDA", new PermintaanUbah(awal.versi(), null, null, null, null, null, duaBaris,
                    null, null, null));
        });
        assertEquals(2, hasil.baris().size());
        try (var c = sendiri.superuser().getConnection(); var rs = c.createStatement().executeQuery(
                "SELECT a.tenant_id, a.indikator_teks, r.username FROM baris_perjanjian_aud a JOIN revisi r ON r.id = a.rev"
                        + " WHERE a.revtype = 2")) {
            assertTrue(rs.next(), "deletion audited");
            assertEquals(PANGKALPINANG, rs.getString(1));
            assertEquals("Persentase PD yang menyelesaikan laporan kinerja yang akuntabel dan tepat waktu", rs.getString(2));
            assertEquals("operator.pangkalpinang", rs.getString(3));
            assertFalse(rs.next());
        }
    }

    /** The database refuses to delete a signed PK's rows, even though a draft's may be deleted (V10_1). */
    @Test
    void barisPkTertandatanganTidakDapatDihapus() throws SQLException {
        try (var c = db.koneksiApp(KALTIM)) {
            var e = assertThrows(SQLException.class, () -> c.createStatement().executeUpdate(
                    "DELETE FROM baris_perjanjian WHERE perjanjian_id = (SELECT id FROM perjanjian_kinerja WHERE kode = '"
                            + SEKDA_2022 + "')"));
            assertTrue(e.getMessage().contains("sudah ditandatangani"), e.getMessage());
        }
    }
}
