package id.akuntara.core.infrastructure.paket;

import id.akuntara.core.kualitas.PemeriksaKualitasData;
import id.akuntara.core.kualitas.TemuanKualitas;
import id.akuntara.core.paket.Paket;
import id.akuntara.core.paket.PaketData;
import id.akuntara.core.paket.PaketTidakSahException;
import id.akuntara.core.pengukuran.KebijakanPengukuran;
import id.akuntara.core.pengukuran.KinerjaTahunan;
import id.akuntara.core.pengukuran.LayananPengukuran;
import id.akuntara.core.pengukuran.SumberPengukuran;
import id.akuntara.core.plugin.PluginUji;
import id.akuntara.spi.TingkatPemerintahan;
import id.akuntara.core.testsupport.BasisDataUji;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * First-start loading of built-in packages ({@link MuatPaketBawaan}, run by {@code PemuatPaketBawaan} at start-up)
 * on a real PostgreSQL, and the fifth pemda of an existing level added as data only.
 */
class MuatPaketBawaanTest {

    private static final String KALTIM = "prov-kaltim";
    private static final String SUMBER = "provinsi:paket/contoh-prov-kaltim.json";

    static String baca(String sumber) {
        try (InputStream in = MuatPaketBawaanTest.class.getResourceAsStream(sumber)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    @Test
    void muatDuaKaliTidakMenggandakan() throws SQLException {
        BasisDataUji db = BasisDataUji.baru();
        String json = baca("/paket/contoh-prov-kaltim.json");

        var pertama = db.transaksi(KALTIM, "sistem:paket-bawaan", em -> new MuatPaketBawaan(em).muat(KALTIM, SUMBER, json));
        assertEquals(MuatPaketBawaan.Hasil.DIMUAT, pertama);
        long baris = PaketDataTest.jumlahBarisPemda(db);
        String ekspor = db.transaksi(KALTIM, em -> Paket.tulis(new EksporPaket(em).ekspor(KALTIM)));
        assertEquals(json, ekspor, "the example package is canonical: what was loaded is what is stored");

        // restart: the marker makes the loader skip the pemda; nothing is added
        var kedua = db.transaksi(KALTIM, "sistem:paket-bawaan", em -> new MuatPaketBawaan(em).muat(KALTIM, SUMBER, json));
        assertEquals(MuatPaketBawaan.Hasil.SUDAH_DIMUAT, kedua);
        assertEquals(baris, PaketDataTest.jumlahBarisPemda(db));
        assertEquals(ekspor, db.transaksi(KALTIM, em -> Paket.tulis(new EksporPaket(em).ekspor(KALTIM))));

        var penanda = db.transaksi(KALTIM, em -> new MuatPaketBawaan(em).penanda()).orElseThrow();
        assertEquals(SUMBER, penanda.sumber());
        assertEquals(MuatPaketBawaan.sha256(json), penanda.sha256());
        assertEquals(1, hitung(db, "SELECT count(*) FROM paket_dimuat"));
        // the import is audited as the loader's background user
        assertEquals(1, hitung(db, "SELECT count(*) FROM revisi WHERE tenant_id = 'prov-kaltim' AND username = 'sistem:paket-bawaan'"));
        // another pemda does not see Kaltim's marker (row-level security)
        assertTrue(db.transaksi("kab-klungkung", em -> new MuatPaketBawaan(em).penanda()).isEmpty());
    }

    @Test
    void paketTidakSahTidakMenulisApaPunTermasukPenanda() throws SQLException {
        BasisDataUji db = BasisDataUji.baru();
        String rusak = baca("/paket/contoh-prov-kaltim.json").replace("\"paguMurni\" : 5499404800", "\"paguMurni\" : -1");
        var e = assertThrows(PaketTidakSahException.class,
                () -> db.jalankan(KALTIM, em -> new MuatPaketBawaan(em).muat(KALTIM, SUMBER, rusak)));
        assertTrue(e.galat().stream().anyMatch(g -> g.jalur().equals("$.anggaran[0].paguMurni")), e.getMessage());
        assertEquals(0, PaketDataTest.jumlahBarisPemda(db), "tidak ada yang tersimpan");
        assertEquals(0, hitung(db, "SELECT count(*) FROM paket_dimuat"));
    }

    /**
     * Issue 5 "adding a fifth pemda of an existing level is data only": the synthetic Kabupaten Contoh gets a row in
     * the tenant registry (as the platform operator adds it, SQL on the owner's connection — no code, no plugin), its
     * package is loaded through the ordinary import, and the platform computes and checks it like any other pemda.
     */
    @Test
    void pemdaKelimaSetingkatKabupatenHanyaData() throws SQLException {
        BasisDataUji db = BasisDataUji.baru();
        try (Connection c = db.owner().getConnection()) {
            c.createStatement().executeUpdate("INSERT INTO pemda (kode, nama, tingkat, zona_waktu, nama_laporan) VALUES "
                    + "('kab-contoh', 'Kabupaten Contoh', 'KABUPATEN', 'Asia/Jakarta', 'LKjIP')");
        }
        String json = baca("/paket/kab-contoh.json");
        assertEquals(MuatPaketBawaan.Hasil.DIMUAT, db.transaksi("kab-contoh", "admin.contoh",
                em -> new MuatPaketBawaan(em).muat("kab-contoh", "unggahan:kab-contoh.json", json)));

        PaketData tersimpan = db.transaksi("kab-contoh", em -> new EksporPaket(em).ekspor("kab-contoh"));
        PaketData asli = Paket.periksa(json).paket().orElseThrow();
        var plugin = new PluginUji("kabupaten", TingkatPemerintahan.KABUPATEN);
        KinerjaTahunan hasil = LayananPengukuran.hitung(() -> tersimpan, 2022, KebijakanPengukuran.dari(tersimpan, plugin));
        KinerjaTahunan dariBerkas = LayananPengukuran.hitung(SumberPengukuran.paket(asli), 2022,
                KebijakanPengukuran.dari(asli, plugin));
        // the export lists records by code, the file in report order: same results, compared per code
        assertEquals(new java.util.TreeSet<>(dariBerkas.indikator().stream().map(Object::toString).toList()),
                new java.util.TreeSet<>(hasil.indikator().stream().map(Object::toString).toList()));
        assertEquals(dariBerkas.sasaran(), hasil.sasaran());
        assertEquals(new java.util.TreeSet<>(dariBerkas.anggaran().pos().stream().map(Object::toString).toList()),
                new java.util.TreeSet<>(hasil.anggaran().pos().stream().map(Object::toString).toList()));
        // PK target 81, realisasi 85,05 → 105; lower is better (2 × 5,8 − 6,1) / 5,8 → 94,83; 88 / 92 → 95,65
        assertEquals("105,00", id.akuntara.core.calc.AngkaFormatter.format(hasil.indikator("KC-IKM").orElseThrow().capaian().nilai()));
        assertEquals("Sangat Baik", hasil.indikator("KC-IKM").orElseThrow().predikat());
        assertEquals("94,83", id.akuntara.core.calc.AngkaFormatter.format(hasil.indikator("KC-MISKIN").orElseThrow().capaian().nilai()));
        assertEquals("95,65", id.akuntara.core.calc.AngkaFormatter.format(hasil.indikator("KC-LKJ").orElseThrow().capaian().nilai()));
        assertEquals("90,00", id.akuntara.core.calc.AngkaFormatter.format(hasil.anggaran().pos("P1").orElseThrow().serapan().nilai()));

        List<TemuanKualitas> temuan = PemeriksaKualitasData.periksa(tersimpan);
        // the PK total 1.600.000.000 vs programs 1.500.000.000; the 2023 IKM target 82 is below the 2022 realisasi 85,05
        assertEquals(List.of("pk-jumlah-program", "target-di-bawah-realisasi-lalu"), temuan.stream().map(TemuanKualitas::idPemeriksaan).toList(), temuan.toString());
        // the other pemda are untouched
        assertTrue(db.transaksi("kab-klungkung", em -> new EksporPaket(em).ekspor("kab-klungkung")).indikator() == null
                || db.transaksi("kab-klungkung", em -> new EksporPaket(em).ekspor("kab-klungkung")).indikator().isEmpty());
    }

    private static long hitung(BasisDataUji db, String sql) throws SQLException {
        try (Connection c = db.superuser().getConnection(); ResultSet rs = c.createStatement().executeQuery(sql)) {
            rs.next();
            return rs.getLong(1);
        }
    }
}
