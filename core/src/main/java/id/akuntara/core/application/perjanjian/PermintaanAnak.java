package id.akuntara.core.application.perjanjian;

import java.util.List;

/**
 * A child PK derived from its parent (the PK named in the address): its {@code kode} (unique in the pemda), the
 * {@code unit} (unit code), the parties as assignment codes ({@code pihakKedua} left out: the parent's first party,
 * who signs with the child's holder), place and date ({@code tanggal} ISO-8601, {@code presisiTanggal} HARI, BULAN
 * or TAHUN, default HARI), the rows and programs taken from the parent ({@link IsiBaris}, {@link IsiProgram}), the
 * stated total and its words (left out: Σ programs and its words).
 *
 * <p>{@code menggantikan} names the signed PK of the same unit and year that this child replaces (it becomes that
 * agreement's next version, a PK Perubahan, with {@code alasanPerubahan}); used when the parent itself was revised.
 */
public record PermintaanAnak(String kode, String unit, String pihakPertama, String pihakKedua, String tempat,
        String tanggal, String presisiTanggal, List<IsiBaris> baris, List<IsiProgram> program, String totalTertulis,
        String totalTerbilang, String menggantikan, String alasanPerubahan) {
}
