package id.akuntara.core.calc;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.math.BigDecimal;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

class TerbilangFormatterTest {

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            // The seven PK totals of Kaltim LKjIP 2021 (annexes, text lines 3537-3970) with their printed words
            "PK 2021 Sekda (L3537)   | 282.044.792.352 | dua ratus delapan puluh dua miliar empat puluh empat juta tujuh ratus sembilan puluh dua ribu tiga ratus lima puluh dua rupiah",
            "PK 2021 Asisten PAP (L3624) | 16.070.928.000 | enam belas miliar tujuh puluh juta sembilan ratus dua puluh delapan ribu rupiah",
            "PK 2021 Asisten Adum (L3691) | 208.502.249.352 | dua ratus delapan miliar lima ratus dua juta dua ratus empat puluh sembilan ribu tiga ratus lima puluh dua rupiah",
            "PK 2022 Sekda (L3752)   | 254.986.626.497 | dua ratus lima puluh empat miliar sembilan ratus delapan puluh enam juta enam ratus dua puluh enam ribu empat ratus sembilan puluh tujuh rupiah",
            "PK 2022 Asisten Pemkesra (L3840) | 56.748.128.038 | lima puluh enam miliar tujuh ratus empat puluh delapan juta seratus dua puluh delapan ribu tiga puluh delapan rupiah",
            "PK 2022 Asisten PAP (L3908) | 19.868.519.000 | sembilan belas miliar delapan ratus enam puluh delapan juta lima ratus sembilan belas ribu rupiah",
            "PK 2022 Asisten Adum (L3970) | 178.369.979.459 | seratus tujuh puluh delapan miliar tiga ratus enam puluh sembilan juta sembilan ratus tujuh puluh sembilan ribu empat ratus lima puluh sembilan rupiah",
    })
    void kaltimPkTotals(String pk, String angka, String kata) {
        assertEquals(kata, TerbilangFormatter.rupiah(AngkaParser.parseRupiah(angka)), pk);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            "0 | nol rupiah",
            "1 | satu rupiah",
            "10 | sepuluh rupiah",
            "11 | sebelas rupiah",
            "15 | lima belas rupiah",
            "100 | seratus rupiah",
            "111 | seratus sebelas rupiah",
            "1.000 | seribu rupiah",
            "1.100 | seribu seratus rupiah",
            "11.000 | sebelas ribu rupiah",
            "100.000 | seratus ribu rupiah",
            "1.000.000 | satu juta rupiah",
            "1.001.000 | satu juta seribu rupiah",
            "2.000.000.000.000 | dua triliun rupiah",
            "999.999.999.999.999 | sembilan ratus sembilan puluh sembilan triliun sembilan ratus sembilan puluh sembilan miliar sembilan ratus sembilan puluh sembilan juta sembilan ratus sembilan puluh sembilan ribu sembilan ratus sembilan puluh sembilan rupiah",
    })
    void rules(String angka, String kata) {
        assertEquals(kata, TerbilangFormatter.rupiah(AngkaParser.parseRupiah(angka)));
    }

    @Test
    void senAfterKomaAsTanjungpinangWritesIt() {
        // Tanjungpinang LKIP 2020 BAB II: Rp 56.475.618.912,19 "… sembilan ratus dua belas koma Sembilan belas rupiah"
        assertEquals("lima puluh enam miliar empat ratus tujuh puluh lima juta enam ratus delapan belas ribu sembilan "
                + "ratus dua belas koma sembilan belas rupiah", TerbilangFormatter.rupiah(AngkaParser.parseRupiah("56.475.618.912,19")));
    }

    @Test
    void refusesBeyond999TriliunAndNegatives() {
        assertThrows(IllegalArgumentException.class, () -> TerbilangFormatter.rupiah(new BigDecimal("1000000000000000")));
        assertThrows(IllegalArgumentException.class, () -> TerbilangFormatter.rupiah(new BigDecimal("-1")));
    }
}
