package id.akuntara.core.application.realisasi;

/**
 * The explanation of a realisasi as the reports' analysis sections give it (Klungkung LKjIP 2020 BAB III: actions and
 * problems; Pangkalpinang LAKIP 2021: problems and solutions): supporting factors, obstacles, solutions, efforts. A
 * value below target or a blank one is submitted only with its obstacles ({@code faktorPenghambat}).
 */
public record Penjelasan(String faktorPendukung, String faktorPenghambat, String solusi, String upaya) {

    public static final Penjelasan KOSONG = new Penjelasan(null, null, null, null);
}
