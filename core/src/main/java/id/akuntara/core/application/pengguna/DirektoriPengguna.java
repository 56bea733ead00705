package id.akuntara.core.application.pengguna;

import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * The user directory of the platform (Keycloak), seen per pemda. A pemda is its organization, named by the pemda
 * code (the organization's alias, the token's {@code organization} claim). A user who is not a member of
 * {@code kodePemda} does not exist for these methods ({@link Optional#empty()}).
 * <p>
 * Every method throws {@link id.akuntara.core.galat.LayananTidakTersediaException} when the directory does not
 * answer; {@link #buat} then leaves nothing half-made (see its contract).
 */
public interface DirektoriPengguna {

    /** The members of the pemda, sorted by username. */
    List<AkunPengguna> daftar(String kodePemda);

    /** The member {@code id} of the pemda, if it is one. */
    Optional<AkunPengguna> cari(String kodePemda, String id);

    /** Which of the two is already taken in the whole realm: the result holds "username" and/or "email". */
    Set<String> sudahDipakai(String username, String email);

    /**
     * Creates the account as a member of the pemda with its roles and a temporary password whose change is required
     * at the first sign-in. All or nothing: an account left unfinished by an outage is removed, or, if the directory
     * went away before it could be removed, it stays disabled and outside every pemda and is replaced by the next
     * request for the same username of the same pemda.
     */
    AkunPengguna buat(String kodePemda, AkunBaru akun);

    /** Enables or disables sign-in of the member. */
    void aturAktif(String kodePemda, String id, boolean aktif);

    /** Replaces the member's Akuntara roles by {@code peran} (other realm roles are kept). */
    void aturPeran(String kodePemda, String id, Set<String> peran);

    /**
     * Creates the directory side of a new pemda (issue 13 point 4): its organization (alias {@code kodePemda}, name
     * {@code namaPemda}) and its first member {@code admin}, made like {@link #buat}. All or nothing: when the admin
     * cannot be finished, an organization created by this call is removed again. An organization with that alias
     * left by an earlier interrupted onboarding (one without any finished member) is reused — the repair on retry;
     * one that has members belongs to somebody: {@link id.akuntara.core.domain.bersama.AturanDilanggarException}.
     */
    AkunPengguna buatPemda(String kodePemda, String namaPemda, AkunBaru admin);

    /**
     * Undoes {@link #buatPemda} for a pemda whose registration in the database did not commit: removes the account
     * {@code usernameAdmin} if it is a member of the organization, then the organization. Best effort; what stays
     * (Keycloak gone meanwhile) is reused by the next {@link #buatPemda} for the same code.
     */
    void batalkanPemda(String kodePemda, String usernameAdmin);
}
