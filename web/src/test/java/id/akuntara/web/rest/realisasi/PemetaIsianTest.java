package id.akuntara.web.rest.realisasi;

import id.akuntara.core.application.realisasi.IsianAlur;
import id.akuntara.core.application.realisasi.IsianRealisasi;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The JSON bodies as core's input records: lenient, so that the use case loads before it reports what is wrong. */
class PemetaIsianTest {

    @Test
    void angkaJsonDanTeksIndonesiaSampaiKeCoreTanpaDitebak() {
        IsianRealisasi a = PemetaIsian.realisasi("{\"versi\": 3, \"statusNilai\": \"ADA\", \"nilai\": 3095.5,"
                + " \"penjelasan\": {\"faktorPenghambat\": \"LHE terlambat\"}}");
        assertEquals("3", a.versi());
        assertEquals("3095,5", a.nilai(), "tanpa titik ribuan: \"3.095\" bermakna ganda bagi parser");
        assertEquals("LHE terlambat", a.penjelasan().faktorPenghambat());
        assertNull(a.penjelasan().solusi());
        assertTrue(a.galatBentuk().isEmpty());
        assertEquals("81,65", PemetaIsian.realisasi("{\"nilai\": \"81,65\"}").nilai());
        assertEquals("100", PemetaIsian.realisasi("{\"nilai\": 1E+2}").nilai());
    }

    @Test
    void badanRusakMenjadiNullDanBentukSalahMenjadiGalat() {
        assertNull(PemetaIsian.realisasi(""));
        assertNull(PemetaIsian.realisasi("{\"versi\": "));
        assertNull(PemetaIsian.realisasi("[1, 2]"));
        assertNull(PemetaIsian.alur(null));
        IsianRealisasi salah = PemetaIsian.realisasi("{\"versi\": {\"x\": 1}, \"penjelasan\": \"teks\", \"nilai\": [1]}");
        assertEquals(3, salah.galatBentuk().size(), salah.galatBentuk().toString());
        assertEquals("penjelasan", salah.galatBentuk().get(0).field());
        IsianAlur alur = PemetaIsian.alur("{\"versi\": \"2\", \"catatan\": {\"a\": 1}}");
        assertEquals("2", alur.versi());
        assertEquals("catatan", alur.galatBentuk().get(0).field());
    }
}
