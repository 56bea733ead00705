package id.akuntara.core.reviu;

/**
 * Summary of a reviu.
 *
 * @param baris     data rows read (header excluded)
 * @param diperiksa rows on which at least one printed figure was compared with a recomputed one
 * @param temuan    number of findings
 * @param galat     number of input errors
 */
public record Ringkasan(int baris, int diperiksa, int temuan, int galat) {
}
