package id.akuntara.core.calc;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class AngkaParserTest {

    @ParameterizedTest(name = "{0} → {1}")
    @CsvSource(delimiter = '|', value = {
            // Issue 3 rule 9 examples
            "1.234.567,89 | 1234567.89",
            "3,2721       | 3.2721",      // Pangkalpinang LAKIP 2021 Tabel 3.2, LPPD target
            "75 %         | 75",
            "-0,14        | -0.14",       // Kaltim LKjIP 2021 Tabel 3.5 (p. 40), produk hukum
            "3,0885       | 3.0885",      // Kaltim Tabel 3.3 (p. 38), EKPPD
            "5,4          | 5.4",         // Klungkung LKjIP 2020 Tabel 3.1 (p. 26), printed at one decimal
            "100%         | 100",
            "0            | 0",
            "3103,55      | 3103.55",
            "1.234.567    | 1234567",
    })
    void readsIndonesianNumbersKeepingPrintedPrecision(String teks, String diharapkan) {
        AngkaTercetak angka = AngkaParser.parse(teks);
        assertEquals(new BigDecimal(diharapkan), angka.nilai());
        assertEquals(new BigDecimal(diharapkan).scale(), angka.skala());
    }

    @Test
    void remembersPercentSignAndPrintedScale() {
        AngkaTercetak angka = AngkaParser.parse("88,23 %");
        assertTrue(angka.persen());
        assertEquals(2, angka.skala());
        assertFalse(AngkaParser.parse("88,23").persen());
    }

    @Test
    void readsRupiahAsPrintedInPangkalpinang() {
        // Pangkalpinang LAKIP 2021, 3.4 Analisa Keuangan: "Rp 47.845.628.624,-" and "Rp 42.113.321.755,00"
        assertEquals(new BigDecimal("47845628624"), AngkaParser.parseRupiah("Rp 47.845.628.624,-"));
        assertEquals(0, new BigDecimal("42113321755").compareTo(AngkaParser.parseRupiah("Rp 42.113.321.755,00")));
        assertEquals(new BigDecimal("132105000"), AngkaParser.parseRupiah("Rp. 132.105.000"));
        // a single thousands group is unambiguous for rupiah
        assertEquals(new BigDecimal("250000"), AngkaParser.parseRupiah("250.000"));
    }

    @ParameterizedTest
    @ValueSource(strings = {
            "838,318,150",  // Tanjungpinang LKIP 2020 realisasi anggaran, English grouping
            "33.34",        // Tanjungpinang Tabel 3.3, decimal point
            "3.095",        // Kaltim PK 2021 annex: means 3,095, reads as 3095 in Indonesian notation
            "1,234.56",
            "12.34.567",
            "1.2345",
    })
    void refusesAmbiguousNumbers(String teks) {
        AngkaTidakTerbacaException e = assertThrows(AngkaTidakTerbacaException.class, () -> AngkaParser.parse(teks));
        assertTrue(e.getMessage().contains("ambigu"), e.getMessage());
        assertEquals(teks, e.teks());
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "  ", "abc", "3,0885 *)", "90 00", "12,", ",5", "-", "Rp"})
    void refusesTextThatIsNoNumber(String teks) {
        assertThrows(AngkaTidakTerbacaException.class, () -> AngkaParser.parse(teks));
    }
}
