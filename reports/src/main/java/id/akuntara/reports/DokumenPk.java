package id.akuntara.reports;

import java.time.LocalDate;
import java.util.List;

/**
 * One Perjanjian Kinerja as printed: the parties, place and date, the sasaran/indikator/target rows and the
 * programs with their budget. {@code total} is the total the PK prints ({@code totalTertulis} of the data package),
 * in Rupiah; {@code terbilang} is that same amount in words (TerbilangFormatter), so words and digits cannot differ.
 *
 * @param kode      the PK's code, e.g. {@code PK-2022-SEKDA}
 * @param tahun     its year
 * @param induk     the PK it cascades from (an Asisten's PK from the Sekda's), null for the top one
 * @param tempat    place of signing, may be null
 * @param tanggal   date of signing, may be null
 * @param pertama   pihak pertama (the one who promises)
 * @param kedua     pihak kedua (the superior)
 * @param baris     sasaran, indikator, satuan, target
 * @param program   programs with their amount
 * @param total     the total as "Rp 254.986.626.497", null when the PK prints none
 * @param terbilang the total in words, null when there is no total
 */
public record DokumenPk(String kode, int tahun, String induk, String tempat, LocalDate tanggal, PihakPk pertama, PihakPk kedua,
        List<Baris> baris, List<Program> program, String total, String terbilang) {

    public DokumenPk {
        baris = List.copyOf(baris);
        program = List.copyOf(program);
    }

    /** One row of the PK table: the target as the PK prints it. */
    public record Baris(String sasaran, String indikator, String satuan, String target) {
    }

    /** One program with its amount as "Rp …" and its source of funds. */
    public record Program(String nama, String jumlah, String sumberDana) {
    }
}
