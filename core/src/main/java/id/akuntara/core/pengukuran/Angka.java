package id.akuntara.core.pengukuran;

import id.akuntara.core.calc.AngkaFormatter;
import id.akuntara.core.calc.HasilHitung;
import id.akuntara.core.calc.Pembulatan;

import java.math.BigDecimal;

/**
 * One derived figure of the read model: its state ({@code terhitung}, {@code tidak-dapat-dihitung},
 * {@code belum-rilis}, {@code dibawa-dari}), the value at full precision ({@code null} when there is none, never a
 * zero standing for a blank), the value as the pemda prints it (its display rounding, Indonesian notation) and the
 * reason when there is no value. {@code jejak} is the stable id of its entry in {@link KinerjaTahunan#jejak()}.
 */
public record Angka(String jejak, String status, BigDecimal nilai, String tampil, String alasan) {

    static Angka dari(String jejak, HasilHitung h, Pembulatan pembulatan) {
        BigDecimal n = h.nilai().orElse(null);
        return new Angka(jejak, h.status().kode(), n, n == null ? null : AngkaFormatter.format(n, pembulatan),
                h.alasan().isEmpty() ? null : h.alasan());
    }

    /** Whether the figure has a value. */
    public boolean bernilai() {
        return nilai != null;
    }
}
