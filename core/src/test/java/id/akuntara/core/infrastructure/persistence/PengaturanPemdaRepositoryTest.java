package id.akuntara.core.infrastructure.persistence;

import id.akuntara.core.calc.SkalaPredikat;
import id.akuntara.core.domain.pemda.PengaturanPemda;
import id.akuntara.core.testsupport.BasisDataUji;
import id.akuntara.core.testsupport.ContohData;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * A pemda's settings read once and used after their persistence context is gone, as the configuration of a report
 * request reads them (outside a transaction): the scale's bands and the report settings are all there.
 */
class PengaturanPemdaRepositoryTest {

    @Test
    void pengaturanDenganSkalaTerbacaUtuhDiLuarKonteks() {
        BasisDataUji db = BasisDataUji.baru();
        db.jalankan("prov-kaltim", ContohData::lengkap);
        PengaturanPemda p = db.transaksi("prov-kaltim", em -> new JpaPengaturanPemdaRepository(em).milikPemdaIni())
                .orElseThrow();
        // the context is closed: the bands must have come with the settings
        SkalaPredikat skala = p.skalaPredikat().orElseThrow();
        assertEquals(3, skala.pita().size());
        assertEquals("LKjIP", p.getNamaLaporan().orElseThrow());
        assertEquals("Gubernur Kalimantan Timur", p.getKepalaDaerah().orElseThrow());
        assertTrue(p.getKerangkaLaporan().orElseThrow().contains("\"bab\""));
    }
}
