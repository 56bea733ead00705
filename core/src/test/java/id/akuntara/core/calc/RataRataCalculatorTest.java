package id.akuntara.core.calc;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class RataRataCalculatorTest {

    private static BigDecimal d(String s) {
        return AngkaParser.parse(s).nilai();
    }

    private static HasilHitung cap(Polaritas p, String t, String r) {
        return CapaianCalculator.hitung(p, d(t), d(r));
    }

    private static String fmt(HasilHitung h) {
        return AngkaFormatter.format(h.nilaiAtauGagal());
    }

    /** Klungkung LKjIP 2020 Tabel 3.3 (p. 31): K-LPE, K-IKI (lower is better), K-IKL. */
    private static List<HasilHitung> klungkungTabel33() {
        return List.of(cap(Polaritas.NAIK, "6", "5,44"), cap(Polaritas.TURUN, "54", "20,26"), cap(Polaritas.NAIK, "86", "66,62"));
    }

    @Test
    void klungkungRoundsEachMemberBeforeAveraging() {
        HasilAgregasi dulu = RataRataCalculator.rataRata(klungkungTabel33(), KebijakanAgregasi.STANDAR);
        assertEquals("110,21", fmt(dulu.hasil()));   // printed in Tabel 3.3
        HasilAgregasi tanpa = RataRataCalculator.rataRata(klungkungTabel33(), KebijakanAgregasi.TANPA_PEMBULATAN_DULU);
        assertEquals("110,20", fmt(tanpa.hasil()));
    }

    @Test
    void klungkungTabel31MeanAndTheIndicatorWhoseRealisasiIsThatMean() {
        // Klungkung Tabel 3.1 (p. 26): five capaian, mean 102,95; the Setda indicator RCS-PK takes 102,95 as
        // realisasi against target 95 → 108,37 (BAB III, Sasaran 1)
        List<HasilHitung> anggota = List.of(
                cap(Polaritas.NAIK, "24", "31,42"), cap(Polaritas.NAIK, "72,13", "71,71"),
                cap(Polaritas.TURUN, "4,34", "5,4"), cap(Polaritas.NAIK, "56", "57,85"), cap(Polaritas.NAIK, "77,1", "81,38"));
        HasilAgregasi rata = RataRataCalculator.rataRata(anggota, KebijakanAgregasi.STANDAR);
        assertEquals("102,95", fmt(rata.hasil()));
        BigDecimal realisasi = Pembulatan.STANDAR.terapkan(rata.hasil().nilaiAtauGagal());
        assertEquals("108,37", fmt(CapaianCalculator.hitung(Polaritas.NAIK, d("95"), realisasi)));
        // the same chain for Sasaran 2: 110,21 → 116,01
        BigDecimal realisasi2 = Pembulatan.STANDAR.terapkan(
                RataRataCalculator.rataRata(klungkungTabel33(), KebijakanAgregasi.STANDAR).hasil().nilaiAtauGagal());
        assertEquals("116,01", fmt(CapaianCalculator.hitung(Polaritas.NAIK, d("95"), realisasi2)));
    }

    @Test
    void blankHandlingIsAPolicyKlungkungSakip2018() {
        // Klungkung LKjIP 2020 Tabel 3.5 (p. 36), 2018 column: 38 units, Kec. Nusa Penida blank (row 28)
        String[] skor = ("87,80 85,98 87,00 84,55 85,63 84,29 82,35 83,15 84,54 82,06 84,24 81,62 84,14 81,75 85,41 "
                + "85,22 84,55 84,02 83,68 84,09 82,90 86,04 83,46 83,73 82,40 82,59 82,30 _ 82,55 81,93 84,39 82,03 "
                + "82,71 83,79 83,92 83,62 84,45 84,67").split(" ");
        List<Realisasi> nilai = new ArrayList<>();
        for (String s : skor) {
            nilai.add(s.equals("_") ? Realisasi.tidakAda("tidak dievaluasi") : Realisasi.tersedia(d(s)));
        }
        assertEquals(38, nilai.size());
        HasilAgregasi nol = RataRataCalculator.rataRataNilai(nilai, PenangananKosong.DIHITUNG_NOL);
        assertEquals("81,67", fmt(nol.hasil()));     // printed
        assertTrue(nol.peringatan().get(0).contains("dihitung sebagai nol"));
        HasilAgregasi kecuali = RataRataCalculator.rataRataNilai(nilai, PenangananKosong.DIKECUALIKAN);
        assertEquals("83,88", fmt(kecuali.hasil()));
        assertEquals(37, kecuali.jumlahDihitung());
        assertEquals(1, kecuali.jumlahKosong());
        assertTrue(kecuali.peringatan().get(0).contains("dikecualikan"));
    }

    @Test
    void kaltimTabel319SasaranCapaianAndTheTruncatedPrint() {
        // Kaltim LKjIP 2021 Tabel 3.19 (p. 79): S2 = mean(100; 140,57; 105,90) = 115,49 ✓;
        // S3 = mean(98,29; 103,24) = 100,765 → 100,77 half-up, printed 100,76 (truncated)
        HasilAgregasi s2 = RataRataCalculator.rataRata(List.of(
                HasilHitung.terhitung(d("100,00")), HasilHitung.terhitung(d("140,57")), HasilHitung.terhitung(d("105,90"))),
                KebijakanAgregasi.STANDAR);
        assertEquals("115,49", fmt(s2.hasil()));
        HasilAgregasi s3 = RataRataCalculator.rataRata(List.of(
                HasilHitung.terhitung(d("98,29")), HasilHitung.terhitung(d("103,24"))), KebijakanAgregasi.STANDAR);
        assertEquals("100,77", fmt(s3.hasil()));
        assertEquals("100,76", AngkaFormatter.format(s3.hasil().nilaiAtauGagal(), Pembulatan.potong(2)));
    }

    @Test
    void noMemberWithAValueIsNotComputable() {
        HasilAgregasi h = RataRataCalculator.rataRata(List.of(HasilHitung.belumRilis()), KebijakanAgregasi.STANDAR);
        assertEquals(StatusHasil.TIDAK_DAPAT_DIHITUNG, h.hasil().status());
        assertEquals(1, h.jumlahKosong());
    }

    @Test
    void cappingIsAPolicyAndTheSeedsDoNotCap() {
        HasilHitung iki = cap(Polaritas.TURUN, "54", "20,26");
        assertEquals("162,48", fmt(BatasCapaian.TANPA.terapkan(iki)));
        BatasCapaian cap120 = BatasCapaian.maksimum(d("120"));
        assertEquals("120,00", fmt(cap120.terapkan(iki)));
        assertEquals("90,67", fmt(cap120.terapkan(cap(Polaritas.NAIK, "6", "5,44"))));
        assertEquals(StatusHasil.BELUM_RILIS, cap120.terapkan(HasilHitung.belumRilis()).status());
        // capped members change Klungkung's mean: (90,67 + 120 + 77,47) / 3 = 96,05
        List<HasilHitung> dibatasi = klungkungTabel33().stream().map(cap120::terapkan).toList();
        assertEquals("96,05", fmt(RataRataCalculator.rataRata(dibatasi, KebijakanAgregasi.STANDAR).hasil()));
    }
}
