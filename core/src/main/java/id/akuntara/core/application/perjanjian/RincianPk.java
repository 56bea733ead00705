package id.akuntara.core.application.perjanjian;

import java.util.List;

/**
 * One PK in full: what {@link RingkasanPk} holds, plus why this version was made ({@code alasanPerubahan}), when it
 * was signed, its rows and programs, the stated total's words as printed ({@code totalTerbilangTertulis}), the
 * stated total minus Σ programs when they differ ({@code selisihTotal}), every version of the agreement oldest first
 * ({@code riwayatVersi}) and the codes of the PKs whose parent it is ({@code anak}).
 */
public record RincianPk(String kode, int tahun, int versiKe, String jenisVersi, String status, long versi, UnitPk unit,
        PihakPk pihakPertama, PihakPk pihakKedua, String induk, String menggantikan, String alasanPerubahan,
        String digantikanOleh, String tempat, String tanggal, String presisiTanggal, String tanggalTampil,
        String ditandatanganiPada, List<BarisPk> baris, List<ProgramPk> program, Rupiah totalTerhitung,
        Rupiah totalTertulis, String totalTerbilangTertulis, Rupiah selisihTotal, List<VersiPk> riwayatVersi,
        List<String> anak) {
}
