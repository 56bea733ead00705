package id.akuntara.reports;

import id.akuntara.core.pengukuran.KinerjaTahunan;

import java.util.List;

/**
 * Everything a report of a pemda-year shows: the read model (every figure, already formatted the pemda's way) and
 * the package's words (organisation, narrative, PK). Built by {@link PenyusunBahan}; nothing in it is computed for
 * the report.
 *
 * @param kodePemda    the pemda's code
 * @param namaPemda    its display name ("Kota Pangkalpinang")
 * @param namaLaporan  the report's name from the configuration in force (core → plugin → pemda): LKjIP, LKIP, LAKIP
 * @param kepalaDaerah the head of region's post as the data name it ("Wali Kota Pangkalpinang"), else the plugin's
 *                     title
 * @param tahun        the year
 * @param kinerja      the read model of the year
 * @param narasi       the narrative sections of the year, in the data's order
 * @param pk           the Perjanjian Kinerja documents of the year
 */
public record BahanLaporan(String kodePemda, String namaPemda, String namaLaporan, String kepalaDaerah, int tahun,
        KinerjaTahunan kinerja, List<Narasi> narasi, List<DokumenPk> pk) {

    public BahanLaporan {
        narasi = List.copyOf(narasi);
        pk = List.copyOf(pk);
    }

    /**
     * One narrative section as the data hold it.
     *
     * @param bagian where it belongs ("BAB III.1.S1", "IKHTISAR EKSEKUTIF", "LAMPIRAN")
     * @param judul  its heading
     * @param isi    its text
     */
    public record Narasi(String bagian, String judul, String isi) {
    }
}
