package id.akuntara.core.calc;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.math.BigDecimal;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class PerbandinganCalculatorTest {

    private static BigDecimal d(String s) {
        return AngkaParser.parse(s).nilai();
    }

    @ParameterizedTest(name = "{0}: {1} → {2} = {3}")
    @CsvSource(delimiter = '|', value = {
            // Kaltim LKjIP 2021 Tabel 3.5 (p. 40), "6=(5/4-1)*100"
            "KT-IKU-1 | 3,0885 | 3,0885 | 0,00",
            "KT-IKU-2 | 100,00 | 100,00 | 0,00",
            "KT-IKU-3 | 100,00 | 99,86  | -0,14",
            "KT-IKU-4 | 85,00  | 85,00  | 0,00",
    })
    void yearOnYear(String kode, String lalu, String kini, String tercetak) {
        HasilHitung h = PerbandinganCalculator.perubahanTahunan(Optional.of(d(lalu)), d(kini));
        assertEquals(tercetak, AngkaFormatter.format(h.nilaiAtauGagal()), kode);
    }

    @Test
    void yearOnYearWithoutPreviousIsNotComputed() {
        assertEquals(StatusHasil.TIDAK_DAPAT_DIHITUNG,
                PerbandinganCalculator.perubahanTahunan(Optional.empty(), d("92")).status());
        assertEquals(StatusHasil.TIDAK_DAPAT_DIHITUNG,
                PerbandinganCalculator.perubahanTahunan(Optional.of(BigDecimal.ZERO), d("92")).status());
    }

    @ParameterizedTest(name = "{0}: {1} / {2} = {3}")
    @CsvSource(delimiter = '|', value = {
            // Kaltim LKjIP 2021 Tabel 3.6 (p. 41), "Tingkat Kemajuan" 6=5/4*100
            "KT-IKU-1 | 3,0885 | 3,15   | 98,05",
            "KT-IKU-2 | 100,00 | 95,00  | 105,26",
            "KT-IKU-3 | 99,86  | 100,00 | 99,86",
            "KT-IKU-4 | 85,00  | 90,00  | 94,44",
            // Pangkalpinang LAKIP 2021 Tabel 3.3 against the Renstra 2023 target (recomputed in the extraction)
            "PD tepat waktu | 75 | 95 | 78,95",
    })
    void progressToPlanEnd(String kode, String realisasi, String targetAkhir, String tercetak) {
        assertEquals(tercetak, AngkaFormatter.format(PerbandinganCalculator.kemajuan(d(realisasi), d(targetAkhir)).nilaiAtauGagal()), kode);
    }

    @Test
    void kaltimConclusionCounts7Above2Equal3Below() {
        // Kaltim LKjIP 2021 Ikhtisar capaian of the 12 PK indicators; BAB IV: 7 > 100 %, 2 = 100 %, 3 < 100 %
        List<HasilHitung> capaian = Arrays.stream(("99,79 111,11 99,86 100,00 100,00 140,57 105,90 98,29 103,24 "
                + "103,51 110,41 105,25").split(" ")).map(s -> HasilHitung.terhitung(d(s))).toList();
        SebaranCapaian s = SebaranCapaian.hitung(capaian, Pembulatan.STANDAR);
        assertEquals(new SebaranCapaian(7, 2, 3, 0), s);
    }

    @Test
    void bandCountsUseThePresentedValue() {
        // 99,996 is presented as 100,00 and counts as "= 100"; a blank is counted apart
        SebaranCapaian s = SebaranCapaian.hitung(List.of(HasilHitung.terhitung(d("99,996")), HasilHitung.belumRilis()),
                Pembulatan.STANDAR);
        assertEquals(new SebaranCapaian(0, 1, 0, 1), s);
    }
}
