package id.akuntara.core.reviu;

import id.akuntara.core.calc.AngkaFormatter;
import id.akuntara.core.calc.AngkaTercetak;
import id.akuntara.core.calc.HasilHitung;
import id.akuntara.core.calc.SerapanCalculator;
import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;

/**
 * Budget rows: serapan = realisasi / pagu × 100 against {@code tercetak}, and a parent named as {@code induk} by
 * other budget rows must equal the sum of its children, pagu ({@code jumlah-pagu}) and realisasi
 * ({@code jumlah-realisasi}) separately ({@link SerapanCalculator}). A blank amount (parent or child) leaves that
 * sum unchecked; "-" counts as 0.
 */
final class PemeriksaAnggaran {

    private PemeriksaAnggaran() {
    }

    /** Returns {@code true} when something was compared. */
    static boolean periksaSerapan(BarisSiap b, List<Temuan> temuan) {
        if (b.tercetak().isEmpty()) {
            return false;
        }
        AngkaTercetak tercetak = b.tercetak().get();
        Optional<HasilHitung> serapan = HitungBaris.pos(b).map(SerapanCalculator::serapan);
        if (serapan.isEmpty()) {
            temuan.add(PembandingTercetak.tidakDapatDihitung(b, "serapan", tercetak, "pagu atau realisasi kosong"));
        } else if (!serapan.get().bernilai()) {
            temuan.add(PembandingTercetak.tidakDapatDihitung(b, "serapan", tercetak, serapan.get().alasan()));
        } else {
            PembandingTercetak.banding(b, "serapan", tercetak, serapan.get().nilaiAtauGagal()).ifPresent(temuan::add);
        }
        return true;
    }

    static boolean periksaJumlah(BarisSiap induk, List<BarisSiap> anak, List<Temuan> temuan) {
        boolean pagu = periksa(induk, anak, "jumlah-pagu", BarisSiap::target, temuan);
        boolean realisasi = periksa(induk, anak, "jumlah-realisasi", BarisSiap::realisasi, temuan);
        return pagu || realisasi;
    }

    private static boolean periksa(BarisSiap induk, List<BarisSiap> anak, String aturan, Function<BarisSiap, Sel> kolom,
            List<Temuan> temuan) {
        Optional<BigDecimal> dicetak = HitungBaris.rupiah(kolom.apply(induk));
        if (dicetak.isEmpty()) {
            return false;
        }
        BigDecimal jumlah = BigDecimal.ZERO;
        for (BarisSiap a : anak) {
            Optional<BigDecimal> v = HitungBaris.rupiah(kolom.apply(a));
            if (v.isEmpty()) {
                return false;
            }
            jumlah = jumlah.add(v.get());
        }
        if (jumlah.compareTo(dicetak.get()) != 0) {
            Sel sel = kolom.apply(induk);
            int skala = sel instanceof Sel.Angka a ? Math.max(a.angka().skala(), 0) : 0;
            temuan.add(new Temuan(induk.baris(), induk.id(), aturan, AngkaFormatter.formatTepat(dicetak.get()),
                    AngkaFormatter.format(jumlah, id.akuntara.core.calc.Pembulatan.setengahKeAtas(skala)), JenisTemuan.SALAH));
        }
        return true;
    }
}
