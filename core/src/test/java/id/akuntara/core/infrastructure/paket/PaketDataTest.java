package id.akuntara.core.infrastructure.paket;

import id.akuntara.core.paket.HasilPemeriksaan;
import id.akuntara.core.paket.Paket;
import id.akuntara.core.paket.PaketTidakSahException;
import id.akuntara.core.testsupport.BasisDataUji;
import id.akuntara.core.testsupport.ContohData;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Export → import → export gives the same package; an invalid package writes nothing. */
class PaketDataTest {

    static final String KALTIM = "prov-kaltim";
    static final Path CONTOH = Path.of("src", "test", "resources", "paket", "contoh-prov-kaltim.json");

    private static String ekspor1;

    @BeforeAll
    static void siapkan() {
        BasisDataUji asal = BasisDataUji.baru();
        asal.transaksi(KALTIM, ContohData::lengkap);
        ekspor1 = asal.transaksi(KALTIM, em -> Paket.tulis(new EksporPaket(em).ekspor(KALTIM)));
    }

    @Test
    void eksporImporEksporMenghasilkanPaketIdentik() {
        HasilPemeriksaan hasil = Paket.periksa(ekspor1);
        assertTrue(hasil.sah(), hasil.galat().toString());
        BasisDataUji tujuan = BasisDataUji.baru();
        tujuan.jalankan(KALTIM, em -> new ImporPaket(em).impor(hasil.paket().orElseThrow(), KALTIM));
        String ekspor2 = tujuan.transaksi(KALTIM, em -> Paket.tulis(new EksporPaket(em).ekspor(KALTIM)));
        if (!ekspor1.equals(ekspor2)) {
            simpan("ekspor1.json", ekspor1);
            simpan("ekspor2.json", ekspor2);
        }
        assertEquals(ekspor1, ekspor2, "lihat target/paket-uji/ekspor1.json dan ekspor2.json");
    }

    @Test
    void contohPaketDiDokumentasiSamaDenganEksporContohData() throws IOException {
        // the example package (docs/data-package.md points to it) is the export of ContohData, kept in sync
        if (!Files.exists(CONTOH) || !Files.readString(CONTOH, StandardCharsets.UTF_8).equals(ekspor1)) {
            simpan("contoh-prov-kaltim.json", ekspor1);
        }
        assertEquals(Files.readString(CONTOH, StandardCharsets.UTF_8), ekspor1,
                "perbarui contoh dari target/paket-uji/contoh-prov-kaltim.json bila perubahan disengaja");
    }

    /** The pemda's logo ({@code pengaturan.logo}, V36's column) is stored on import and comes back on export. */
    @Test
    void logoPemdaTersimpanDanKembaliDiEkspor() throws IOException {
        java.io.ByteArrayOutputStream png = new java.io.ByteArrayOutputStream();
        javax.imageio.ImageIO.write(new java.awt.image.BufferedImage(6, 9, java.awt.image.BufferedImage.TYPE_INT_RGB), "png", png);
        String logo = java.util.Base64.getEncoder().encodeToString(png.toByteArray());
        String dengan = ekspor1.replaceFirst("\"pengaturan\" : \\{", "\"pengaturan\" : {\n    \"logo\" : \"" + logo + "\",");
        HasilPemeriksaan hasil = Paket.periksa(dengan);
        assertTrue(hasil.sah(), hasil.galat().toString());
        BasisDataUji db = BasisDataUji.baru();
        db.jalankan(KALTIM, em -> new ImporPaket(em).impor(hasil.paket().orElseThrow(), KALTIM));
        var kembali = db.transaksi(KALTIM, em -> new EksporPaket(em).ekspor(KALTIM));
        assertEquals(logo, kembali.pengaturan().logo());
        assertTrue(java.util.Arrays.equals(png.toByteArray(), kembali.pengaturan().logoPng().orElseThrow()));
    }

    @Test
    void paketHanyaUntukPemdaSendiriDanPemdaKosong() {
        BasisDataUji db = BasisDataUji.baru();
        var paket = Paket.periksa(ekspor1).paket().orElseThrow();
        var lain = assertThrows(PaketTidakSahException.class,
                () -> db.jalankan("kab-klungkung", em -> new ImporPaket(em).impor(paket, "kab-klungkung")));
        assertEquals("$.pemda", lain.galat().get(0).jalur());
        db.jalankan(KALTIM, em -> new ImporPaket(em).impor(paket, KALTIM));
        var isi = assertThrows(PaketTidakSahException.class, () -> db.jalankan(KALTIM, em -> new ImporPaket(em).impor(paket, KALTIM)));
        assertTrue(isi.galat().get(0).pesan().contains("sudah memiliki data"), isi.getMessage());
    }

    @Test
    void paketTidakSahTidakMenulisApaPun() throws SQLException {
        BasisDataUji db = BasisDataUji.baru();
        String rusak = ekspor1.replace("\"paguMurni\" : 5499404800", "\"paguMurni\" : -5499404800");
        assertTrue(!rusak.equals(ekspor1));
        HasilPemeriksaan hasil = Paket.periksa(rusak);
        assertTrue(!hasil.sah());
        // even a package that slipped past the check is written in one transaction: a domain refusal rolls back
        var paket = Paket.periksa(ekspor1).paket().orElseThrow();
        var cacat = new id.akuntara.core.paket.PaketData(paket.format(), paket.versi(), paket.pemda(), paket.pengaturan(),
                paket.unit(), paket.perubahanUnit(), paket.jabatan(), paket.pegawai(), paket.penugasan(), paket.statistikPegawai(),
                paket.rpjmd(), paket.renstra(), paket.tujuan(), paket.sasaran(), paket.strategi(), paket.indikator(), paket.iku(),
                paket.target(), java.util.List.of(new id.akuntara.core.paket.PaketData.PosAnggaran("X", null, 2021, "PROGRAM",
                "X", null, null, null, new java.math.BigDecimal("-1"), null, null, null, null, null)),
                java.util.List.of(), paket.rencanaAksi(), paket.realisasi(), paket.evaluasi(), paket.keputusan(), paket.narasi());
        var e = assertThrows(PaketTidakSahException.class, () -> db.jalankan(KALTIM, em -> new ImporPaket(em).impor(cacat, KALTIM)));
        assertEquals("$.anggaran[0]", e.galat().get(0).jalur());
        assertTrue(e.galat().get(0).pesan().contains("tidak boleh negatif"), e.getMessage());
        assertEquals(0, jumlahBarisPemda(db), "tidak ada yang tersimpan");
    }

    private static void simpan(String nama, String isi) {
        try {
            Files.createDirectories(Path.of("target", "paket-uji"));
            Files.writeString(Path.of("target", "paket-uji", nama), isi, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    static long jumlahBarisPemda(BasisDataUji db) throws SQLException {
        long total = 0;
        try (Connection c = db.superuser().getConnection(); ResultSet rs = c.createStatement().executeQuery(
                "SELECT table_name FROM information_schema.columns WHERE table_schema = 'public' AND column_name = 'tenant_id'")) {
            while (rs.next()) {
                try (ResultSet n = c.createStatement().executeQuery("SELECT count(*) FROM " + rs.getString(1))) {
                    n.next();
                    total += n.getLong(1);
                }
            }
        }
        return total;
    }
}
