package id.akuntara.core.application.perjanjian;

/**
 * A program of a PK, numbered from 1 ({@code nomor}; a child PK names its parent's programs by this number), with the
 * budget node's code when linked, the amount and the funding source ("APBD").
 */
public record ProgramPk(int nomor, String namaProgram, String posAnggaran, Rupiah jumlah, String sumberDana) {
}
