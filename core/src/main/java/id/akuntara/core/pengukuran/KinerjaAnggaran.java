package id.akuntara.core.pengukuran;

import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;

/**
 * The budget of a pemda-year: every line with pagu murni and perubahan, realisasi and serapan, parents rolled up
 * from their children (ratio of sums), and the pemda's total over its top lines.
 *
 * @param pos   every line, parents before their children, in the data's order
 * @param total the total over the lines without a parent; null when the year has no budget
 */
public record KinerjaAnggaran(List<Pos> pos, Pos total) {

    public KinerjaAnggaran {
        pos = List.copyOf(pos);
    }

    public Optional<Pos> pos(String kode) {
        return pos.stream().filter(p -> p.kode().equals(kode)).findFirst();
    }

    /**
     * One budget line.
     *
     * @param kode             the data's code ({@code TOTAL} for the pemda's total)
     * @param kodePermendagri  Permendagri 90/2019 code, may be null
     * @param tingkat          PROGRAM, KEGIATAN, SUB_KEGIATAN
     * @param nama             name
     * @param induk            parent code, may be null
     * @param paguMurni        original budget, may be null
     * @param paguPerubahan    revised budget, may be null
     * @param pagu             the budget serapan is measured against (perubahan when present, else murni; a parent's
     *                         is the sum of its children's when all have one)
     * @param realisasi        realisation (a parent's the sum of its children's when all have one)
     * @param serapan          realisasi / pagu × 100
     */
    public record Pos(String kode, String kodePermendagri, String tingkat, String nama, String induk,
            BigDecimal paguMurni, BigDecimal paguPerubahan, BigDecimal pagu, BigDecimal realisasi, Angka serapan) {
    }
}
