package id.akuntara.core.application;

import java.util.List;

/**
 * What the start page and {@code GET /api/v1/saya} show: the user's name, pemda and roles.
 *
 * @param pemda the user's pemda, or {@code null} for a user outside any pemda (the ministry)
 */
public record ProfilPengguna(String username, String nama, String email, PemdaRingkas pemda,
                             List<String> organisasi, List<String> peran) {

    /** Code, name and level of a pemda. */
    public record PemdaRingkas(String kode, String nama, String tingkat, String namaLaporan) {
    }
}
