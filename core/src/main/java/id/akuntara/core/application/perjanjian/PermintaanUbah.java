package id.akuntara.core.application.perjanjian;

import java.util.List;

/**
 * A change to a draft PK. {@code versi} is the record version the caller edited (required; stale: 409). Only the
 * fields sent change: parties (assignment codes), place, date and its precision, the stated total and its words; a
 * list sent ({@code baris}, {@code program}) replaces the whole list, by the rules of {@link IsiBaris} and
 * {@link IsiProgram} (a child PK's rows and programs are its parent's).
 */
public record PermintaanUbah(Long versi, String pihakPertama, String pihakKedua, String tempat, String tanggal,
        String presisiTanggal, List<IsiBaris> baris, List<IsiProgram> program, String totalTertulis,
        String totalTerbilang) {
}
