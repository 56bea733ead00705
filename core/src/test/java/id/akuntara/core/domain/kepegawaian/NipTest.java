package id.akuntara.core.domain.kepegawaian;

import id.akuntara.core.domain.bersama.AturanDilanggarException;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.time.YearMonth;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class NipTest {

    /** Every NIP printed in the seed reports (kaltim-a, kaltim-c, Pangkalpinang, Tanjungpinang texts). */
    @ParameterizedTest
    @ValueSource(strings = {"19620128 198803 1 005", "196307211988031013", "19640418 198703 1 002",
            "NIP. 19641012 198910 1 004", "NIP 196410281990031009", "19700805 199203 2 016", "19710124 199703 1 007",
            "NIP.19740309 199303 1 005"})
    void nipDariLaporanSahSemuanya(String teks) {
        assertTrue(Nip.periksa(Nip.normalkan(teks)).isEmpty(), teks);
    }

    @Test
    void strukturNipTerbaca() {
        Nip nip = Nip.baca("19700805 199203 2 016");
        assertEquals(LocalDate.of(1970, 8, 5), nip.tanggalLahir());
        assertEquals(YearMonth.of(1992, 3), nip.tmtCpns());
        assertEquals(JenisKelamin.PEREMPUAN, nip.jenisKelamin());
        assertEquals("19700805 199203 2 016", nip.tampil());
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "1964102819900310|18 angka",
            "19641028199003100X|18 angka",
            "196413281990031009|tanggal lahir",
            "196402301990031009|tanggal lahir",
            "196410281990131009|TMT CPNS",
            "196410281975031009|kurang dari 18 tahun",
            "196410281990033009|jenis kelamin",
            "196410281990031000|nomor urut"})
    void nipTidakSahDitolakDenganAlasan(String nip, String alasan) {
        var salah = Nip.periksa(nip);
        assertTrue(salah.stream().anyMatch(s -> s.contains(alasan)), salah.toString());
        assertThrows(IllegalArgumentException.class, () -> new Nip(nip));
    }

    @Test
    void pegawaiDenganNipTidakSahDitolak() {
        var e = assertThrows(AturanDilanggarException.class,
                () -> new Pegawai("x", "Fulan", "19641028 199003 3 009", null, null, null));
        assertTrue(e.getMessage().contains("NIP Fulan tidak sah"), e.getMessage());
        assertThrows(AturanDilanggarException.class,
                () -> new Pegawai("y", "Fulanah", "19700805 199203 2 016", null, null, JenisKelamin.LAKI_LAKI));
        assertEquals(JenisKelamin.PEREMPUAN, new Pegawai("z", "Inni", "19700805 199203 2 016", null, null, null)
                .getJenisKelamin().orElseThrow());
    }
}
