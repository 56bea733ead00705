package id.akuntara.core.application.perjanjian;

import java.util.List;

/**
 * The cascade check of one PK: its in-force child PKs, per program the PK's amount beside the sum of its children's
 * (with each child's share), the totals, and the findings of the package checks {@code pk-…} that concern the PK or
 * its children ({@code temuan}; references name PKs by code: {@code PK-2022-ASADUM/program/1}, {@code unit/AS1}).
 * {@code seimbang}: every program and the total add up and no finding is an error.
 */
public record LaporanKaskade(String kode, int tahun, int versiKe, String status, String digantikanOleh,
        List<Anak> anak, List<Program> program, Total total, boolean seimbang, int jumlahTemuan, List<Temuan> temuan) {

    /** A child PK with its total (Σ programs). */
    public record Anak(String kode, int versiKe, String status, UnitPk unit, String pihakPertama, Rupiah total) {
    }

    /** A child's share of a program. */
    public record Bagian(String kode, Rupiah jumlah) {
    }

    /**
     * One program: the PK's amount ({@code induk}, null when only children list it), the children's sum, the
     * difference (PK minus children) and whether they are equal.
     */
    public record Program(String namaProgram, Rupiah induk, Rupiah anak, Rupiah selisih, boolean sama,
            List<Bagian> rincian) {
    }

    /** The totals: Σ of the PK's programs, Σ of its children's, the difference, whether equal. */
    public record Total(Rupiah induk, Rupiah anak, Rupiah selisih, boolean sama) {
    }

    /** A finding of a package check: its id, severity (GALAT, PERINGATAN, INFO), description and references. */
    public record Temuan(String idPemeriksaan, String keparahan, String deskripsi, List<String> rujukan) {
    }
}
