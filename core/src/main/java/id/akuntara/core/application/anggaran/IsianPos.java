package id.akuntara.core.application.anggaran;

import java.util.List;

/**
 * The editable fields of a budget line (PUT: the whole set; year, level, parent and the pemda's code do not change).
 *
 * @param versi   the version the caller edited (stale: 409)
 * @param sasaran the sasaran ids the line supports afterwards; {@code null} leaves the links as they are, an empty list
 *                removes them
 */
public record IsianPos(Long versi, String nama, String kodePermendagri, String unit, String indikatorKeluaran,
        String paguMurni, String paguPerubahan, List<String> sasaran) {
}
