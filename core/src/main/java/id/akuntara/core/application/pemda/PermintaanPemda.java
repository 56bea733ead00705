package id.akuntara.core.application.pemda;

/**
 * A new pemda as {@code admin-platform} enters it (JSON body of {@code POST /api/v1/pemda}, the onboarding form):
 * code, name, level ({@code KOTA}, {@code KABUPATEN}, {@code PROVINSI}), province, time zone (WIB/WITA/WIT as
 * {@code Asia/Jakarta}, {@code Asia/Makassar}, {@code Asia/Jayapura}), report name (LAKIP, LKIP, LKjIP) and its first
 * administrator. Checked by {@link OnboardingPemdaService}.
 */
public record PermintaanPemda(String kode, String nama, String tingkat, String provinsi, String zonaWaktu,
                              String namaLaporan, AdminPertama admin) {

    /** The pemda's first {@code admin-pemda}: a temporary password that must be changed at the first sign-in. */
    public record AdminPertama(String username, String nama, String email, String kataSandiSementara) {

        @Override
        public String toString() {
            return "AdminPertama[" + username + "]";
        }
    }
}
