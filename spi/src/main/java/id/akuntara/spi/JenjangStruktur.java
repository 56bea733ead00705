package id.akuntara.spi;

/**
 * One level of the organisation line of a Sekretariat Daerah, from the top: e.g. Sekretariat Daerah (led by the
 * Sekretaris Daerah), Asisten, Biro, Bagian, Subbagian.
 *
 * @param kode            stable code used by data packages and fan-out limits, e.g. {@code biro}
 * @param nama            name of a unit at this level, e.g. "Biro"
 * @param sebutanPimpinan title of the unit's head, e.g. "Kepala Biro" (first party of its Perjanjian Kinerja)
 */
public record JenjangStruktur(String kode, String nama, String sebutanPimpinan) {

    public JenjangStruktur {
        Teks.wajib(kode, "kode");
        Teks.wajib(nama, "nama");
        Teks.wajib(sebutanPimpinan, "sebutanPimpinan");
    }
}
