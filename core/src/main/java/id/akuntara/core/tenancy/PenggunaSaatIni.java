package id.akuntara.core.tenancy;

import jakarta.enterprise.context.RequestScoped;

/**
 * Holds the verified user of the current request. The web layer fills it once per request from the
 * token that the server's OIDC mechanism has verified; nothing else may set it.
 */
@RequestScoped
public class PenggunaSaatIni {

    private PenggunaTerverifikasi pengguna;

    /** Called by the web layer's authentication filter, once per request. */
    public void tetapkan(PenggunaTerverifikasi pengguna) {
        if (this.pengguna != null) {
            throw new IllegalStateException("Pengguna permintaan ini sudah ditetapkan.");
        }
        this.pengguna = pengguna;
    }

    /** The verified user; a request without one never reaches tenant data. */
    public PenggunaTerverifikasi get() {
        if (pengguna == null) {
            throw new TenantTidakSahException("Permintaan ini tidak membawa pengguna yang terverifikasi.");
        }
        return pengguna;
    }
}
