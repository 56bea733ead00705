package id.akuntara.core.kualitas;

import java.util.List;

/**
 * One data-quality finding: the stable id of the check, a description in Bahasa Indonesia, the severity and the
 * offending records (codes or JSON paths into the package).
 */
public record TemuanKualitas(String idPemeriksaan, String deskripsi, Keparahan keparahan, List<String> rujukan) {

    public TemuanKualitas {
        rujukan = List.copyOf(rujukan);
    }
}
