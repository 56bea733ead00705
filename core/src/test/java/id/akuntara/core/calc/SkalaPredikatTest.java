package id.akuntara.core.calc;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Test;

class SkalaPredikatTest {

    private static BigDecimal d(String s) {
        return AngkaParser.parse(s).nilai();
    }

    /** Pangkalpinang LAKIP 2021 Tabel 3.1 Skala Nilai Peringkat Kinerja, as printed. */
    static SkalaPredikat pangkalpinang() {
        return new SkalaPredikat("Pangkalpinang Tabel 3.1", List.of(
                PitaPredikat.lebihDari("Baik Sekali", d("100")),
                PitaPredikat.antara("Baik", BatasPita.inklusif(d("75")), BatasPita.inklusif(d("100"))),
                PitaPredikat.antara("Cukup", BatasPita.inklusif(d("55")), BatasPita.inklusif(d("74"))),
                PitaPredikat.kurangDari("Kurang", d("55"))));
    }

    /** Tanjungpinang LKIP 2020 BAB II kategori: AA >90-100 … D >0-30 (best first = ordinal order). */
    static SkalaPredikat sakipTanjungpinang() {
        String[][] pita = {{"AA", "90", "100"}, {"A", "80", "90"}, {"BB", "70", "80"}, {"B", "60", "70"},
            {"CC", "50", "60"}, {"C", "30", "50"}, {"D", "0", "30"}};
        return new SkalaPredikat("Tanjungpinang kategori SAKIP", java.util.Arrays.stream(pita)
                .map(p -> PitaPredikat.antara(p[0], BatasPita.eksklusif(d(p[1])), BatasPita.inklusif(d(p[2])))).toList());
    }

    @Test
    void pangkalpinangGapIsReportedAndNeverGuessed() {
        List<MasalahSkala> masalah = pangkalpinang().validasi();
        assertEquals(1, masalah.size());
        assertEquals(MasalahSkala.Jenis.CELAH, masalah.get(0).jenis());
        assertTrue(masalah.get(0).pesan().contains("74 dan 75"), masalah.get(0).pesan());

        Predikat p = pangkalpinang().tentukan(d("74,5"));
        assertTrue(p.label().isEmpty());
        assertEquals("tanpa predikat", p.tampil());
        assertTrue(p.alasan().contains("74,5"));
    }

    @Test
    void pangkalpinangBandsWithTheirBounds() {
        SkalaPredikat s = pangkalpinang();
        assertEquals("Baik", s.tentukan(d("88,24")).tampil());    // IS-LKPD, Tabel 3.3, narrative "Baik"
        assertEquals("Baik", s.tentukan(d("100")).tampil());
        assertEquals("Baik Sekali", s.tentukan(d("100,01")).tampil());
        assertEquals("Baik", s.tentukan(d("75")).tampil());
        assertEquals("Cukup", s.tentukan(d("74")).tampil());
        assertEquals("Cukup", s.tentukan(d("55")).tampil());
        assertEquals("Kurang", s.tentukan(d("54,99")).tampil());
    }

    @Test
    void letterGradeScale() {
        SkalaPredikat s = sakipTanjungpinang();
        // Kaltim LKjIP 2021 Tabel 3.1: 67,21 → B, 59,14 → CC
        assertEquals("B", s.tentukan(d("67,21")).tampil());
        assertEquals("CC", s.tentukan(d("59,14")).tampil());
        assertEquals("A", s.tentukan(d("90")).tampil());
        assertEquals("AA", s.tentukan(d("90,01")).tampil());
        assertTrue(s.validasi().isEmpty());
        // "D >0-30" leaves 0 itself without a grade
        List<MasalahSkala> domain = s.validasi(BigDecimal.ZERO, d("100"));
        assertEquals(1, domain.size());
        assertTrue(domain.get(0).pesan().contains("0"));
        assertTrue(s.bandingkanLabel("BB/Sangat Baik", "B") > 0);
        assertTrue(s.bandingkanLabel("CC", "B") < 0);
        assertEquals(0, s.bandingkanLabel("B", "B"));
    }

    @Test
    void klungkungOmbudsmanZonesHaveGaps() {
        // Klungkung LKjIP 2020 Gambar 3.6 Keterangan: 0-55 / 56-88 / 89-110; Buleleng 88,35 falls in a gap
        SkalaPredikat zona = new SkalaPredikat("Ombudsman", List.of(
                PitaPredikat.antara("Hijau", BatasPita.inklusif(d("89")), BatasPita.inklusif(d("110"))),
                PitaPredikat.antara("Kuning", BatasPita.inklusif(d("56")), BatasPita.inklusif(d("88"))),
                PitaPredikat.antara("Merah", BatasPita.inklusif(d("0")), BatasPita.inklusif(d("55")))));
        assertEquals(2, zona.validasi().size());
        assertEquals("tanpa predikat", zona.tentukan(d("88,35")).tampil());
    }

    @Test
    void overlapsAreReported() {
        SkalaPredikat s = new SkalaPredikat("tumpang", List.of(
                PitaPredikat.antara("Baik", BatasPita.inklusif(d("75")), BatasPita.inklusif(d("100"))),
                PitaPredikat.antara("Cukup", BatasPita.inklusif(d("55")), BatasPita.inklusif(d("75")))));
        List<MasalahSkala> m = s.validasi();
        assertEquals(1, m.size());
        assertEquals(MasalahSkala.Jenis.TUMPANG_TINDIH, m.get(0).jenis());
        assertTrue(s.tentukan(d("75")).label().isEmpty());
        assertTrue(s.tentukan(d("75")).alasan().contains("lebih dari satu"));
    }
}
