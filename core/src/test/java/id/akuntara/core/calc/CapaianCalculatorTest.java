package id.akuntara.core.calc;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class CapaianCalculatorTest {

    private static BigDecimal d(String s) {
        return AngkaParser.parse(s).nilai();
    }

    private static String capaian(String polaritas, String target, String realisasi) {
        HasilHitung h = CapaianCalculator.hitung(Polaritas.dariKode(polaritas), d(target), d(realisasi));
        assertEquals(StatusHasil.TERHITUNG, h.status());
        return AngkaFormatter.format(h.nilaiAtauGagal());
    }

    @ParameterizedTest(name = "{0}: {1} T={2} R={3} → {4}")
    @CsvSource(delimiter = '|', value = {
            // Klungkung LKjIP 2020 Tabel 3.1 (p. 26), Pemerintahan dan Kesra
            "Klungkung 3.1 K-BUD    | naik  | 24    | 31,42  | 130,92",
            "Klungkung 3.1 K-IPM    | naik  | 72,13 | 71,71  | 99,42",
            "Klungkung 3.1 K-MISKIN | turun | 4,34  | 5,4    | 75,58",
            "Klungkung 3.1 K-IRB    | naik  | 56    | 57,85  | 103,30",
            "Klungkung 3.1 K-IDD    | naik  | 77,1  | 81,38  | 105,55",
            // Klungkung Tabel 3.3 (p. 31), Perekonomian dan Pembangunan
            "Klungkung 3.3 K-LPE    | naik  | 6     | 5,44   | 90,67",
            "Klungkung 3.3 K-IKI    | turun | 54    | 20,26  | 162,48",
            "Klungkung 3.3 K-IKL    | naik  | 86    | 66,62  | 77,47",
            // Klungkung BAB III, Setda IKU against the IKU-table targets
            "Klungkung RCS-PK       | naik  | 95    | 102,95 | 108,37",
            "Klungkung RCS-EP       | naik  | 95    | 110,21 | 116,01",
            "Klungkung AKIP-PD      | naik  | 82    | 81,65  | 99,57",
            "Klungkung AKSI-NOM     | naik  | 1     | 0      | 0,00",
            // Pangkalpinang LAKIP 2021 Tabel 3.2 (AKIP; LPPD is printed wrong, see reviu) and Tabel 3.3
            "Pangkalpinang 3.2 AKIP | naik  | 63,30 | 61,77  | 97,58",
            "Pangkalpinang 3.2 LPPD | naik  | 3,2721 | 3,2608 | 99,65",
            "Pangkalpinang 3.3 PD   | naik  | 85    | 75     | 88,24",
            // Kaltim LKjIP 2021 Tabel 3.3 (p. 38) / Ikhtisar: the 12 PK indicators
            "Kaltim KT-IKU-1        | naik  | 3,095 | 3,0885 | 99,79",
            "Kaltim KT-IKU-2        | naik  | 90,00 | 100,00 | 111,11",
            "Kaltim KT-IKU-3        | naik  | 100,00 | 99,86 | 99,86",
            "Kaltim KT-IKU-4        | naik  | 85,00 | 85,00  | 100,00",
            "Kaltim KT-IKU-5        | naik  | 90,00 | 90,00  | 100,00",
            "Kaltim KT-IKU-6        | naik  | 70,00 | 98,40  | 140,57",
            "Kaltim KT-IKU-7        | naik  | 70,00 | 74,13  | 105,90",
            "Kaltim KT-IKU-8        | naik  | 77,00 | 75,68  | 98,29",
            "Kaltim KT-IKU-9        | naik  | 66,00 | 68,14  | 103,24",
            "Kaltim KT-IKU-10       | naik  | 77,10 | 79,81  | 103,51",
            "Kaltim KT-IKU-11       | naik  | 77,20 | 85,24  | 110,41",
            "Kaltim KT-IKU-12       | naik  | 69,00 | 72,62  | 105,25",
            // Tanjungpinang LKIP 2020 Tabel 3.3 (text lines 779-797)
            "Tanjungpinang 3.3 SOP  | naik  | 100   | 80     | 80,00",
            "Tanjungpinang 3.3 PD   | naik  | 100   | 85,71  | 85,71",
            "Tanjungpinang 3.3 agama | naik | 100   | 45,45  | 45,45",
    })
    void reproducesPrintedCapaianOfTheSeeds(String kasus, String polaritas, String target, String realisasi,
            String tercetak) {
        assertEquals(tercetak, capaian(polaritas, target, realisasi), kasus);
    }

    @Test
    void lowerIsBetterIsNotTheInverseRatio() {
        // Klungkung Tabel 3.1: T/R would print 80,37 — the report prints 75,58, i.e. (2T − R)/T
        assertEquals("75,58", capaian("turun", "4,34", "5,4"));
    }

    @Test
    void keepsFullPrecisionUntilPresentation() {
        HasilHitung h = CapaianCalculator.hitung(Polaritas.NAIK, d("85"), d("75"));
        assertEquals(new BigDecimal("88.235294117647"), h.nilaiAtauGagal());
    }

    @Test
    void targetZeroNeverYieldsANumberSilently() {
        HasilHitung naik = CapaianCalculator.hitung(Polaritas.NAIK, BigDecimal.ZERO, d("5"));
        assertEquals(StatusHasil.TIDAK_DAPAT_DIHITUNG, naik.status());
        assertFalse(naik.bernilai());
        assertTrue(naik.alasan().contains("target bernilai 0"));

        HasilHitung turunTidakNol = CapaianCalculator.hitung(Polaritas.TURUN, BigDecimal.ZERO, d("2"));
        assertEquals(StatusHasil.TIDAK_DAPAT_DIHITUNG, turunTidakNol.status());
    }

    @Test
    void lowerIsBetterWithTargetZeroAndRealisasiZeroIsHundred() {
        HasilHitung h = CapaianCalculator.hitung(Polaritas.TURUN, BigDecimal.ZERO, BigDecimal.ZERO);
        assertEquals(StatusHasil.TERHITUNG, h.status());
        assertEquals(0, h.nilaiAtauGagal().compareTo(BigDecimal.valueOf(100)));
    }

    @Test
    void negativeTargetIsNotComputed() {
        assertEquals(StatusHasil.TIDAK_DAPAT_DIHITUNG,
                CapaianCalculator.hitung(Polaritas.NAIK, d("-2"), d("1")).status());
    }

    @Test
    void rangeTarget() {
        Target rentang = Target.rentang(d("10"), d("20"));
        assertEquals("100,00", fmt(CapaianCalculator.hitung(Polaritas.NAIK, rentang, Realisasi.tersedia(d("15")))));
        assertEquals("100,00", fmt(CapaianCalculator.hitung(Polaritas.NAIK, rentang, Realisasi.tersedia(d("10")))));
        assertEquals("100,00", fmt(CapaianCalculator.hitung(Polaritas.NAIK, rentang, Realisasi.tersedia(d("20")))));
        // below the lower bound: measured against 10 → 8/10
        assertEquals("80,00", fmt(CapaianCalculator.hitung(Polaritas.NAIK, rentang, Realisasi.tersedia(d("8")))));
        // above the upper bound: measured against 20 as lower-is-better → (40 − 25)/20
        assertEquals("75,00", fmt(CapaianCalculator.hitung(Polaritas.NAIK, rentang, Realisasi.tersedia(d("25")))));
    }

    @Test
    void blankRealisationsKeepTheirState() {
        Target t = Target.nilai(d("3,2721"));
        HasilHitung belum = CapaianCalculator.hitung(Polaritas.NAIK, t, Realisasi.belumRilis());
        assertEquals(StatusHasil.BELUM_RILIS, belum.status());
        assertFalse(belum.bernilai());

        HasilHitung kosong = CapaianCalculator.hitung(Polaritas.NAIK, d60(), Realisasi.tidakAda("Tidak ada kegiatan pendukung"));
        assertEquals(StatusHasil.TIDAK_DAPAT_DIHITUNG, kosong.status());
        assertTrue(kosong.alasan().contains("Tidak ada kegiatan pendukung"));

        HasilHitung tanpaTarget = CapaianCalculator.hitung(Polaritas.NAIK, Target.tidakAda("indikator baru"), Realisasi.tersedia(d("1")));
        assertEquals(StatusHasil.TIDAK_DAPAT_DIHITUNG, tanpaTarget.status());
    }

    @Test
    void carriedForwardRealisationKeepsItsYear() {
        // Kaltim LKjIP 2021 Tabel 3.3: EKPPD 3,0885 *) is the 2018 score, reported for 2021 → 99,79
        HasilHitung h = CapaianCalculator.hitung(Polaritas.NAIK, Target.nilai(d("3,095")),
                Realisasi.dibawaDari(d("3,0885"), 2018));
        assertEquals(StatusHasil.DIBAWA_DARI, h.status());
        assertEquals(2018, h.tahunAsal().getAsInt());
        assertEquals("99,79", fmt(h));
        assertEquals("dibawa-dari", h.status().kode());
    }

    private static Target d60() {
        return Target.nilai(d("60"));
    }

    private static String fmt(HasilHitung h) {
        return AngkaFormatter.format(h.nilaiAtauGagal());
    }
}
