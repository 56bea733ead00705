package id.akuntara.spi;

import java.util.List;

/**
 * A section of a report chapter, possibly with sub-sections.
 *
 * @param kode    stable code (e.g. {@code bab3.capaian-kinerja}); narrative texts and per-pemda outlines refer to it
 * @param judul   heading in Bahasa Indonesia, as printed
 * @param wajib   {@code true} when PermenPAN-RB 53/2014 names the section itself; {@code false} for a section the
 *                seed reports usually carry (it may be left out by a pemda)
 * @param subbagian sub-sections, in order
 */
public record BagianLaporan(String kode, String judul, boolean wajib, List<BagianLaporan> subbagian) {

    public BagianLaporan {
        Teks.wajib(kode, "kode");
        Teks.wajib(judul, "judul");
        subbagian = List.copyOf(subbagian);
    }

    /** A section without sub-sections. */
    public static BagianLaporan bagian(String kode, String judul, boolean wajib) {
        return new BagianLaporan(kode, judul, wajib, List.of());
    }
}
