package id.akuntara.reports;

/**
 * One party of a Perjanjian Kinerja as it signs: name, post (with "Plt."/"Pj."/"Plh." when the assignment is not
 * definitive, as the Kaltim PK 2022 of the Plt. Asisten prints it), NIP and rank; a NIP may be null (an elected
 * head of region has none).
 */
public record PihakPk(String nama, String jabatan, String nip, String pangkat) {
}
