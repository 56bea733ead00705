package id.akuntara.core.application.pengguna;

import java.util.List;

/**
 * One user of a pemda as the directory holds it: the directory's id, the login name, the display name, e-mail, the
 * Akuntara roles (sorted; Keycloak's technical roles are left out), the NIP if linked to a pegawai, whether the
 * account may sign in, and whether the user must still choose a new password (the temporary one given at creation).
 */
public record AkunPengguna(String id, String username, String nama, String email, List<String> peran, String nip,
                           boolean aktif, boolean wajibGantiSandi) {

    public AkunPengguna {
        peran = peran == null ? List.of() : peran.stream().sorted().toList();
    }
}
