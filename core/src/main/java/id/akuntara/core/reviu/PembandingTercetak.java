package id.akuntara.core.reviu;

import id.akuntara.core.calc.AngkaFormatter;
import id.akuntara.core.calc.AngkaTercetak;
import id.akuntara.core.calc.Pembulatan;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Optional;

/**
 * Judges a printed figure at its own printed precision (issue 3, Reviu): equal to the recomputed value rounded
 * half-up → fine; equal to the truncated value → {@code pembulatan} (Pangkalpinang LAKIP 2021 Tabel 3.3: 88,23 for
 * 88,235…); otherwise {@code salah} (Pangkalpinang Tabel 3.2: 99,69 for 99,65).
 */
final class PembandingTercetak {

    private PembandingTercetak() {
    }

    /** Empty when the printed value is right; otherwise the finding. */
    static Optional<Temuan> banding(BarisSiap baris, String aturan, AngkaTercetak tercetak, BigDecimal dihitung) {
        int skala = Math.max(tercetak.skala(), 0);
        BigDecimal dicetak = tercetak.nilai();
        if (dihitung.setScale(skala, RoundingMode.HALF_UP).compareTo(dicetak) == 0) {
            return Optional.empty();
        }
        JenisTemuan jenis = dihitung.setScale(skala, RoundingMode.DOWN).compareTo(dicetak) == 0
                ? JenisTemuan.PEMBULATAN : JenisTemuan.SALAH;
        return Optional.of(new Temuan(baris.baris(), baris.id(), aturan, AngkaFormatter.formatTepat(dicetak),
                AngkaFormatter.format(dihitung, Pembulatan.setengahKeAtas(skala)), jenis));
    }

    /** A printed figure for something that cannot be computed is always wrong. */
    static Temuan tidakDapatDihitung(BarisSiap baris, String aturan, AngkaTercetak tercetak, String alasan) {
        return new Temuan(baris.baris(), baris.id(), aturan, AngkaFormatter.formatTepat(tercetak.nilai()),
                "tidak dapat dihitung (" + alasan + ")", JenisTemuan.SALAH);
    }
}
