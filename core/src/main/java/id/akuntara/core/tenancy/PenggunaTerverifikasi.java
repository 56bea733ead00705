package id.akuntara.core.tenancy;

import java.util.List;
import java.util.Set;

/**
 * The signed-in user as the verified token states it: never built from anything the client chooses
 * (no header, no path). {@code organisasi} holds the aliases of the user's Keycloak organizations,
 * which are pemda codes.
 */
public record PenggunaTerverifikasi(String username, String nama, String email, List<String> organisasi,
                                    Set<String> peran) {

    public PenggunaTerverifikasi {
        organisasi = List.copyOf(organisasi);
        peran = Set.copyOf(peran);
    }

    public boolean punyaPeran(String namaPeran) {
        return peran.contains(namaPeran);
    }
}
