package id.akuntara.core.reviu;

import id.akuntara.core.calc.AngkaTercetak;
import id.akuntara.core.calc.EfisiensiCalculator;
import id.akuntara.core.calc.HasilAgregasi;
import id.akuntara.core.calc.HasilHitung;
import id.akuntara.core.calc.KebijakanAgregasi;
import id.akuntara.core.calc.PerbandinganCalculator;
import id.akuntara.core.calc.RataRataCalculator;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Performance rows: {@code capaian} (by polarity, {@link id.akuntara.core.calc.CapaianCalculator}),
 * {@code rata-rata} of the member capaian ({@link RataRataCalculator}; members rounded to 2 decimals first unless
 * the option says otherwise; blank members excluded), {@code perubahan} (year on year), {@code selisih} and
 * {@code rasio}.
 */
final class PemeriksaCapaian {

    private PemeriksaCapaian() {
    }

    static boolean periksaCapaian(BarisSiap b, Map<String, HasilHitung> capaian, List<Temuan> temuan) {
        if (b.tercetak().isEmpty()) {
            return false;
        }
        banding(b, "capaian", b.tercetak().get(), capaian.get(b.id()), temuan);
        return true;
    }

    static boolean periksaRataRata(BarisSiap b, List<BarisSiap> anggota, Map<String, HasilHitung> capaian,
            OpsiReviu opsi, List<Temuan> temuan) {
        if (b.tercetak().isEmpty()) {
            return false;
        }
        List<HasilHitung> nilai = new ArrayList<>(anggota.size());
        for (BarisSiap a : anggota) {
            nilai.add(capaian.get(a.id()));
        }
        KebijakanAgregasi kebijakan = opsi.bulatkanDulu() ? KebijakanAgregasi.STANDAR : KebijakanAgregasi.TANPA_PEMBULATAN_DULU;
        HasilAgregasi rata = RataRataCalculator.rataRata(nilai, kebijakan);
        banding(b, "rata-rata", b.tercetak().get(), rata.hasil(), temuan);
        return true;
    }

    static boolean periksaPerubahan(BarisSiap b, List<Temuan> temuan) {
        if (b.tercetak().isEmpty()) {
            return false;
        }
        Optional<BigDecimal> kini = HitungBaris.nilai(b.realisasi());
        HasilHitung h = kini.isEmpty() ? HasilHitung.tidakDapatDihitung("realisasi kosong")
                : PerbandinganCalculator.perubahanTahunan(HitungBaris.nilai(b.target()), kini.get());
        banding(b, "perubahan", b.tercetak().get(), h, temuan);
        return true;
    }

    static boolean periksaSelisih(BarisSiap b, List<Temuan> temuan) {
        if (b.tercetak().isEmpty()) {
            return false;
        }
        Optional<BigDecimal> a = HitungBaris.nilai(b.target());
        Optional<BigDecimal> c = HitungBaris.nilai(b.realisasi());
        HasilHitung h = a.isPresent() && c.isPresent()
                ? HasilHitung.terhitung(EfisiensiCalculator.selisihPoin(a.get(), c.get()))
                : HasilHitung.tidakDapatDihitung("target atau realisasi kosong");
        banding(b, "selisih", b.tercetak().get(), h, temuan);
        return true;
    }

    static boolean periksaRasio(BarisSiap b, List<Temuan> temuan) {
        if (b.tercetak().isEmpty()) {
            return false;
        }
        Optional<BigDecimal> penyebut = HitungBaris.nilai(b.target());
        Optional<BigDecimal> pembilang = HitungBaris.nilai(b.realisasi());
        HasilHitung h;
        if (penyebut.isEmpty() || pembilang.isEmpty()) {
            h = HasilHitung.tidakDapatDihitung("target atau realisasi kosong");
        } else if (penyebut.get().signum() == 0) {
            h = HasilHitung.tidakDapatDihitung("target bernilai 0");
        } else {
            h = HasilHitung.terhitung(pembilang.get().divide(penyebut.get(), 12, java.math.RoundingMode.HALF_UP));
        }
        banding(b, "rasio", b.tercetak().get(), h, temuan);
        return true;
    }

    private static void banding(BarisSiap b, String aturan, AngkaTercetak tercetak, HasilHitung h, List<Temuan> temuan) {
        if (h.bernilai()) {
            PembandingTercetak.banding(b, aturan, tercetak, h.nilaiAtauGagal()).ifPresent(temuan::add);
        } else {
            temuan.add(PembandingTercetak.tidakDapatDihitung(b, aturan, tercetak, h.alasan()));
        }
    }
}
