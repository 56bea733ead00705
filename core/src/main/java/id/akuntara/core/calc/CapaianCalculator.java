package id.akuntara.core.calc;

import java.math.BigDecimal;

/**
 * Capaian (achievement %) of an indicator, at full precision. Business rules (issue 3 rule 1):
 * <ul>
 *   <li><b>naik</b> (higher is better): R / T × 100 — Pangkalpinang LAKIP 2021 BAB III 3.2 ("Realisasi / Target x
 *       100%"); golden case Klungkung LKjIP 2020 Tabel 3.1: 31,42 / 24 → 130,92.</li>
 *   <li><b>turun</b> (lower is better): (2T − R) / T × 100 — Pangkalpinang 3.2 ("(Target − (Realisasi − Target)) /
 *       Target x 100%"); golden cases Klungkung Tabel 3.1 poverty rate T 4,34 R 5,4 → 75,58 and Tabel 3.3
 *       T 54 R 20,26 → 162,48.</li>
 *   <li><b>range target</b> [a, b]: inside → 100; below a → measured against a as naik (R / a × 100); above b →
 *       measured against b as turun ((2b − R) / b × 100), i.e. against the nearer bound (issue 3 rule 1; no seed
 *       indicator uses a range).</li>
 *   <li><b>count target</b>: a plain naik target; Klungkung LKjIP 2020 award nominations target 1, realisasi 0 →
 *       0.</li>
 *   <li>Target 0 (or negative) never yields a number silently: the result is {@code tidak-dapat-dihitung} with
 *       the reason — except "lower is better, target 0, realisasi 0", which is 100.</li>
 *   <li>Blank realisations keep their state: {@code belum-rilis}; {@code dibawa-dari} (value computed, year
 *       kept); missing → {@code tidak-dapat-dihitung}.</li>
 * </ul>
 * No capping here: that is a separate policy ({@link BatasCapaian}). Stateless and thread-safe.
 */
public final class CapaianCalculator {

    private CapaianCalculator() {
    }

    /** Capaian for any target and realisation state. */
    public static HasilHitung hitung(Polaritas polaritas, Target target, Realisasi realisasi) {
        java.util.Objects.requireNonNull(realisasi, "realisasi");
        if (realisasi instanceof Realisasi.BelumRilis) {
            return HasilHitung.belumRilis();
        }
        if (realisasi instanceof Realisasi.TidakAda tidakAda) {
            return HasilHitung.tidakDapatDihitung("realisasi tidak tersedia: " + tidakAda.alasan());
        }
        BigDecimal r = realisasi instanceof Realisasi.Tersedia t ? t.nilai() : ((Realisasi.DibawaDari) realisasi).nilai();
        HasilHitung hasil = hitungNilai(polaritas, target, r);
        if (realisasi instanceof Realisasi.DibawaDari dibawa && hasil.bernilai()) {
            return HasilHitung.dibawaDari(hasil.nilaiAtauGagal(), dibawa.tahun());
        }
        return hasil;
    }

    private static HasilHitung hitungNilai(Polaritas polaritas, Target target, BigDecimal r) {
        if (target instanceof Target.Nilai n) {
            return hitung(polaritas, n.nilai(), r);
        }
        if (target instanceof Target.Rentang rentang) {
            if (r.compareTo(rentang.bawah()) < 0) {
                return hitung(Polaritas.NAIK, rentang.bawah(), r);
            }
            if (r.compareTo(rentang.atas()) > 0) {
                return hitung(Polaritas.TURUN, rentang.atas(), r);
            }
            return HasilHitung.terhitung(Presisi.SERATUS);
        }
        return HasilHitung.tidakDapatDihitung("target tidak tersedia: " + ((Target.TidakAda) target).alasan());
    }

    /** Capaian for a single target value and a released realisation (the hot path). */
    public static HasilHitung hitung(Polaritas polaritas, BigDecimal target, BigDecimal realisasi) {
        int tanda = target.signum();
        if (tanda == 0) {
            if (polaritas == Polaritas.TURUN && realisasi.signum() == 0) {
                return HasilHitung.terhitung(Presisi.SERATUS);
            }
            return HasilHitung.tidakDapatDihitung("target bernilai 0: capaian tidak dapat dihitung");
        }
        if (tanda < 0) {
            return HasilHitung.tidakDapatDihitung("target negatif: rumus capaian tidak bermakna");
        }
        BigDecimal pembilang = polaritas == Polaritas.NAIK ? realisasi : target.add(target).subtract(realisasi);
        return HasilHitung.terhitung(Presisi.persen(pembilang, target));
    }
}
