package id.akuntara.core.pengukuran;

import java.math.BigDecimal;
import java.util.Map;

/**
 * The trace of one derived figure: where a printed number comes from. {@code id} is stable for the pemda-year
 * ({@code capaian/IK-EKPPD/TAHUNAN}, {@code serapan/TOTAL}), so a snapshot and a recomputation can be compared figure
 * by figure and a report can cite it.
 *
 * @param id      stable id
 * @param aturan  the rule that made it
 * @param masukan its inputs by name in the rule's order, as printed ("target" → "95", "realisasi" → "102,95")
 * @param status  state of the result ({@code terhitung} …)
 * @param nilai   full-precision value, {@code null} when none
 * @param tampil  value as printed under the pemda's rounding
 */
public record Jejak(String id, Aturan aturan, Map<String, String> masukan, String status, BigDecimal nilai,
        String tampil) {

    public Jejak {
        masukan = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(masukan));
    }
}
