package id.akuntara.core.application.realisasi;

import id.akuntara.core.akses.AksesDitolakException;
import id.akuntara.core.domain.bersama.AturanDilanggarException;
import id.akuntara.core.galat.GalatIsian;
import id.akuntara.core.galat.KonflikVersiException;
import id.akuntara.core.galat.TidakDitemukanException;
import id.akuntara.core.galat.ValidasiGagalException;
import id.akuntara.core.pengukuran.KinerjaTahunan;
import id.akuntara.core.testsupport.BasisDataUji;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import java.util.function.Function;

import static id.akuntara.core.application.realisasi.RealisasiUji.KLUNGKUNG;
import static id.akuntara.core.application.realisasi.RealisasiUji.PANGKALPINANG;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The realisasi use cases on Klungkung's and Pangkalpinang's built-in data (issue 10 point 3): the workflow with its
 * explanation rule measured by the engine (AKIP-PD 2020: 81,65 against the IKU target 82 → capaian 99,57 %, Klungkung
 * LKjIP 2020 BAB III), explicit blanks, every invalid field at once, versions, roles, another pemda's ids, history.
 * Each test uses its own indicator-period, so the order of the tests does not matter.
 */
class RealisasiServiceTest {

    private static BasisDataUji db;

    @BeforeAll
    static void siapkan() {
        db = BasisDataUji.baru();
        RealisasiUji.muatPaket(db, KLUNGKUNG);
        RealisasiUji.muatPaket(db, PANGKALPINANG);
    }

    private static <T> T sebagai(String username, String peran, Function<RealisasiService, T> kerja) {
        return db.transaksi(KLUNGKUNG, username, em -> kerja.apply(RealisasiUji.layanan(em, KLUNGKUNG, username, peran)));
    }

    private static <T> T operator(Function<RealisasiService, T> kerja) {
        return sebagai("operator.klungkung", "operator", kerja);
    }

    private static IsianRealisasi ada(String versi, String nilai, Penjelasan penjelasan) {
        return new IsianRealisasi(versi, "ADA", nilai, null, null, penjelasan);
    }

    private static RincianRealisasi baris(String kode, String periode) {
        return operator(s -> s.daftar(2020).indikator().stream().filter(i -> i.kode().equals(kode)).findFirst().orElseThrow()
                .realisasi().stream().filter(r -> r.periode().equals(periode)).findFirst().orElseThrow());
    }

    private static List<GalatIsian> galat(Runnable r) {
        return assertThrows(ValidasiGagalException.class, r::run).galat();
    }

    @Test
    void alurAkipPdDariDraftSampaiDitetapkanDenganPenjelasanDanRiwayat() {
        RincianRealisasi awal = baris("AKIP-PD", "TAHUNAN");
        assertEquals("DRAFT", awal.statusAlur(), "paket demo: AKIP-PD 2020 masih draf bagian organisasi");
        assertEquals("82", awal.target().tampil(), "target berwenang Klungkung: IKU");
        assertEquals("IKU", awal.target().sumber());
        assertEquals("99,57", awal.capaian().tampil());

        RincianRealisasi diisi = operator(s -> s.isi(2020, "AKIP-PD", "tahunan", ada(String.valueOf(awal.versi()), "81,65", null)));
        assertEquals(0, new BigDecimal("81.65").compareTo(diisi.nilai()));
        assertEquals("81,65", diisi.nilaiTampil());
        assertEquals(awal.versi() + 1, diisi.versi(), "versi yang dikembalikan adalah versi tersimpan");
        assertNull(diisi.penjelasan().faktorPenghambat());

        List<GalatIsian> tanpaPenjelasan = galat(() -> operator(s -> s.ajukan(diisi.id(), new IsianAlur(String.valueOf(diisi.versi()), null))));
        assertEquals(1, tanpaPenjelasan.size());
        assertEquals("penjelasan.faktorPenghambat", tanpaPenjelasan.get(0).field());
        assertTrue(tanpaPenjelasan.get(0).pesan().contains("99,57") && tanpaPenjelasan.get(0).pesan().contains("82"),
                tanpaPenjelasan.get(0).pesan());
        assertEquals("DRAFT", baris("AKIP-PD", "TAHUNAN").statusAlur(), "penolakan tidak mengubah apa pun");

        Penjelasan penjelasan = new Penjelasan("Pendampingan Inspektorat", "Dua perangkat daerah belum menyusun Renja"
                + " tepat waktu", "Bimbingan teknis SAKIP", null);
        RincianRealisasi dijelaskan = operator(s -> s.isi(2020, "AKIP-PD", "TAHUNAN", ada(String.valueOf(diisi.versi()), "81,65",
                penjelasan)));
        RincianRealisasi diajukan = operator(s -> s.ajukan(dijelaskan.id(), new IsianAlur(String.valueOf(dijelaskan.versi()), null)));
        assertEquals("DIAJUKAN", diajukan.statusAlur());

        List<GalatIsian> tanpaCatatan = galat(() -> sebagai("verifikator.klungkung", "verifikator",
                s -> s.kembalikan(diajukan.id(), new IsianAlur(String.valueOf(diajukan.versi()), "  "))));
        assertEquals("catatan", tanpaCatatan.get(0).field());
        RincianRealisasi dikembalikan = sebagai("verifikator.klungkung", "verifikator", s -> s.kembalikan(diajukan.id(),
                new IsianAlur(String.valueOf(diajukan.versi()), "Lampirkan rekap Tabel 3.5 (38 perangkat daerah)")));
        assertEquals("DIKEMBALIKAN", dikembalikan.statusAlur());
        assertEquals("Lampirkan rekap Tabel 3.5 (38 perangkat daerah)", dikembalikan.alasanDikembalikan());

        RincianRealisasi diajukanLagi = operator(s -> s.ajukan(dikembalikan.id(), new IsianAlur(String.valueOf(dikembalikan.versi()), null)));
        assertThrows(AksesDitolakException.class, () -> operator(s -> s.verifikasi(diajukanLagi.id(),
                new IsianAlur(String.valueOf(diajukanLagi.versi()), null))));
        assertThrows(AturanDilanggarException.class, () -> sebagai("pimpinan.klungkung", "pimpinan",
                s -> s.tetapkan(diajukanLagi.id(), new IsianAlur(String.valueOf(diajukanLagi.versi()), null))),
                "belum diverifikasi");
        RincianRealisasi diverifikasi = sebagai("verifikator.klungkung", "verifikator", s -> s.verifikasi(diajukanLagi.id(),
                new IsianAlur(String.valueOf(diajukanLagi.versi()), null)));
        RincianRealisasi ditetapkan = sebagai("pimpinan.klungkung", "pimpinan", s -> s.tetapkan(diverifikasi.id(),
                new IsianAlur(String.valueOf(diverifikasi.versi()), null)));
        assertEquals("DISAHKAN", ditetapkan.statusAlur());

        var terkunci = assertThrows(AturanDilanggarException.class, () -> operator(s -> s.isi(2020, "AKIP-PD", "TAHUNAN",
                ada(String.valueOf(ditetapkan.versi()), "90", penjelasan))));
        assertTrue(terkunci.getMessage().contains("DISAHKAN"), terkunci.getMessage());

        List<LangkahRiwayat> riwayat = sebagai("admin.klungkung", "admin-pemda", s -> s.riwayat(ditetapkan.id()));
        List<String> langkah = riwayat.stream().map(l -> l.langkah() + " " + l.username()).toList();
        assertEquals(List.of("dibuat uji", "diubah operator.klungkung", "diubah operator.klungkung",
                "diajukan operator.klungkung", "dikembalikan verifikator.klungkung", "diajukan operator.klungkung",
                "diverifikasi verifikator.klungkung", "ditetapkan pimpinan.klungkung"), langkah);
        assertEquals("Lampirkan rekap Tabel 3.5 (38 perangkat daerah)", riwayat.get(4).catatan());
        assertThrows(AksesDitolakException.class, () -> operator(s -> s.riwayat(ditetapkan.id())));
    }

    @Test
    void nilaiKosongSelaluPilihanEksplisitDanSemuaIsianSalahDisebut() {
        RincianRealisasi awal = baris("AKSI-NOM", "TAHUNAN");
        String v = String.valueOf(awal.versi());
        List<GalatIsian> tanpaStatus = galat(() -> operator(s -> s.isi(2020, "AKSI-NOM", "TAHUNAN",
                new IsianRealisasi(v, null, null, null, null, null))));
        assertEquals(List.of("statusNilai"), tanpaStatus.stream().map(GalatIsian::field).toList());

        List<GalatIsian> semua = galat(() -> operator(s -> s.isi(2020, "AKSI-NOM", "TAHUNAN",
                new IsianRealisasi(v, "DIBAWA_DARI", "1.5", "2021", null, null))));
        assertEquals(List.of("nilai", "tahunAsal"), semua.stream().map(GalatIsian::field).toList(), semua.toString());
        assertEquals("1.5", semua.get(0).nilai());

        List<GalatIsian> adaTanpaNilai = galat(() -> operator(s -> s.isi(2020, "AKSI-NOM", "TAHUNAN", ada(v, " ", null))));
        assertEquals("nilai", adaTanpaNilai.get(0).field(), "ADA tanpa nilai bukan nol");
        List<GalatIsian> belumRilisBernilai = galat(() -> operator(s -> s.isi(2020, "AKSI-NOM", "TAHUNAN",
                new IsianRealisasi(v, "belum-rilis", "0", null, null, null))));
        assertEquals("nilai", belumRilisBernilai.get(0).field());
        List<GalatIsian> tidakAdaTanpaAlasan = galat(() -> operator(s -> s.isi(2020, "AKSI-NOM", "TAHUNAN",
                new IsianRealisasi(v, "TIDAK_ADA", null, null, null, null))));
        assertEquals("keterangan", tidakAdaTanpaAlasan.get(0).field());
        assertEquals("versi", galat(() -> operator(s -> s.isi(2020, "AKSI-NOM", "TAHUNAN",
                new IsianRealisasi(null, "BELUM_RILIS", null, null, null, null)))).get(0).field(), "versi wajib untuk yang sudah ada");

        RincianRealisasi dibawa = operator(s -> s.isi(2020, "AKSI-NOM", "TAHUNAN",
                new IsianRealisasi(v, "dibawa-dari", "1", "2019", "Nominasi 2019 dilaporkan ulang", null)));
        assertEquals("DIBAWA_DARI", dibawa.statusNilai());
        assertEquals(2019, dibawa.tahunAsal());
        RincianRealisasi belumRilis = operator(s -> s.isi(2020, "AKSI-NOM", "TAHUNAN",
                new IsianRealisasi(String.valueOf(dibawa.versi()), "BELUM_RILIS", null, null, "Pengumuman SInovik belum terbit", null)));
        assertNull(belumRilis.nilai());
        assertEquals("BELUM_RILIS", belumRilis.statusNilai());
        List<GalatIsian> kosongTanpaPenjelasan = galat(() -> operator(s -> s.ajukan(belumRilis.id(),
                new IsianAlur(String.valueOf(belumRilis.versi()), null))));
        assertEquals("penjelasan.faktorPenghambat", kosongTanpaPenjelasan.get(0).field());
        assertTrue(kosongTanpaPenjelasan.get(0).pesan().contains("BELUM_RILIS"), kosongTanpaPenjelasan.get(0).pesan());
    }

    @Test
    void nilaiDiAtasTargetDiajukanTanpaPenjelasanDanTriwulanBaruDibuat() {
        // a new TW2 row of K-BUD (naik, target 24): no quarterly target, so nothing to explain
        RincianRealisasi baru = operator(s -> s.isi(2020, "K-BUD", "tw2", ada(null, "12,5", null)));
        assertEquals("TW2", baru.periode());
        assertEquals(0, baru.versi());
        var konflik = assertThrows(AturanDilanggarException.class, () -> operator(s -> s.isi(2020, "K-BUD", "TW3",
                ada("4", "12,5", null))));
        assertTrue(konflik.getMessage().contains("belum ada"), konflik.getMessage());
        RincianRealisasi diajukan = operator(s -> s.ajukan(baru.id(), new IsianAlur("0", null)));
        assertEquals("DIAJUKAN", diajukan.statusAlur());
        assertThrows(TidakDitemukanException.class, () -> operator(s -> s.isi(2020, "K-BUD", "TW5", ada(null, "1", null))));
        assertThrows(TidakDitemukanException.class, () -> operator(s -> s.isi(2020, "TIDAK-ADA", "TW1", ada(null, "1", null))));
    }

    @Test
    void versiUsangKonflikDanPeranDiperiksaLayanan() {
        RincianRealisasi awal = baris("K-IPM", "TAHUNAN");
        var konflik = assertThrows(KonflikVersiException.class, () -> operator(s -> s.ajukan(awal.id(),
                new IsianAlur(String.valueOf(awal.versi() + 7), null))));
        assertEquals(awal.versi(), konflik.versiSaatIni());
        assertThrows(KonflikVersiException.class, () -> operator(s -> s.isi(2020, "K-IPM", "TAHUNAN",
                ada(String.valueOf(awal.versi() + 7), "1", null))));
        assertThrows(AksesDitolakException.class, () -> sebagai("verifikator.klungkung", "verifikator",
                s -> s.isi(2020, "K-IPM", "TAHUNAN", ada(String.valueOf(awal.versi()), "1", null))));
        assertThrows(AksesDitolakException.class, () -> sebagai("operator.klungkung", "operator",
                s -> s.tetapkan(awal.id(), new IsianAlur(String.valueOf(awal.versi()), null))));
        assertThrows(AksesDitolakException.class, () -> sebagai("kementerian", "kementerian", s -> s.daftar(2020)));
        // K-IPM 2020 is approved in the package: locked
        assertThrows(AturanDilanggarException.class, () -> operator(s -> s.ajukan(awal.id(),
                new IsianAlur(String.valueOf(awal.versi()), null))));
    }

    @Test
    void idPemdaLainTidakDitemukanSebelumIsiannyaDiperiksa() {
        RincianRealisasi klungkung = baris("K-IKL", "TAHUNAN");
        UUID id = klungkung.id();
        String pp = PANGKALPINANG;
        List<Function<RealisasiService, Object>> kerja = List.of(
                s -> s.ajukan(id, null),
                s -> s.kembalikan(id, new IsianAlur(null, null)),
                s -> s.verifikasi(id, null),
                s -> s.tetapkan(id, null),
                s -> s.daftarBukti(id),
                s -> s.unggahBukti(id, null, null, new byte[0]),
                s -> s.unduhBukti(id, UUID.randomUUID()),
                s -> s.riwayat(id),
                s -> s.isi(2020, "K-IKL", "TAHUNAN", null));
        List<String> peran = List.of("operator", "verifikator", "verifikator", "pimpinan", "operator", "operator", "operator",
                "admin-pemda", "operator");
        for (int i = 0; i < kerja.size(); i++) {
            Function<RealisasiService, Object> k = kerja.get(i);
            String p = peran.get(i);
            assertThrows(TidakDitemukanException.class, () -> db.transaksi(pp, "x." + p, em -> k.apply(
                    RealisasiUji.layanan(em, pp, "x." + p, p))), "operasi " + i);
        }
        KinerjaTahunan pangkalpinang = db.transaksi(pp, em -> RealisasiUji.pengukuran(em, pp).hitung(2021));
        assertFalse(pangkalpinang.indikator().isEmpty());
        assertEquals(pp, db.transaksi(pp, "operator.pangkalpinang", em -> RealisasiUji.layanan(em, pp,
                "operator.pangkalpinang", "operator").daftar(2021)).pemda());
    }

    @Test
    void menetapkanTahunDitolakSelamaAdaRealisasiDalamAlur() {
        // K-LPE 2019 has no realisasi in the package: a draft, submitted, blocks fixing 2019
        RincianRealisasi baru = operator(s -> s.isi(2019, "K-LPE", "TAHUNAN", ada(null, "5,64", null)));
        operator(s -> s.ajukan(baru.id(), new IsianAlur("0", null)));
        var e = assertThrows(AturanDilanggarException.class, () -> db.transaksi(KLUNGKUNG, "pimpinan.klungkung",
                em -> RealisasiUji.pengukuran(em, KLUNGKUNG).tetapkan(2019, "pimpinan.klungkung", Instant.now())));
        assertTrue(e.getMessage().contains("K-LPE TAHUNAN (DIAJUKAN)"), e.getMessage());
        assertTrue(e.pesanEn().contains("K-LPE TAHUNAN (DIAJUKAN)"), e.pesanEn());
        assertNotNull(db.transaksi(KLUNGKUNG, em -> RealisasiUji.pengukuran(em, KLUNGKUNG).hitung(2019)));
    }
}
