package id.akuntara.spi;

import java.util.Objects;

/**
 * Titles of the head of region and the deputy as they are printed in a Perjanjian Kinerja and in a report:
 * Walikota / Wakil Walikota, Bupati / Wakil Bupati, Gubernur / Wakil Gubernur (UU 23/2014 Pasal 59 ayat (2):
 * "Kepala daerah … untuk Daerah provinsi disebut gubernur, untuk Daerah kabupaten disebut bupati, dan untuk
 * Daerah kota disebut wali kota"). The seed reports of Pangkalpinang and Tanjungpinang write "Walikota" in one
 * word, and so does this platform.
 *
 * @param kepala title of the head of region, e.g. "Bupati"
 * @param wakil  title of the deputy, e.g. "Wakil Bupati"
 */
public record SebutanKepalaDaerah(String kepala, String wakil) {

    public SebutanKepalaDaerah {
        Teks.wajib(kepala, "kepala");
        Teks.wajib(wakil, "wakil");
    }

    /** The usual pair: the title and "Wakil " + the title. */
    public static SebutanKepalaDaerah denganWakil(String kepala) {
        Objects.requireNonNull(kepala, "kepala");
        return new SebutanKepalaDaerah(kepala, "Wakil " + kepala);
    }
}
