package id.akuntara.core.reviu;

import java.util.Objects;

/**
 * A finding: at row {@code baris}, the figure printed for rule {@code aturan} ({@code capaian}, {@code serapan},
 * {@code jumlah-pagu}, {@code jumlah-realisasi}, {@code rata-rata}, and the extensions {@code perubahan},
 * {@code selisih}) differs from the recomputed one. Numbers are in Indonesian format.
 */
public record Temuan(int baris, String id, String aturan, String tercetak, String dihitung, JenisTemuan jenis) {

    public Temuan {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(aturan, "aturan");
        Objects.requireNonNull(tercetak, "tercetak");
        Objects.requireNonNull(dihitung, "dihitung");
        Objects.requireNonNull(jenis, "jenis");
    }
}
