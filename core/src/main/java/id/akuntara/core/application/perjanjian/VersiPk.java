package id.akuntara.core.application.perjanjian;

/** One version of an agreement: code, number, MURNI/PERUBAHAN, status, why it was made, when it was signed. */
public record VersiPk(String kode, int versiKe, String jenisVersi, String status, String alasanPerubahan,
        String ditandatanganiPada) {
}
