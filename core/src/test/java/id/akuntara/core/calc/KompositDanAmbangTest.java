package id.akuntara.core.calc;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.math.BigDecimal;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

class KompositDanAmbangTest {

    private static BigDecimal d(String s) {
        return AngkaParser.parse(s).nilai();
    }

    @Test
    void kaltimSakipComponentsAddUpAndThe2019PrintDoesNot() {
        // Kaltim LKjIP 2021 Tabel 3.1 (p. 26): weights 30/25/15/10/20
        List<Komponen> k2019 = List.of(new Komponen("Perencanaan", d("22,40"), d("30")),
                new Komponen("Pengukuran", d("15,94"), d("25")), new Komponen("Pelaporan", d("10,07"), d("15")),
                new Komponen("Evaluasi", d("6,27"), d("10")), new Komponen("Capaian", d("12,55"), d("20")));
        assertEquals("67,23", AngkaFormatter.format(KompositCalculator.jumlahSkor(k2019))); // printed 67,21
        List<Komponen> k2020 = List.of(new Komponen("Perencanaan", d("20,39"), d("30")),
                new Komponen("Pengukuran", d("13,75"), d("25")), new Komponen("Pelaporan", d("9,88"), d("15")),
                new Komponen("Evaluasi", d("3,84"), d("10")), new Komponen("Capaian", d("11,28"), d("20")));
        assertEquals("59,14", AngkaFormatter.format(KompositCalculator.jumlahSkor(k2020)));  // printed 59,14 ✓
    }

    @Test
    void weightedCompositeReformasiBirokrasi6040() {
        // Tanjungpinang LKIP 2020 BAB II: Komponen Pengungkit 60 %, Komponen Hasil 40 %, summed as weighted values.
        // The report prints the weights only; the component values here are illustrative.
        BigDecimal indeks = KompositCalculator.tertimbang(List.of(
                new Komponen("Pengungkit", d("70"), d("60")), new Komponen("Hasil", d("55"), d("40"))));
        assertEquals("64,00", AngkaFormatter.format(indeks));
    }

    @Test
    void weightsMustTotalHundredAndScoresStayWithinTheirWeight() {
        assertThrows(IllegalArgumentException.class, () -> KompositCalculator.tertimbang(List.of(
                new Komponen("a", d("70"), d("60")), new Komponen("b", d("55"), d("30")))));
        assertThrows(IllegalArgumentException.class, () -> KompositCalculator.jumlahSkor(List.of(
                new Komponen("a", d("31"), d("30")), new Komponen("b", d("5"), d("70")))));
    }

    /** Kaltim LKjIP 2021 Tabel 3.13 (p. 62): 37 PD, sorted by score, with grades. */
    private static final String[] KALTIM_3_13 = ("79,15:BB 78,19:BB 76,17:BB 76,09:BB 75,85:BB 75,62:BB 75,60:BB "
            + "74,10:BB 72,95:BB 72,43:BB 71,28:BB 71,07:BB 70,99:BB 70,58:BB 70,33:BB 70,32:BB 70,09:BB 70,06:BB "
            + "66,04:B 65,93:B 64,95:B 64,07:B 63,84:B 63,82:B 62,78:B 62,57:B 62,11:B 61,84:B 59,26:CC 59,14:CC "
            + "57,91:CC 57,40:CC 57,29:CC 57,12:CC 51,11:CC 51,09:CC 50,35:CC").split(" ");

    @Test
    void shareOfUnitsWithSakipAtLeastBIsKaltims2837() {
        List<String> predikat = Arrays.stream(KALTIM_3_13).map(s -> s.split(":")[1]).toList();
        HasilHitung h = AmbangCalculator.persentasePredikatMinimal(predikat, SkalaPredikatTest.sakipTanjungpinang(), "B");
        assertEquals("75,68", AngkaFormatter.format(h.nilaiAtauGagal()));   // Kaltim KT-IKU-8 realisasi 75,68
        // the same count from the scores with the numeric bound "> 60" (grade B is >60–70)
        List<BigDecimal> skor = Arrays.stream(KALTIM_3_13).map(s -> d(s.split(":")[0])).toList();
        assertEquals("75,68", AngkaFormatter.format(
                AmbangCalculator.persentaseMemenuhi(skor, Ambang.lebihDari(d("60"))).nilaiAtauGagal()));
        // and the grades agree with the scale
        for (String s : KALTIM_3_13) {
            String[] p = s.split(":");
            assertEquals(p[1], SkalaPredikatTest.sakipTanjungpinang().tentukan(d(p[0])).tampil(), s);
        }
    }

    @Test
    void strictAndInclusiveThresholdsDiffer() {
        List<BigDecimal> v = List.of(d("80"), d("80,01"), d("79"));
        assertEquals("33,33", AngkaFormatter.format(AmbangCalculator.persentaseMemenuhi(v, Ambang.lebihDari(d("80"))).nilaiAtauGagal()));
        assertEquals("66,67", AngkaFormatter.format(AmbangCalculator.persentaseMemenuhi(v, Ambang.palingSedikit(d("80"))).nilaiAtauGagal()));
        assertEquals(StatusHasil.TIDAK_DAPAT_DIHITUNG, AmbangCalculator.persentaseMemenuhi(List.of(), Ambang.lebihDari(d("80"))).status());
    }
}
