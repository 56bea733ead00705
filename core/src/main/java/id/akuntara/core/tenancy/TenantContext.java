package id.akuntara.core.tenancy;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;

/**
 * The pemda of the current request, taken from the verified token's {@code organization} claim only.
 * A user who belongs to no pemda or to more than one may not make a tenant-scoped request: this is
 * refused rather than guessed. Background work does not use this bean; it receives its tenant explicitly.
 */
@RequestScoped
public class TenantContext {

    @Inject
    PenggunaSaatIni penggunaSaatIni;

    /** The pemda code of the current user; throws when the user has no or several organizations. */
    public String kodePemda() {
        return kodePemdaDari(penggunaSaatIni.get());
    }

    static String kodePemdaDari(PenggunaTerverifikasi pengguna) {
        if (pengguna.organisasi().isEmpty()) {
            throw new TenantTidakSahException("Pengguna " + pengguna.username()
                    + " tidak terdaftar pada pemda mana pun; permintaan data pemda ditolak.");
        }
        if (pengguna.organisasi().size() > 1) {
            throw new TenantTidakSahException("Pengguna " + pengguna.username() + " terdaftar pada lebih dari satu pemda ("
                    + String.join(", ", pengguna.organisasi()) + "); permintaan data pemda ditolak.");
        }
        return pengguna.organisasi().get(0);
    }
}
