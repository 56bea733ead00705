package id.akuntara.web.laporan;

import id.akuntara.core.galat.GalatIsian;
import id.akuntara.core.galat.ValidasiGagalException;
import id.akuntara.reports.FormatLaporan;
import id.akuntara.reports.LayananLaporan;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Locale;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

/** The format and language of a report download, and the file name it is saved under. */
class PilihanBerkasTest {

    @Test
    void bawaanPdfBahasaIndonesia() {
        assertEquals(new PilihanBerkas(FormatLaporan.PDF, LayananLaporan.INDONESIA), PilihanBerkas.periksa(null, " "));
        assertEquals(new PilihanBerkas(FormatLaporan.XLSX, Locale.ENGLISH), PilihanBerkas.periksa("XLSX", "en"));
    }

    @Test
    void setiapPilihanTakDikenalDisebut() {
        ValidasiGagalException e = assertThrows(ValidasiGagalException.class, () -> PilihanBerkas.periksa("odt", "jv"));
        assertEquals(List.of("format", "bahasa"), e.galat().stream().map(GalatIsian::field).toList());
        assertEquals("odt", e.galat().get(0).nilai());
    }

    @Test
    void namaBerkas() {
        assertEquals("LAKIP-2021-kota-pangkalpinang.pdf",
                LaporanPemdaService.nama("LAKIP", 2021, "kota-pangkalpinang", LayananLaporan.INDONESIA, FormatLaporan.PDF));
        assertEquals("PK-2022-SEKDA_1-2022-prov-kaltim-en.docx",
                LaporanPemdaService.nama("PK-2022-SEKDA/1", 2022, "prov-kaltim", Locale.ENGLISH, FormatLaporan.DOCX));
    }
}
