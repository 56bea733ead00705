package id.akuntara.core.reviu;

import id.akuntara.core.calc.CapaianCalculator;
import id.akuntara.core.calc.HasilHitung;
import id.akuntara.core.calc.PosAnggaran;
import id.akuntara.core.calc.Realisasi;
import id.akuntara.core.calc.Target;
import java.math.BigDecimal;
import java.util.Optional;

/** Bridges worksheet cells to the calculation engine. */
final class HitungBaris {

    private HitungBaris() {
    }

    static HasilHitung capaian(BarisSiap b) {
        Target target = b.target() instanceof Sel.Angka a ? Target.nilai(a.nilai()) : Target.tidakAda("target kosong");
        Realisasi realisasi;
        if (b.realisasi() instanceof Sel.Angka a) {
            realisasi = Realisasi.tersedia(a.nilai());
        } else if (b.realisasi() instanceof Sel.BelumRilis) {
            realisasi = Realisasi.belumRilis();
        } else {
            realisasi = Realisasi.tidakAda("realisasi kosong");
        }
        return CapaianCalculator.hitung(b.polaritas(), target, realisasi);
    }

    /** Rupiah value of a budget cell: a number, or 0 for "-"; empty when blank or not released. */
    static Optional<BigDecimal> rupiah(Sel sel) {
        if (sel instanceof Sel.Angka a) {
            return Optional.of(a.nilai());
        }
        return sel instanceof Sel.Nihil ? Optional.of(BigDecimal.ZERO) : Optional.empty();
    }

    static Optional<PosAnggaran> pos(BarisSiap b) {
        Optional<BigDecimal> pagu = rupiah(b.target());
        Optional<BigDecimal> realisasi = rupiah(b.realisasi());
        return pagu.isPresent() && realisasi.isPresent() ? Optional.of(new PosAnggaran(pagu.get(), realisasi.get())) : Optional.empty();
    }

    /** Plain value of a general cell, for {@code perubahan} and {@code selisih}. */
    static Optional<BigDecimal> nilai(Sel sel) {
        return sel instanceof Sel.Angka a ? Optional.of(a.nilai()) : Optional.empty();
    }
}
