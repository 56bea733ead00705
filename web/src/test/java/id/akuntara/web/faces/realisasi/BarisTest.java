package id.akuntara.web.faces.realisasi;

import id.akuntara.core.application.realisasi.DaftarRealisasi;
import id.akuntara.core.application.realisasi.Penjelasan;
import id.akuntara.core.application.realisasi.RincianRealisasi;
import id.akuntara.core.pengukuran.KinerjaIndikator;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.util.List;
import java.util.UUID;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** A grid row shows what the use case gave: the year's target for Tahunan, the period's own target otherwise. */
class BarisTest {

    private static final KinerjaIndikator.TargetIndikator TARGET_TAHUN = new KinerjaIndikator.TargetIndikator("RENSTRA",
            "Renstra", new BigDecimal("88"), null, "88", "88");

    private static DaftarRealisasi.IndikatorRealisasi indikator(List<RincianRealisasi> r) {
        return new DaftarRealisasi.IndikatorRealisasi("AKIP-PD", "Rata-Rata Nilai Evaluasi AKIP Perangkat Daerah", "poin",
                "naik", TARGET_TAHUN, r);
    }

    @Test
    void belumDiisiBolehDiubahTetapiBelumBolehDiajukan() {
        Baris b = new Baris(indikator(List.of()), 2021, "TAHUNAN", null);
        assertEquals("88", b.getTarget());
        assertEquals("belum", b.getKunciAlur());
        assertEquals("ADA", b.getIsianStatus(), "the default choice is a value, never a silent zero");
        assertTrue(b.isBolehDiubah());
        assertFalse(b.isBolehDiajukan());
        assertNull(new Baris(indikator(List.of()), 2021, "TW1", null).getTarget(), "no quarterly target in the package");
    }

    @Test
    void diajukanTidakDiubahDanIsianMengikutiYangTersimpan() {
        RincianRealisasi r = new RincianRealisasi(UUID.randomUUID(), "AKIP-PD", 2021, "TAHUNAN", "ADA",
                new BigDecimal("85.5"), "85,5", null, null, new Penjelasan(null, "Dua perangkat daerah baru", null, null),
                "DIAJUKAN", null, 3, null, null, List.of());
        Baris b = new Baris(indikator(List.of(r)), 2021, "TAHUNAN", r);
        assertFalse(b.isBolehDiubah());
        assertEquals("85,5", b.getIsianNilai());
        assertEquals("Dua perangkat daerah baru", b.getIsianPenghambat());
        assertEquals("warning", b.getSeveritas());
        b.setIsianNilai("90");
        b.setelUlangIsian();
        assertEquals("85,5", b.getIsianNilai());
    }
}
