package id.akuntara.core.domain.anggaran;

import org.junit.jupiter.api.Test;

import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Permendagri 90/2019 code shapes per level and the parent-prefix rule (Kaltim example program 4.01.02). */
class KodePermendagriTest {

    @Test
    void bentukPerTingkat() {
        assertTrue(KodePermendagri.sah(TingkatAnggaran.PROGRAM, "4.01.02"));
        assertTrue(KodePermendagri.sah(TingkatAnggaran.PROGRAM, "X.XX.01"), "program penunjang semua urusan");
        assertTrue(KodePermendagri.sah(TingkatAnggaran.KEGIATAN, "4.01.02.2.01"));
        assertTrue(KodePermendagri.sah(TingkatAnggaran.SUB_KEGIATAN, "4.01.02.2.01.01"));
        assertTrue(KodePermendagri.sah(TingkatAnggaran.SUB_KEGIATAN, "4.01.02.2.01.0001"));

        assertFalse(KodePermendagri.sah(TingkatAnggaran.PROGRAM, "4.1.02"));
        assertFalse(KodePermendagri.sah(TingkatAnggaran.PROGRAM, "4.01.02.2.01"), "kode kegiatan bukan kode program");
        assertFalse(KodePermendagri.sah(TingkatAnggaran.KEGIATAN, "4.01.02"));
        assertFalse(KodePermendagri.sah(TingkatAnggaran.KEGIATAN, "4.01.02.21.01"));
        assertFalse(KodePermendagri.sah(TingkatAnggaran.SUB_KEGIATAN, "4.01.02.2.01.001"));
        assertFalse(KodePermendagri.sah(TingkatAnggaran.SUB_KEGIATAN, "4.01.XX.2.01.01"), "X hanya di urusan dan bidang");
        assertFalse(KodePermendagri.sah(TingkatAnggaran.PROGRAM, " 4.01.02"));
        assertFalse(KodePermendagri.sah(TingkatAnggaran.PROGRAM, null));
    }

    @Test
    void kodeAnakMeneruskanKodeInduk() {
        assertTrue(KodePermendagri.turunanDari("4.01.02.2.01", "4.01.02"));
        assertTrue(KodePermendagri.turunanDari("4.01.02.2.01.01", "4.01.02.2.01"));
        assertFalse(KodePermendagri.turunanDari("4.01.03.2.01", "4.01.02"));
        assertFalse(KodePermendagri.turunanDari("4.01.021.2.01", "4.01.02"));
    }

    @Test
    void tingkatDariBentuk() {
        assertEquals(Optional.of(TingkatAnggaran.KEGIATAN), KodePermendagri.tingkat("4.01.02.2.01"));
        assertEquals(Optional.empty(), KodePermendagri.tingkat("PB01"));
    }
}
