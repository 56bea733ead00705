package id.akuntara.reports;

import id.akuntara.core.calc.TerbilangFormatter;
import org.junit.jupiter.api.Test;

import java.io.ByteArrayOutputStream;
import java.math.BigDecimal;
import java.util.List;
import java.util.Locale;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The PK documents of a year: parties with Plt. prefix and NIP, Rupiah, total in words equal to the digits. */
class PerjanjianKinerjaTest {

    static byte[] render(List<DokumenPk> pk, FormatLaporan f, Locale bahasa) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        LaporanTahunanTest.LAYANAN.perjanjianKinerja("prov-kaltim", "Provinsi Kalimantan Timur", pk,
                Wilayah.KALTIM.plugin(), f, bahasa, out);
        return out.toByteArray();
    }

    @Test
    void pkSekdaKaltim2022TerbilangSamaDenganAngka() {
        List<DokumenPk> pk = PenyusunBahan.dokumenPk(Wilayah.KALTIM.data(), 2022);
        DokumenPk sekda = pk.stream().filter(d -> d.kode().equals("PK-2022-SEKDA")).findFirst().orElseThrow();
        assertEquals("Rp 254.986.626.497", sekda.total());
        String kata = TerbilangFormatter.rupiah(new BigDecimal("254986626497"));
        assertEquals(kata, sekda.terbilang());
        for (FormatLaporan f : FormatLaporan.values()) {
            String t = Teks.dari(render(pk, f, LayananLaporan.INDONESIA), f);
            assertTrue(t.contains("Rp 254.986.626.497"), f + " total");
            assertTrue(t.contains(kata), f + " terbilang");
            assertTrue(t.contains("PERJANJIAN KINERJA TAHUN 2022"), f + " judul");
            assertTrue(t.contains("Muhammad Sa'bani") && t.contains("NIP. 196201281988031005"), f + " pihak");
            assertTrue(t.contains("Plt. Asisten"), f + " Plt.");
            assertTrue(t.contains("Samarinda, 3 Januari 2022"), f + " tempat tanggal");
            // targets in Indonesian notation (the package holds "3.10", "92.50"), a label's words kept
            assertTrue(t.contains("3,10") && t.contains("92,50") && t.contains("67 (peringkat 4)"), f + " target");
            assertFalse(t.contains("3.10") || t.contains("92.50"), f + " target bertitik desimal");
        }
    }

    @Test
    void pkBerbahasaInggris() {
        String t = Teks.dari(render(PenyusunBahan.dokumenPk(Wilayah.KALTIM.data(), 2022), FormatLaporan.PDF,
                Locale.ENGLISH), FormatLaporan.PDF);
        assertTrue(t.contains("PERFORMANCE AGREEMENT 2022") && t.contains("3 January 2022"));
        assertFalse(t.contains("PERJANJIAN KINERJA TAHUN") || t.contains("Pihak Pertama,"));
    }

    @Test
    void targetPkDalamNotasiIndonesia() {
        assertEquals("3,10", PenyusunBahan.target(new java.math.BigDecimal("3.10"), "3.10"));
        assertEquals("75 (baik)", PenyusunBahan.target(new java.math.BigDecimal("75"), "75 (baik)"));
        assertEquals("77,50 (B/Baik)", PenyusunBahan.target(new java.math.BigDecimal("77.50"), "77.50 (B/Baik)"));
        assertEquals("sesuai jadwal", PenyusunBahan.target(null, "sesuai jadwal"));
    }

    @Test
    void tahunTanpaPkDitolak() {
        assertThrows(IllegalArgumentException.class, () -> render(List.of(), FormatLaporan.PDF, LayananLaporan.INDONESIA));
    }

    @Test
    void awalanPenugasan() {
        assertEquals("Plt. ", PenyusunBahan.awalan("PLT"));
        assertEquals("Pj. ", PenyusunBahan.awalan("PJ"));
        assertEquals("Plh. ", PenyusunBahan.awalan("PLH"));
        assertEquals("", PenyusunBahan.awalan("DEFINITIF"));
    }
}
