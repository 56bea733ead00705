package id.akuntara.core.application.anggaran;

import id.akuntara.core.akses.AksesDitolakException;
import id.akuntara.core.domain.bersama.AturanDilanggarException;
import id.akuntara.core.galat.GalatIsian;
import id.akuntara.core.galat.KonflikVersiException;
import id.akuntara.core.galat.TidakDitemukanException;
import id.akuntara.core.galat.ValidasiGagalException;
import id.akuntara.core.testsupport.BasisDataUji;
import id.akuntara.core.testsupport.ContohData;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.function.Executable;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import java.util.function.Function;

import static id.akuntara.core.application.anggaran.AnggaranUji.PANGKALPINANG;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The budget use cases over Pangkalpinang's shipped data (LAKIP 2021: 14 program blocks, serapan 88,08 % over the
 * lines, PangkalpinangPaketTest) and lines each test creates in a year of its own: the tree with the measurement's
 * serapan, Permendagri 90/2019 codes, realisation per quarter, versions, the locked fixed year, roles and tenant
 * isolation (Kaltim's users never reach Pangkalpinang's lines).
 */
class AnggaranServiceTest {

    private static final String KALTIM = "prov-kaltim";
    private static BasisDataUji db;
    private static String sasaranS1;

    @BeforeAll
    static void siapkan() {
        db = BasisDataUji.baru();
        AnggaranUji.muatPangkalpinang(db);
        db.transaksi(KALTIM, "admin.kaltim", ContohData::lengkap);
        sasaranS1 = pb01(baca(s -> s.pohon(2021))).sasaran().get(0).id();
    }

    private static <T> T baca(Function<AnggaranServiceImpl, T> kerja) {
        return AnggaranUji.sebagai(db, PANGKALPINANG, "verifikator.pangkalpinang", "verifikator", kerja);
    }

    private static <T> T operator(Function<AnggaranServiceImpl, T> kerja) {
        return AnggaranUji.sebagai(db, PANGKALPINANG, "operator.pangkalpinang", "operator", kerja);
    }

    private static PohonAnggaran.Simpul pb01(PohonAnggaran p) {
        return p.program().stream().filter(s -> s.kode().equals("PB01")).findFirst().orElseThrow();
    }

    private static List<String> field(Executable panggilan) {
        return assertThrows(ValidasiGagalException.class, panggilan).galat().stream().map(GalatIsian::field).toList();
    }

    private static IsianPosBaru baru(int tahun, String tingkat, String induk, String kodePermendagri, String pagu) {
        return new IsianPosBaru(tahun, tingkat, induk, null, kodePermendagri, "Pos uji " + kodePermendagri, null, null, pagu,
                null, null);
    }

    @Test
    void pohon2021SerapanDariPengukuran() {
        PohonAnggaran p = baca(s -> s.pohon(2021));
        assertEquals(PANGKALPINANG, p.pemda());
        assertEquals("langsung", p.asal());
        assertFalse(p.terkunci());
        assertEquals(14, p.program().size());
        PohonAnggaran.Simpul pb01 = pb01(p);
        // 333.226.551 / 464.425.253 × 100 = 71,7503…, Pangkalpinang truncates to 2 decimals
        assertEquals("71,75", pb01.serapan().tampil());
        assertEquals("serapan/PB01", pb01.serapan().jejak());
        assertEquals(0, new BigDecimal("333226551").compareTo(pb01.realisasi().nilai()));
        assertEquals("Rp 464.425.253", pb01.pagu().tampil());
        assertEquals(List.of("S1"), pb01.sasaran().stream().map(PohonAnggaran.Terkait::kode).toList());
        PohonAnggaran.Simpul kg01 = pb01.anak().get(0);
        assertEquals("KG01", kg01.kode());
        assertEquals(List.of("SK01", "SK02", "SK03"), kg01.anak().stream().map(PohonAnggaran.Simpul::kode).toList());
        assertEquals(pb01.id(), kg01.induk());
        assertTrue(kg01.realisasiTriwulan().stream().allMatch(t -> t.realisasi() == null), "tahun dari laporan: tanpa triwulan");
        // 42.128.086.255 / 47.826.143.124 = 88,0859… % (the LAKIP prints 83,32)
        assertEquals("88,08", p.total().serapan().tampil());
        assertEquals(0, new BigDecimal("47826143124").compareTo(p.total().pagu().nilai()));
        assertTrue(p.tanpaKaitan().contains("KG01") && !p.tanpaKaitan().contains("PB01"), p.tanpaKaitan().toString());
    }

    @Test
    void kodePermendagriDanSemuaIsianSalahDisebutSekaligus() {
        assertEquals(List.of("kodePermendagri", "nama", "paguMurni", "paguPerubahan", "sasaran[0]"), field(() -> operator(s ->
                s.buat(new IsianPosBaru(2031, "PROGRAM", null, null, "4.1.02", " ", null, null, "1.000,999", "5 %",
                        List.of("bukan-uuid"))))));
        assertEquals(List.of("tahun", "tingkat", "kode", "nama", "paguMurni"), field(() -> operator(s -> s.buat(null))));

        PohonAnggaran.Simpul program = operator(s -> s.buat(new IsianPosBaru(2031, "PROGRAM", null, null, "4.01.90",
                "Program uji", "BAG-ORG", "Persentase uji", "Rp 100.000.000,-", null, List.of(sasaranS1))));
        assertEquals("2031-4.01.90", program.kode());
        assertEquals("BAG-ORG", program.unit());
        assertEquals(List.of("S1"), program.sasaran().stream().map(PohonAnggaran.Terkait::kode).toList());
        assertEquals(0, new BigDecimal("100000000").compareTo(program.paguMurni().nilai()));

        // a kegiatan's code extends its program's; the parent must be one level up and of the same year
        assertEquals(List.of("kodePermendagri"), field(() -> operator(s -> s.buat(baru(2031, "KEGIATAN", program.id(),
                "4.01.91.2.01", "1.000")))));
        assertEquals(List.of("kodePermendagri"), field(() -> operator(s -> s.buat(baru(2031, "KEGIATAN", program.id(),
                "4.01.90", "1.000")))));
        assertEquals(List.of("induk"), field(() -> operator(s -> s.buat(baru(2031, "SUB_KEGIATAN", program.id(),
                "4.01.90.2.01.01", "1.000")))));
        assertEquals(List.of("induk"), field(() -> operator(s -> s.buat(baru(2032, "KEGIATAN", program.id(),
                "4.01.90.2.01", "1.000")))));
        assertEquals(List.of("induk"), field(() -> operator(s -> s.buat(baru(2031, "PROGRAM", program.id(),
                "4.01.92", "1.000")))));
        assertEquals(List.of("induk"), field(() -> operator(s -> s.buat(baru(2031, "KEGIATAN", null, "4.01.90.2.01", "1.000")))));
        assertEquals(List.of("kode"), field(() -> operator(s -> s.buat(baru(2031, "PROGRAM", null, "4.01.90", "1.000")))));

        PohonAnggaran.Simpul kegiatan = operator(s -> s.buat(baru(2031, "kegiatan", program.id(), "4.01.90.2.01", "60.000.000")));
        PohonAnggaran.Simpul sub = operator(s -> s.buat(baru(2031, "sub-kegiatan", kegiatan.id(), "4.01.90.2.01.0001",
                "60.000.000")));
        assertEquals("SUB_KEGIATAN", sub.tingkat());
        assertEquals(kegiatan.id(), sub.induk());

        // the program's code cannot move away from its children's
        PohonAnggaran.Simpul p = baca(s -> s.pos(UUID.fromString(program.id())));
        assertEquals(List.of("kodePermendagri"), field(() -> operator(s -> s.ubah(UUID.fromString(program.id()),
                new IsianPos(p.versi(), "Program uji", "4.01.91", null, null, "100.000.000", null, null)))));
    }

    @Test
    void realisasiTriwulanMengubahSerapanDanTidakMelebihiPagu() {
        PohonAnggaran.Simpul program = operator(s -> s.buat(baru(2032, "PROGRAM", null, "4.01.80", "100.000.000")));
        PohonAnggaran.Simpul kegiatan = operator(s -> s.buat(baru(2032, "KEGIATAN", program.id(), "4.01.80.2.01", "50.000.000")));
        PohonAnggaran.Simpul sub = operator(s -> s.buat(baru(2032, "SUB_KEGIATAN", kegiatan.id(), "4.01.80.2.01.01",
                "50.000.000")));
        UUID id = UUID.fromString(sub.id());
        assertEquals("tidak-dapat-dihitung", sub.serapan().status());
        assertNull(sub.realisasi());

        PohonAnggaran.Simpul tw1 = operator(s -> s.catatRealisasi(id, 1, new IsianRealisasi(sub.versi(), "12.500.000,50")));
        assertEquals("25,00", tw1.serapan().tampil());
        assertEquals(0, new BigDecimal("12500000.50").compareTo(tw1.realisasi().nilai()));
        assertEquals("Rp 12.500.000,50", tw1.realisasiTriwulan().get(0).realisasi().tampil());
        assertNull(tw1.realisasiTriwulan().get(1).realisasi());
        assertEquals(sub.versi() + 1, tw1.versi());
        PohonAnggaran pohon = baca(s -> s.pohon(2032));
        PohonAnggaran.Simpul atas = pohon.program().get(0);
        assertEquals("25,00", atas.serapan().tampil(), "program: Σ realisasi anak / Σ pagu anak");
        assertEquals("25,00", atas.anak().get(0).serapan().tampil());

        KonflikVersiException konflik = assertThrows(KonflikVersiException.class, () -> operator(s ->
                s.catatRealisasi(id, 2, new IsianRealisasi(sub.versi(), "1.000.000"))));
        assertEquals(tw1.versi(), konflik.versiSaatIni());
        ValidasiGagalException lebih = assertThrows(ValidasiGagalException.class, () -> operator(s ->
                s.catatRealisasi(id, 2, new IsianRealisasi(tw1.versi(), "37.500.000"))));
        assertEquals("nilai", lebih.galat().get(0).field());
        assertTrue(lebih.galat().get(0).pesan().contains("melebihi pagu"), lebih.galat().toString());
        assertEquals(List.of("versi", "nilai"), field(() -> operator(s -> s.catatRealisasi(id, 2, new IsianRealisasi(null, "1.234,567")))));
        PohonAnggaran.Simpul tw2 = operator(s -> s.catatRealisasi(id, 2, new IsianRealisasi(tw1.versi(), "37.499.999,50")));
        assertEquals("100,00", tw2.serapan().tampil());

        // the pagu cannot drop below what is recorded
        assertEquals(List.of("paguPerubahan"), field(() -> operator(s -> s.ubah(id,
                new IsianPos(tw2.versi(), "Pos uji", "4.01.80.2.01.01", null, null, "50.000.000", "40.000.000", null)))));
        // a parent sums its children; a year total from a report is not silently replaced by quarters
        assertThrows(AturanDilanggarException.class, () -> operator(s -> s.catatRealisasi(UUID.fromString(kegiatan.id()), 1,
                new IsianRealisasi(kegiatan.versi(), "1"))));
        PohonAnggaran.Simpul sk01 = pb01(baca(s -> s.pohon(2021))).anak().get(0).anak().get(0);
        assertThrows(AturanDilanggarException.class, () -> operator(s -> s.catatRealisasi(UUID.fromString(sk01.id()), 1,
                new IsianRealisasi(sk01.versi(), "1"))));
    }

    @Test
    void peranDiperiksaOlehUseCase() {
        assertThrows(AksesDitolakException.class, () -> baca(s -> s.buat(baru(2034, "PROGRAM", null, "4.01.70", "1"))));
        PohonAnggaran.Simpul program = AnggaranUji.sebagai(db, PANGKALPINANG, "admin.pangkalpinang", "admin-pemda",
                s -> s.buat(baru(2034, "PROGRAM", null, "4.01.70", "1.000")));
        assertThrows(AksesDitolakException.class, () -> AnggaranUji.sebagai(db, PANGKALPINANG, "admin.pangkalpinang",
                "admin-pemda", s -> s.catatRealisasi(UUID.fromString(program.id()), 1, new IsianRealisasi(program.versi(), "1"))));
        assertThrows(AksesDitolakException.class, () -> AnggaranUji.sebagai(db, PANGKALPINANG, "kementerian", "kementerian",
                s -> s.pohon(2021)));
    }

    @Test
    void tahunYangDitetapkanTerkunci() {
        PohonAnggaran.Simpul program = operator(s -> s.buat(baru(2033, "PROGRAM", null, "4.01.60", "10.000.000")));
        db.jalankanSebagai(PANGKALPINANG, "pimpinan.pangkalpinang", em -> AnggaranUji.pengukuran(em, PANGKALPINANG)
                .tetapkan(2033, "pimpinan.pangkalpinang", Instant.parse("2034-03-31T08:00:00Z")));
        PohonAnggaran p = baca(s -> s.pohon(2033));
        assertEquals("snapshot", p.asal());
        assertTrue(p.terkunci());
        assertEquals("2034-03-31T08:00:00Z", p.ditetapkanPada());
        assertEquals("tidak-dapat-dihitung", p.program().get(0).serapan().status());
        UUID id = UUID.fromString(program.id());
        AturanDilanggarException e = assertThrows(AturanDilanggarException.class, () -> operator(s -> s.ubah(id,
                new IsianPos(program.versi(), "Baru", null, null, null, "1", null, null))));
        assertTrue(e.getMessage().contains("terkunci"), e.getMessage());
        assertThrows(AturanDilanggarException.class, () -> operator(s -> s.buat(baru(2033, "PROGRAM", null, "4.01.61", "1"))));
        assertThrows(AturanDilanggarException.class, () -> operator(s -> s.catatRealisasi(id, 1, new IsianRealisasi(program.versi(), "1"))));
    }

    @Test
    void pemdaLainTidakMenjangkauPosPangkalpinang() {
        PohonAnggaran.Simpul pb01 = pb01(baca(s -> s.pohon(2021)));
        UUID id = UUID.fromString(pb01.id());
        Function<Function<AnggaranServiceImpl, ?>, Executable> kaltim = kerja -> () -> AnggaranUji.sebagai(db, KALTIM,
                "operator.kaltim", "operator", kerja);
        // 404 before the body is read: an empty body and a stale version answer the same
        assertThrows(TidakDitemukanException.class, kaltim.apply(s -> s.pos(id)));
        assertThrows(TidakDitemukanException.class, kaltim.apply(s -> s.ubah(id, null)));
        assertThrows(TidakDitemukanException.class, kaltim.apply(s -> s.ubah(id, new IsianPos(99L, null, null, null, null, null, null, null))));
        assertThrows(TidakDitemukanException.class, kaltim.apply(s -> s.catatRealisasi(id, 1, null)));
        PohonAnggaran milikKaltim = AnggaranUji.sebagai(db, KALTIM, "operator.kaltim", "operator", s -> s.pohon(2021));
        assertEquals(KALTIM, milikKaltim.pemda());
        assertTrue(milikKaltim.program().stream().noneMatch(s -> s.id().equals(pb01.id())));
        // Pangkalpinang's ids are not Kaltim's to link to
        assertEquals(List.of("induk", "sasaran[0]"), field(kaltim.apply(s -> s.buat(new IsianPosBaru(2031, "KEGIATAN",
                pb01.id(), null, "4.01.90.2.01", "Pos", null, null, "1", null, List.of(sasaranS1))))));
    }
}
