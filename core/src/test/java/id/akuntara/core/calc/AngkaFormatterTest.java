package id.akuntara.core.calc;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.math.BigDecimal;
import org.junit.jupiter.api.Test;

class AngkaFormatterTest {

    @Test
    void formatsIndonesianWithTwoDecimalsHalfUpByDefault() {
        assertEquals("1.234.567,89", AngkaFormatter.format(new BigDecimal("1234567.885")));
        assertEquals("88,24", AngkaFormatter.format(new BigDecimal("88.2352941")));
        assertEquals("-0,14", AngkaFormatter.format(new BigDecimal("-0.135")));
        assertEquals("0,00", AngkaFormatter.format(BigDecimal.ZERO));
        assertEquals("100,00", AngkaFormatter.format(new BigDecimal("100")));
        assertEquals("999,99", AngkaFormatter.format(new BigDecimal("999.994")));
        assertEquals("1.000,00", AngkaFormatter.format(new BigDecimal("999.995")));
    }

    @Test
    void truncatingDisplayPolicyReproducesPangkalpinang() {
        // Pangkalpinang LAKIP 2021 Tabel 3.3: 75 / 85 × 100 = 88,2352… printed 88,23
        BigDecimal capaian = new BigDecimal("88.235294117647");
        assertEquals("88,23", AngkaFormatter.format(capaian, Pembulatan.potong(2)));
        assertEquals("88,24", AngkaFormatter.format(capaian, Pembulatan.STANDAR));
    }

    @Test
    void formatsAtOtherPrecisions() {
        assertEquals("3,2721", AngkaFormatter.format(new BigDecimal("3.27210"), Pembulatan.setengahKeAtas(4)));
        assertEquals("103,3", AngkaFormatter.format(new BigDecimal("103.303571"), Pembulatan.setengahKeAtas(1)));
        assertEquals("47.845.628.624", AngkaFormatter.format(new BigDecimal("47845628624"), Pembulatan.setengahKeAtas(0)));
    }

    @Test
    void formatsRupiah() {
        assertEquals("Rp 47.845.628.624", AngkaFormatter.formatRupiah(new BigDecimal("47845628624.00")));
        // Kaltim LKjIP 2021 BAB II: realisasi Rp 232.980.102.655,50
        assertEquals("Rp 232.980.102.655,50", AngkaFormatter.formatRupiah(new BigDecimal("232980102655.5")));
    }

    @Test
    void roundTripsThroughTheParser() {
        for (String s : new String[] {"1.234.567,89", "3,2721", "-0,14", "0", "12.345", "999.999.999.999.999,99"}) {
            assertEquals(s, AngkaFormatter.formatTepat(AngkaParser.parse(s, KonteksAngka.RUPIAH).nilai()));
        }
    }
}
