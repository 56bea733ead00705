package id.akuntara.spi;

import java.util.List;

/**
 * A chapter of a report.
 *
 * @param nomor  chapter number as printed, a Roman numeral ("I" … "IV")
 * @param kode   stable code, e.g. {@code bab1}
 * @param judul  heading in Bahasa Indonesia, e.g. "Pendahuluan"
 * @param bagian its sections, in order
 */
public record BabLaporan(String nomor, String kode, String judul, List<BagianLaporan> bagian) {

    public BabLaporan {
        Teks.wajib(nomor, "nomor");
        Teks.wajib(kode, "kode");
        Teks.wajib(judul, "judul");
        bagian = List.copyOf(bagian);
    }
}
