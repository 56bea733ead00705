package id.akuntara.core.akses;

import id.akuntara.core.tenancy.PenggunaSaatIni;
import id.akuntara.core.tenancy.PenggunaTerverifikasi;

import java.util.Arrays;
import java.util.TreeSet;

/**
 * The role check of the application services: the same rule as the REST method's {@code @RolesAllowed}, checked
 * again where the use case runs, so no other caller (a page, an import) can skip it.
 */
public final class Akses {

    private Akses() {
    }

    /** The verified user if they hold at least one of {@code peran}; otherwise {@link AksesDitolakException}. */
    public static PenggunaTerverifikasi wajib(PenggunaSaatIni saatIni, String... peran) {
        PenggunaTerverifikasi pengguna = saatIni.get();
        for (String p : peran) {
            if (pengguna.punyaPeran(p)) {
                return pengguna;
            }
        }
        String daftar = String.join(", ", new TreeSet<>(Arrays.asList(peran)));
        throw new AksesDitolakException("Akses ditolak: tindakan ini memerlukan peran " + daftar + ".",
                "Access denied: this action needs the role " + daftar + ".");
    }
}
