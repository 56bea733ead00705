package id.akuntara.core.application.perjanjian;

import java.math.BigDecimal;

/**
 * A row of a PK, numbered from 1 as printed ({@code nomor}; a child PK names its parent's rows by this number):
 * sasaran and indikator as signed, with the plan's codes when linked, satuan, the target as a number, in Indonesian
 * notation ({@code targetTeks}: "77,5") and the printed label ("77.50 (B/Baik)").
 */
public record BarisPk(int nomor, String sasaranTeks, String sasaran, String indikatorTeks, String indikator, String satuan,
        BigDecimal target, String targetTeks, String targetLabel) {
}
