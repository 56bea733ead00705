/**
 * Mesin perhitungan SAKIP Akuntara: capaian, agregasi, predikat, anggaran, efisiensi, perbandingan, angka
 * Indonesia dan terbilang.
 *
 * <p>Pure Java: no {@code jakarta.*}, no Hibernate (enforced by {@code CalcArchitectureTest}). Every value is a
 * {@link java.math.BigDecimal} with an explicit scale and {@link java.math.RoundingMode}; blanks are typed
 * ({@link id.akuntara.core.calc.Realisasi}, {@link id.akuntara.core.calc.StatusHasil}), never {@code null}
 * meaning zero. Policies (polarity, capping, aggregation, rounding, scale) are values. The rules, their sources
 * and the golden cases are listed in {@code docs/calculations.md}.
 */
package id.akuntara.core.calc;
