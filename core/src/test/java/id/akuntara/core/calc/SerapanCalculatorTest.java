package id.akuntara.core.calc;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class SerapanCalculatorTest {

    private static PosAnggaran pos(String pagu, String realisasi) {
        return new PosAnggaran(AngkaParser.parseRupiah(pagu), AngkaParser.parseRupiah(realisasi));
    }

    private static String serapan(PosAnggaran p) {
        return AngkaFormatter.format(SerapanCalculator.serapan(p).nilaiAtauGagal());
    }

    @Test
    void pangkalpinangTotalIsAbsorbed8802NotThePrinted8332() {
        // Pangkalpinang LAKIP 2021, 3.4 Analisa Keuangan: printed 83,32 %
        assertEquals("88,02", serapan(pos("Rp 47.845.628.624,00", "Rp 42.113.321.755,00")));
        // 2020 figures of the same paragraph reproduce: 89,64 %
        assertEquals("89,64", serapan(pos("55.848.805.191", "50.062.614.198")));
    }

    @Test
    void kaltimSubKegiatanAndRollUpAsRatioOfSums() {
        // Kaltim LKjIP 2021 Tabel 3.22 (p. 83), first sub-kegiatan: 33,82
        assertEquals("33,82", serapan(pos("5.250.000", "1.775.500")));
        // Tabel 3.19 (p. 79), Sasaran 2 absorption 75,41 = Σ realisasi / Σ pagu over Tabel 3.20 lines
        List<PosAnggaran> s2 = List.of(pos("3.205.483.600", "2.332.105.441"), pos("2.553.296.350", "1.728.938.107"),
                pos("4.242.589.262", "3.481.358.198"));
        assertEquals("75,41", AngkaFormatter.format(SerapanCalculator.serapanGabungan(s2).nilaiAtauGagal()));
        // … which is not the mean of the line percentages (72,75; 67,71; 82,06 → 74,17)
        BigDecimal rataPersen = RataRataCalculator.rataRata(s2.stream().map(SerapanCalculator::serapan).toList(),
                KebijakanAgregasi.STANDAR).hasil().nilaiAtauGagal();
        assertEquals("74,17", AngkaFormatter.format(rataPersen));
    }

    @Test
    void parentMustEqualSumOfChildren() {
        // Pangkalpinang Tabel 3.4, kegiatan KG03 "Fasilitasi dan Koordinasi Hukum"
        PosAnggaran kg03 = pos("316.260.535", "166.782.450");
        List<PosAnggaran> anak = List.of(pos("76.660.405", "51.209.200"), pos("140.784.500", "100.982.150"),
                pos("98.815.630", "44.691.100"));
        Optional<PosAnggaran> selisih = SerapanCalculator.selisihDenganAnak(kg03, anak);
        assertTrue(selisih.isPresent());
        assertEquals(0, selisih.get().pagu().signum());
        assertEquals(new BigDecimal("-30100000"), selisih.get().realisasi());
        // KG01 adds up
        assertTrue(SerapanCalculator.selisihDenganAnak(pos("464.425.253", "333.226.551"), List.of(
                pos("323.325.303", "275.724.251"), pos("54.049.950", "13.500.000"), pos("87.050.000", "44.002.300"))).isEmpty());
    }

    @Test
    void zeroPaguIsNotComputed() {
        HasilHitung h = SerapanCalculator.serapan(pos("0", "460.000.000"));
        assertEquals(StatusHasil.TIDAK_DAPAT_DIHITUNG, h.status());
        assertTrue(h.alasan().contains("pagu"));
    }

    @Test
    void klungkungEfficiency() {
        // Klungkung LKjIP 2020 Tabel 3.2 (p. 28): SE 0,95, IE 1,18, Tingkat 0,24, Efisien
        HasilEfisiensi s1 = EfisiensiCalculator.klungkung(d("95"), d("100"), d("102,95"), d("87,16")).orElseThrow();
        assertEquals("0,95", AngkaFormatter.format(s1.standarEfisiensi()));
        assertEquals("1,18", AngkaFormatter.format(s1.indeksEfisiensi()));
        assertEquals("0,24", AngkaFormatter.format(s1.tingkatEfisiensi()));
        assertEquals("Efisien", s1.keterangan());
        // Tabel 3.4 (p. 33): IE 1,12, Tingkat 0,18
        HasilEfisiensi s2 = EfisiensiCalculator.klungkung(d("95"), d("100"), d("110,21"), d("98,20")).orElseThrow();
        assertEquals("1,12", AngkaFormatter.format(s2.indeksEfisiensi()));
        assertEquals("0,18", AngkaFormatter.format(s2.tingkatEfisiensi()));
        HasilEfisiensi tidak = EfisiensiCalculator.klungkung(d("95"), d("100"), d("80"), d("98")).orElseThrow();
        assertEquals("Tidak Efisien", tidak.keterangan());
        assertTrue(EfisiensiCalculator.klungkung(d("95"), d("100"), d("80"), BigDecimal.ZERO).isEmpty());
    }

    @Test
    void kaltimEfficiencyInPoints() {
        // Kaltim LKjIP 2021 Tabel 3.19 (p. 79): col 5 = col 3 − col 4 on all four rows
        String[][] baris = {{"102,73", "82,59", "20,14"}, {"115,49", "75,41", "40,08"}, {"100,76", "46,50", "54,26"},
            {"106,39", "83,73", "22,66"}};
        for (String[] b : baris) {
            assertEquals(b[2], AngkaFormatter.format(EfisiensiCalculator.selisihPoin(d(b[0]), d(b[1]))));
        }
    }

    private static BigDecimal d(String s) {
        return AngkaParser.parse(s).nilai();
    }
}
