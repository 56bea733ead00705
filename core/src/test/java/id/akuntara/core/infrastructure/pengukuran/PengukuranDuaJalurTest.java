package id.akuntara.core.infrastructure.pengukuran;

import id.akuntara.core.infrastructure.paket.MuatPaketBawaan;
import id.akuntara.core.paket.Paket;
import id.akuntara.core.paket.PaketData;
import id.akuntara.core.pengukuran.Jejak;
import id.akuntara.core.pengukuran.KebijakanPengukuran;
import id.akuntara.core.pengukuran.KinerjaJson;
import id.akuntara.core.pengukuran.KinerjaTahunan;
import id.akuntara.core.pengukuran.LayananPengukuran;
import id.akuntara.core.pengukuran.SumberPengukuran;
import id.akuntara.core.plugin.PluginUji;
import id.akuntara.core.testsupport.BasisDataUji;
import id.akuntara.spi.TingkatPemerintahan;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Same answer both ways (issue 9): each of the four built-in packages is loaded into PostgreSQL (the first-start
 * loader, through the ordinary import), then its read model is computed from the stored entities of its tenant
 * ({@link SumberTersimpan}) and from the package file, for every year the package holds, and the two are compared
 * figure by figure (every traced figure: state, printed form, value) and as whole JSON.
 */
class PengukuranDuaJalurTest {

    static BasisDataUji db;

    @BeforeAll
    static void siapkan() {
        db = BasisDataUji.baru();
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource({
        "kota-pangkalpinang, tenant-kota, KOTA",
        "kota-tanjungpinang, tenant-kota, KOTA",
        "kab-klungkung, tenant-kabupaten, KABUPATEN",
        "prov-kaltim, tenant-provinsi, PROVINSI"})
    void basisDataDanPaketMemberiAngkaYangSama(String pemda, String modul, TingkatPemerintahan tingkat) throws IOException {
        String json = Files.readString(Path.of("..", modul, "src", "main", "resources", "paket", pemda + ".json"),
                StandardCharsets.UTF_8);
        PaketData paket = Paket.periksa(json).paket().orElseThrow();
        var plugin = new PluginUji(paket.pengaturan().plugin(), tingkat);
        db.jalankanSebagai(pemda, "uji", em -> new MuatPaketBawaan(em).muat(pemda, "uji:" + pemda, json));

        var tahunPaket = LayananPengukuran.tahunTersedia(paket);
        PaketData tersimpan = db.transaksi(pemda, em -> new SumberTersimpan(em, pemda).data());
        assertEquals(tahunPaket, LayananPengukuran.tahunTersedia(tersimpan));
        int angka = 0;
        for (int tahun : tahunPaket) {
            KinerjaTahunan dariPaket = LayananPengukuran.hitung(SumberPengukuran.paket(paket), tahun,
                    KebijakanPengukuran.dari(paket, plugin));
            KinerjaTahunan dariBasisData = LayananPengukuran.hitung(() -> tersimpan, tahun,
                    KebijakanPengukuran.dari(tersimpan, plugin));
            assertEquals(angka(dariPaket), angka(dariBasisData), pemda + " " + tahun);
            assertEquals(KinerjaJson.tulis(dariPaket), KinerjaJson.tulis(dariBasisData), pemda + " " + tahun);
            angka += dariPaket.jejak().size();
        }
        assertTrue(angka > 10, pemda + ": hanya " + angka + " angka dibandingkan");
    }

    /** Every traced figure as "state | printed | value" (value compared by number: 85,0 = 85). */
    static Map<String, String> angka(KinerjaTahunan k) {
        Map<String, String> m = new LinkedHashMap<>();
        for (Jejak j : k.jejak()) {
            BigDecimal n = j.nilai() == null ? null : j.nilai().stripTrailingZeros();
            m.put(j.id(), j.status() + " | " + j.tampil() + " | " + (n == null ? "-" : n.toPlainString()) + " | " + j.masukan());
        }
        return m;
    }
}
