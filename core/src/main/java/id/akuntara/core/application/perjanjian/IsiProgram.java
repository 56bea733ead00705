package id.akuntara.core.application.perjanjian;

/**
 * A program as the caller sends it. In a child PK it is one of the parent's programs, named by number
 * ({@code programInduk}, see {@link ProgramPk#nomor}) with its name, budget node and funding source; {@code jumlah}
 * left out takes the program whole, a smaller amount splits it (Rupiah the Indonesian way: "174.713.000.459"). The
 * shares of a program over the in-force children may not exceed the parent's amount. In a PK without a parent the
 * program is written out: {@code namaProgram} and {@code jumlah} are required, {@code posAnggaran} is the budget
 * node's code of the PK's year (optional).
 */
public record IsiProgram(Integer programInduk, String namaProgram, String posAnggaran, String jumlah, String sumberDana) {

    /** A child's program: the parent's program {@code programInduk}, whole ({@code jumlah} null) or a share. */
    public static IsiProgram dariInduk(int programInduk, String jumlah) {
        return new IsiProgram(programInduk, null, null, jumlah, null);
    }
}
