package id.akuntara.core.application.pengguna;

import java.util.List;

/**
 * A new user as the admin typed it: login name, full name, e-mail, roles, the temporary password the user must
 * replace at first sign-in, and optionally the NIP of the pegawai the account belongs to. Checked as a whole by
 * {@link PenggunaPemdaService#buat}.
 */
public record PermintaanPengguna(String username, String nama, String email, List<String> peran,
                                 String kataSandiSementara, String nip) {
}
