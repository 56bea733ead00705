package id.akuntara.core.application.perjanjian;

/**
 * A PK Perubahan of a signed PK: why ({@code alasan}, required: a reorganisation, a change of officeholder, a budget
 * change), the new version's {@code kode} (left out: the first version's code with "-P" and the version number,
 * e.g. PK-2022-SEKDA-P2) and, when they change, the parties (assignment codes). The new version is a draft with the
 * signed one's rows and programs, to be edited and signed.
 */
public record PermintaanPerubahan(String kode, String alasan, String pihakPertama, String pihakKedua) {
}
