package id.akuntara.core.application.pengguna;

import java.util.Set;

/**
 * A new user, checked and normalised by {@link PenggunaPemdaService}, as the directory must create it: all at once
 * (account, temporary password with the "update password" required action, roles, membership of the pemda) or not
 * at all.
 */
public record AkunBaru(String username, String nama, String email, Set<String> peran, String kataSandiSementara,
                       String nip) {

    public AkunBaru {
        peran = Set.copyOf(peran);
    }

    @Override
    public String toString() {
        return "AkunBaru[" + username + ", " + peran + "]";
    }
}
