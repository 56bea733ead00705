package id.akuntara.core.application.perjanjian;

/**
 * A PK in a list: code, year, version ({@code versiKe}, {@code jenisVersi} MURNI/PERUBAHAN), {@code status}
 * (DRAFT/DITANDATANGANI), the record's {@code versi} for optimistic locking, unit, parties, the parent's code
 * ({@code induk}), the version it replaces and the one replacing it, place and date ({@code tanggal} ISO-8601,
 * {@code tanggalTampil} as printed at its precision), the totals (Σ programs; the stated one) and the counts of rows
 * and programs.
 */
public record RingkasanPk(String kode, int tahun, int versiKe, String jenisVersi, String status, long versi, UnitPk unit,
        PihakPk pihakPertama, PihakPk pihakKedua, String induk, String menggantikan, String digantikanOleh, String tempat,
        String tanggal, String presisiTanggal, String tanggalTampil, Rupiah totalTerhitung, Rupiah totalTertulis,
        int jumlahBaris, int jumlahProgram) {
}
