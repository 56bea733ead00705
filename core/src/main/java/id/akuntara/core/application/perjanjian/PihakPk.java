package id.akuntara.core.application.perjanjian;

/**
 * A party of a PK: the assignment's code ({@code penugasan}), the person's name and NIP (as printed, {@code null} when
 * the source gives none), the position, how it is held ({@code DEFINITIF}, {@code PLT}, {@code PJ}, {@code PLH}) and
 * the title as the PK prints it ({@code sebutan}: "Plt. Asisten Pemerintahan dan Kesejahteraan Rakyat").
 */
public record PihakPk(String penugasan, String nama, String nip, String jabatan, String jenis, String sebutan) {
}
