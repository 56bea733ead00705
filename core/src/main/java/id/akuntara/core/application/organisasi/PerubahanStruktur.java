package id.akuntara.core.application.organisasi;

/**
 * One link of the restructure history: {@code asal} ended on {@code tanggal} and {@code hasil} (null for a
 * dissolution) took over, by {@code dasarHukum}. A split is several links with the same {@code asal}, a merge several
 * with the same {@code hasil}.
 */
public record PerubahanStruktur(String tanggal, String jenis, String kodeAsal, String namaAsal, String kodeHasil,
                                String namaHasil, String dasarHukum) {
}
